/**
 * A field whose value is made when first read (then kept as a plain field): the page's model of
 * a gather of 10,000 tasks has 30,000 segments and 10,000 step lists, of which a chart of grouped
 * lanes reads a handful; made up front, they cost the task that makes them and the garbage
 * collector's tasks after it tens of milliseconds (issue 9: no main-thread task over 100 ms).
 * Writing the field replaces it, as for a plain one.
 */

/** By key, the objects whose field is still unmade (neither read nor written). */
const unmade = new Map<PropertyKey, WeakSet<object>>();

export function lazyField<T extends object, K extends keyof T>(o: T, key: K, make: () => T[K]): void {
  let set = unmade.get(key);
  if (!set) unmade.set(key, (set = new WeakSet()));
  set.add(o);
  const plain = (value: T[K]) => {
    set.delete(o);
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(o, key, {
    enumerable: true,
    configurable: true,
    get() {
      const v = make();
      plain(v);
      return v;
    },
    set: plain,
  });
}

/** Whether `o[key]` is a lazyField not made yet (what it will be is what its maker said). */
export function isUnmade(o: object, key: PropertyKey): boolean {
  return unmade.get(key)?.has(o) ?? false;
}
