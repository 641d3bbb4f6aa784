/**
 * reprlib.repr with its default limits (Lib/reprlib.py's aRepr): asyncio shows a future's result
 * and (up to 3.12) a callback's arguments through it, so `<Task finished ... result=[0, 1, 2, 3,
 * 4, 5, ...]>` is cut where CPython cuts it.
 */
import {
  PyObject,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyExc,
  addressOf,
  listClass,
  tupleClass,
  dictClass,
  setClass,
  frozensetClass,
  type PyValue,
} from '../runtime/core';
import { iterToArray, repr } from '../runtime/ops';
import { sortItems } from '../runtime/types/list';

const FILL = '...';
const MAX_LEVEL = 6;
const MAX_ITEMS = 6; // tuple, list, set, frozenset, deque
const MAX_DICT = 4;
const MAX_STRING = 30;
const MAX_LONG = 40;
const MAX_OTHER = 30;

/** `reprlib.repr(v)`. */
export function limitedRepr(v: PyValue): string {
  return repr1(v, MAX_LEVEL);
}

/** Keeps the start and end of `s` when it is longer than `max` (Repr's cut: `start...end`). */
function cutMiddle(s: string, max: number): string {
  if (s.length <= max) return s;
  const i = Math.max(0, (max - 3) >> 1);
  const j = Math.max(0, max - 3 - i);
  return s.slice(0, i) + FILL + s.slice(s.length - j);
}

/** Repr.repr1: by the exact type's name, as Repr looks up `repr_<typename>`. */
function repr1(x: PyValue, level: number): string {
  if (typeof x === 'string') {
    const s = repr(x.slice(0, MAX_STRING));
    if (s.length <= MAX_STRING) return s;
    const i = Math.max(0, (MAX_STRING - 3) >> 1);
    const j = Math.max(0, MAX_STRING - 3 - i);
    const t = repr(x.slice(0, i) + x.slice(x.length - j));
    return t.slice(0, i) + FILL + t.slice(t.length - j);
  }
  if (typeof x === 'bigint') return cutMiddle(repr(x), MAX_LONG);
  if (x instanceof PyObject) {
    const c = x.cls;
    if (c === tupleClass && x instanceof PyTuple) return iterable(x.items, level, '(', ')', ',');
    if (c === listClass && x instanceof PyList) return iterable(x.items, level, '[', ']');
    if (c === setClass && x instanceof PySet) {
      if (x.map.size === 0) return 'set()';
      return iterable(possiblySorted([...x.map.values()] as PyValue[]), level, '{', '}');
    }
    if (c === frozensetClass && x instanceof PySet) {
      if (x.map.size === 0) return 'frozenset()';
      return iterable(possiblySorted([...x.map.values()] as PyValue[]), level, 'frozenset({', '})');
    }
    if (c === dictClass && x instanceof PyDict) return dictRepr(x, level);
    if (c.name === 'deque' && c.module === 'collections') return iterable(iterToArray(x), level, 'deque([', '])');
  }
  return instance(x);
}

function iterable(items: readonly PyValue[], level: number, left: string, right: string, trail = ''): string {
  const n = items.length;
  let s: string;
  if (level <= 0 && n) s = FILL;
  else {
    const pieces = items.slice(0, MAX_ITEMS).map((e) => repr1(e, level - 1));
    if (n > MAX_ITEMS) pieces.push(FILL);
    s = pieces.join(', ');
    if (n === 1 && trail) right = trail + right;
  }
  return left + s + right;
}

function dictRepr(d: PyDict, level: number): string {
  const n = d.map.size;
  if (n === 0) return '{}';
  if (level <= 0) return '{' + FILL + '}';
  const entries = [...d.map.values()];
  const keys = possiblySorted(entries.map((e) => e.key));
  const pieces: string[] = [];
  for (const key of keys.slice(0, MAX_DICT)) {
    const value = entries.find((e) => e.key === key)!.value;
    pieces.push(`${repr1(key, level - 1)}: ${repr1(value, level - 1)}`);
  }
  if (n > MAX_DICT) pieces.push(FILL);
  return '{' + pieces.join(', ') + '}';
}

/** sorted(x), or x as it is when its items cannot be ordered. */
function possiblySorted(items: PyValue[]): PyValue[] {
  const copy = items.slice();
  try {
    sortItems(copy, null, false);
    return copy;
  } catch (e) {
    if (e instanceof PyExc) return items;
    throw e;
  }
}

/** Repr.repr_instance: the object's own repr, cut to 30 characters; a failing repr is named instead. */
function instance(x: PyValue): string {
  let s: string;
  try {
    s = repr(x);
  } catch (e) {
    if (!(e instanceof PyExc) || !(x instanceof PyObject)) throw e;
    return `<${x.cls.name} instance at ${addressOf(x)}>`;
  }
  return cutMiddle(s, MAX_OTHER);
}
