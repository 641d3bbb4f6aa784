/**
 * The attributes a Python class's `__init__` sets, always the same names in the same order, read
 * and written by position from native code: an instance whose dict has just those names has one
 * shape (shaped-dict.ts), so a native method reads its values with one identity check instead of a
 * name lookup each, and makes a new instance's dict in one step.
 */
import { PyObject, type PyClass, type PyValue } from './core';
import { ShapedDict, emptyShape, type Shape } from './shaped-dict';
import { run } from './run';

export class InstanceFields {
  /** The shape of a dict holding exactly `names`, in order (null: the shapes ran out; Maps then). */
  private readonly shape: Shape | null;
  constructor(readonly names: readonly string[]) {
    let s: Shape | null = emptyShape;
    for (const n of names) s = s?.with(n) ?? null;
    this.shape = s;
  }

  /**
   * The values of `o`'s fields in order, or null when one is missing. The array may be the dict's
   * own storage: read it at once, never write it.
   */
  read(o: PyObject): readonly PyValue[] | null {
    const d = o.dict;
    if (d instanceof ShapedDict && d.shape === this.shape && this.shape !== null) return d.vals;
    if (d === null) return null;
    const vals: PyValue[] = [];
    for (const n of this.names) {
      const v = d.get(n);
      if (v === undefined) return null;
      vals.push(v);
    }
    return vals;
  }

  /** An instance of `cls` (made without its `__init__`) whose dict holds `vals` under the names. */
  make(cls: PyClass, vals: PyValue[]): PyObject {
    const d = new ShapedDict();
    if (this.shape !== null) {
      d.shape = this.shape;
      d.vals = vals;
    } else for (let i = 0; i < vals.length; i++) d.set(this.names[i], vals[i]);
    return new PyObject(cls, d);
  }

  /** Sets the fields in `o`'s dict (an `__init__`'s work), in order. */
  write(dict: Map<string, PyValue>, vals: readonly PyValue[]): void {
    for (let i = 0; i < vals.length; i++) dict.set(this.names[i], vals[i]);
  }
}

/**
 * A new instance of `cls` with an empty dict, made without `cls.__new__` and without
 * object.__new__'s check (for classes whose `__new__` is C's in CPython).
 */
export function newObject(cls: PyClass): PyObject {
  // An instance whose death shows (a subclass's __del__).
  if (cls.finalizes) run.lifetimesSeen = true;
  return new PyObject(cls, new ShapedDict());
}
