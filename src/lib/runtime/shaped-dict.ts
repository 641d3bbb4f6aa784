/**
 * An instance's attribute dict kept as a shape and an array of values, so that an attribute site
 * (attr-cache.ts, the source tier's inline paths) can read and write `self.x` by position after one
 * identity check, instead of hashing the name into a Map at every access.
 *
 * A shape is the ordered list of names a dict holds; dicts that gained the same names in the same
 * order share one (a tree of transitions from the empty shape). A ShapedDict is a Map in every
 * respect its users see (the same answers, insertion order, and live iteration as a Map's); while
 * only names are added and values replaced it stays shaped, and the first deletion or clear (or a
 * dict too big or too varied to share shapes) moves its entries into a Map of its own, where they
 * stay. It does not extend Map (a Map's own storage would be allocated for every instance): code
 * that tells a Map by `instanceof` asks for a ShapedDict too.
 */
import type { PyValue } from './core';

/** Past this many names a dict is kept as a plain Map (shapes copy their index per name). */
const MAX_NAMES = 64;
/** A shape with this many different next names stops sharing: further dicts go to Map storage. */
const MAX_TRANSITIONS = 32;
/** Shapes are shared by every run in this process; past this many, no more are made. */
const MAX_SHAPES = 10_000;
let shapeCount = 0;

export class Shape {
  private next: Map<string, Shape> | null = null;
  constructor(
    /** The names in insertion order: a value's position in a dict of this shape. */
    readonly names: readonly string[],
    readonly index: ReadonlyMap<string, number>,
  ) {}

  /** The shape of a dict of this one with `name` added last, or null when none is to be made. */
  with(name: string): Shape | null {
    let s = this.next?.get(name);
    if (s !== undefined) return s;
    const n = this.names.length;
    if (n >= MAX_NAMES || shapeCount >= MAX_SHAPES || (this.next !== null && this.next.size >= MAX_TRANSITIONS))
      return null;
    const index = new Map(this.index);
    index.set(name, n);
    s = new Shape([...this.names, name], index);
    (this.next ??= new Map()).set(name, s);
    shapeCount++;
    return s;
  }
}

/** The shape of an empty dict. */
export const emptyShape = new Shape([], new Map());
/** A shape no dict ever has: an attribute site's before it has seen one. */
export const noShape = new Shape([], new Map());

/** The values of every empty dict (never written: a name added makes a new array). */
const EMPTY: PyValue[] = [];

/**
 * Where the iterators of a dict that left its shape resume: its shape then, and the names of it
 * deleted or cleared since (each took its entry out of the Map's order; one set again is a new
 * entry at the end, as in a Map).
 */
interface Unshaped {
  shape: Shape;
  gone: Set<string>;
}

export class ShapedDict implements Map<string, PyValue> {
  /** The dict's shape, or null once its entries are in `map`. */
  declare shape: Shape | null;
  /** The values by the shape's positions (while shaped); exactly as long as the shape's names. */
  declare vals: PyValue[];
  /** The entries once the dict left its shape. */
  declare private map: Map<string, PyValue> | null;
  declare private unshaped: Unshaped | null;

  constructor() {
    this.shape = emptyShape;
    this.vals = EMPTY;
    this.map = null;
    this.unshaped = null;
  }

  /** Move the entries into a Map, in order, for good. */
  private unshape(): Map<string, PyValue> {
    const shape = this.shape!;
    const names = shape.names;
    const vals = this.vals;
    const map = new Map<string, PyValue>();
    for (let i = 0; i < names.length; i++) map.set(names[i], vals[i]);
    this.shape = null;
    this.vals = EMPTY;
    this.map = map;
    this.unshaped = { shape, gone: new Set() };
    return map;
  }

  /** Note that a name of the shape the dict left has lost its entry (one set again is a new one). */
  private passed(name: string): void {
    const u = this.unshaped!;
    if (u.shape.index.has(name)) u.gone.add(name);
  }

  get size(): number {
    return this.shape !== null ? this.shape.names.length : this.map!.size;
  }

  get(name: string): PyValue | undefined {
    const shape = this.shape;
    if (shape === null) return this.map!.get(name);
    const i = shape.index.get(name);
    return i === undefined ? undefined : this.vals[i];
  }

  has(name: string): boolean {
    const shape = this.shape;
    return shape !== null ? shape.index.has(name) : this.map!.has(name);
  }

  set(name: string, value: PyValue): this {
    const shape = this.shape;
    if (shape === null) {
      this.map!.set(name, value);
      return this;
    }
    const i = shape.index.get(name);
    if (i !== undefined) {
      this.vals[i] = value;
      return this;
    }
    const next = shape.with(name);
    if (next === null) this.unshape().set(name, value);
    else this.add(next, value);
    return this;
  }

  /**
   * Take shape `next`, the dict's own with one name more, whose value is `value`. The values move to
   * an array of the new length, made as a literal for the first few (an array grown by push keeps
   * room for 16 more, which most instances never use; Array.prototype.concat costs more than this).
   */
  add(next: Shape, value: PyValue): void {
    const v = this.vals;
    switch (v.length) {
      case 0:
        this.vals = [value];
        break;
      case 1:
        this.vals = [v[0], value];
        break;
      case 2:
        this.vals = [v[0], v[1], value];
        break;
      case 3:
        this.vals = [v[0], v[1], v[2], value];
        break;
      case 4:
        this.vals = [v[0], v[1], v[2], v[3], value];
        break;
      case 5:
        this.vals = [v[0], v[1], v[2], v[3], v[4], value];
        break;
      default:
        this.vals = [...v, value];
    }
    this.shape = next;
  }

  delete(name: string): boolean {
    if (this.shape !== null) {
      if (!this.shape.index.has(name)) return false;
      this.unshape();
    }
    const had = this.map!.delete(name);
    if (had) this.passed(name);
    return had;
  }

  clear(): void {
    const map = this.shape !== null ? this.unshape() : this.map!;
    for (const name of map.keys()) this.passed(name);
    map.clear();
  }

  /**
   * In the order and with the liveness of a Map's iterator: names added while it runs are reached,
   * values are read as they are when reached, and a dict that leaves its shape meanwhile is walked
   * on in its Map from the same entry.
   */
  *entries(): MapIterator<[string, PyValue]> {
    let i = 0;
    for (;;) {
      const shape = this.shape;
      if (shape === null) break;
      if (i >= shape.names.length) return undefined;
      yield [shape.names[i], this.vals[i]];
      i++;
    }
    const it = this.map!.entries();
    // The entries already passed that are still where they were come first in the Map's order.
    const { shape: left, gone } = this.unshaped!;
    const names = left.names;
    let skip = 0;
    for (let k = 0; k < i; k++) if (!gone.has(names[k])) skip++;
    for (let k = 0; k < skip; k++) it.next();
    yield* it;
    return undefined;
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
    return undefined;
  }

  *values(): MapIterator<PyValue> {
    for (const [, v] of this.entries()) yield v;
    return undefined;
  }

  [Symbol.iterator](): MapIterator<[string, PyValue]> {
    return this.entries();
  }

  forEach(f: (value: PyValue, key: string, map: Map<string, PyValue>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) f.call(thisArg, v, k, this);
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}
