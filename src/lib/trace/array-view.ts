/**
 * A read-only array whose items come from a function: a Proxy over an empty array that answers
 * the right length, so indexing, `length`, iteration and the array methods all work. The trace's packed
 * lists (worker/packed-list.ts) and the timeline's lazy lanes (timeline/lazy-list.ts) read through it.
 */
export function arrayView<T>(length: number, item: (i: number) => T): T[] {
  /** The item index a property key names, or -1 (other keys go to the array itself). */
  const index = (key: string | symbol): number => {
    if (typeof key !== 'string' || key === '') return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = +key;
    return i >= 0 && i < length && Number.isInteger(i) ? i : -1;
  };
  // An empty target with `length` answered by the trap: a target of `length` holes costs the page
  // tens of milliseconds to allocate for a million printed lines.
  return new Proxy<T[]>([], {
    get(target, key, receiver) {
      const i = index(key);
      if (i >= 0) return item(i);
      return key === 'length' ? length : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      return index(key) >= 0 || Reflect.has(target, key);
    },
    ownKeys(target) {
      return [...Array.from({ length }, (_, i) => String(i)), ...Reflect.ownKeys(target)];
    },
    getOwnPropertyDescriptor(target, key) {
      const i = index(key);
      return i >= 0
        ? { value: item(i), writable: false, enumerable: true, configurable: true }
        : Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}
