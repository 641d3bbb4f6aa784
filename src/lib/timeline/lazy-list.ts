/**
 * A long list whose items are made when first read (and kept): a 100,000-step lane's 300,000
 * segments come from the packed model's columns (unpack-model.ts) as objects only where the page
 * reads them (the segments in view, a tooltip's), instead of all at once, which would keep the
 * garbage collector busy for hundreds of milliseconds (issue 9: no main-thread task over 100 ms).
 */

/** An array (a Proxy over one) of `length` items; item i is `make(i)`, made at its first read. */
export function lazyList<T>(length: number, make: (i: number) => T): T[] {
  const made: (T | undefined)[] = [];
  const item = (i: number): T => {
    let v = made[i];
    if (v === undefined) v = made[i] = make(i);
    return v;
  };
  /** The item index a property key names, or -1 (other keys go to the array itself). */
  const index = (key: string | symbol): number => {
    if (typeof key !== 'string' || key === '') return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = +key;
    return i >= 0 && i < length && Number.isInteger(i) ? i : -1;
  };
  return new Proxy(new Array<T>(length), {
    get(target, key, receiver) {
      const i = index(key);
      return i >= 0 ? item(i) : Reflect.get(target, key, receiver);
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
