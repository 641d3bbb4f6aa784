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

/** Which fields are lazy and what makes them: one for many objects (a model's lanes). */
export interface LazySpec<T extends object> {
  keys: ReadonlySet<string>;
  make: (o: T, key: string) => unknown;
}

/** By field name, the objects whose lazy field has been made or written. */
const made = new Map<PropertyKey, WeakSet<object>>();

const plain = (o: object, key: PropertyKey, value: unknown) => {
  let set = made.get(key);
  if (!set) made.set(key, (set = new WeakSet()));
  set.add(o);
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
};

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
        get(this: { [MAKER]: LazySpec<object> }) {
          const v = this[MAKER].make(this, key as string);
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

/** A spec for lazyFields: fields `keys`, each made by `make(o, key)` when first read. */
export function lazySpec<T extends object>(keys: readonly string[], make: (o: T, key: string) => unknown): LazySpec<T> {
  return { keys: new Set(keys), make };
}

/** Adds the spec's fields to `o` (it must not have them yet). */
export function lazyFields<T extends object>(o: T, spec: LazySpec<T>): void {
  Object.defineProperty(o, MAKER, { value: spec, configurable: true });
  for (const k of spec.keys) Object.defineProperty(o, k, accessor(k));
}

/** Whether `o[key]` is a lazy field not made yet (what it will be is what its maker says). */
export function isUnmade(o: object, key: string): boolean {
  // (No property descriptor to look at: the grouping of 10,000 lanes asks for each.)
  const spec = (o as { [MAKER]?: LazySpec<object> })[MAKER];
  return !!spec && spec.keys.has(key) && !made.get(key)?.has(o);
}
