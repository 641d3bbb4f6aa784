/**
 * Fields whose values are made when first read (then kept as plain fields): the page's model of a
 * gather of 10,000 tasks has 30,000 segments and 10,000 step lists, of which a chart of grouped
 * lanes reads a handful; made up front, they cost the task that makes them and the garbage
 * collector's tasks after it tens of milliseconds (issue 9: no main-thread task over 100 ms).
 * Every object shares one getter per field name and keeps only a reference to its maker (shared
 * too, e.g. by a model's lanes), so a lazy field costs no allocation of its own.
 * Writing the field replaces it, as for a plain one.
 */

const MAKER = Symbol('lazy field maker');

type Maker = (o: object, key: PropertyKey) => unknown;

const plain = (o: object, key: PropertyKey, value: unknown) =>
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });

/** The accessor of each field name, shared by every object. */
const accessors = new Map<PropertyKey, PropertyDescriptor>();

function accessor(key: PropertyKey): PropertyDescriptor {
  let d = accessors.get(key);
  if (!d)
    accessors.set(
      key,
      (d = {
        enumerable: true,
        configurable: true,
        get(this: { [MAKER]: Maker }) {
          const v = this[MAKER](this, key);
          plain(this, key, v);
          return v;
        },
        set(this: object, v: unknown) {
          plain(this, key, v);
        },
      }),
    );
  return d;
}

/**
 * Adds fields `keys` to `o` (it must not have them yet), each made by `make(o, key)` when first read.
 * (Pass the same `make` for many objects: it is kept by reference.)
 */
export function lazyFields<T extends object>(
  o: T,
  keys: readonly string[],
  make: (o: T, key: string) => unknown,
): void {
  Object.defineProperty(o, MAKER, { value: make, configurable: true });
  for (const k of keys) Object.defineProperty(o, k, accessor(k));
}

/** Whether `o[key]` is a lazy field not made yet (what it will be is what its maker says). */
export function isUnmade(o: object, key: string): boolean {
  const get = accessors.get(key)?.get;
  return get !== undefined && Object.getOwnPropertyDescriptor(o, key)?.get === get;
}
