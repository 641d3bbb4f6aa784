/**
 * `repr` for showing values beside a running program (the frames panel): bounded in length and
 * in work, and never failing. Built-in containers and strings are shortened while they are
 * formatted (a 100,000-item list costs a few items, not the whole list); any other object gets
 * the runtime's own `repr`, with a small operation budget and its printed output discarded. A
 * `__repr__` that raises, loops or recurses gives `<Cls object>` instead, and the run goes on as
 * if it had not been called (the operation count and the object ids are restored).
 */
import {
  PyObject,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  listClass,
  tupleClass,
  dictClass,
  setClass,
  frozensetClass,
  type PyValue,
} from './core';
import { repr } from './ops';
import { MAX_STR_DIGITS, tooManyDigits } from '../py/format/int-digits';
import { run } from './run';

/** The longest repr shown; longer ones end in "…". */
export const SHORT_REPR_LENGTH = 60;
/** Operations a user `__repr__` may take before it is given up. */
const REPR_BUDGET = 5_000;

function cut(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** A repr made elsewhere, shortened as shortRepr shortens. */
export function shortText(s: string): string {
  return cut(s, SHORT_REPR_LENGTH);
}

/** The repr of `v`, at most `max` characters (ending in "…" when shortened); never throws. */
export function shortRepr(v: PyValue, max = SHORT_REPR_LENGTH): string {
  return cut(bounded(v, max, 0), max);
}

/** Formats `v` until its text is longer than `max`; the caller cuts what is over. */
function bounded(v: PyValue, max: number, depth: number): string {
  if (typeof v === 'string') {
    // Only the start is formatted: a megabyte string costs what 60 characters cost.
    if (v.length > max) return repr(v.slice(0, max)).slice(0, -1) + '…';
    return repr(v);
  }
  // An int CPython will not write in decimal is shown by its size, not as the ValueError repr raises.
  if (typeof v === 'bigint' && tooManyDigits(v)) return `<int of more than ${MAX_STR_DIGITS} digits>`;
  if (!(v instanceof PyObject)) return repr(v);
  const c = v.cls;
  if (v instanceof PyList && c === listClass) return items('[', ']', v.items, max, depth);
  if (v instanceof PyTuple && c === tupleClass)
    return v.items.length === 1
      ? '(' + bounded(v.items[0], max, depth + 1) + ',)'
      : items('(', ')', v.items, max, depth);
  if (v instanceof PyDict && c === dictClass) return dictItems(v, max, depth);
  if (v instanceof PySet && (c === setClass || c === frozensetClass)) {
    const vals = [...v.map.values()];
    if (vals.length === 0) return c === setClass ? 'set()' : 'frozenset()';
    const body = items('{', '}', vals, max, depth);
    return c === setClass ? body : `frozenset(${body})`;
  }
  return guarded(v);
}

function items(open: string, close: string, xs: readonly PyValue[], max: number, depth: number): string {
  if (depth > 3) return open + '…' + close;
  let s = open;
  for (let i = 0; i < xs.length; i++) {
    if (s.length > max) return s + '…';
    s += (i ? ', ' : '') + bounded(xs[i], max, depth + 1);
  }
  return s + close;
}

function dictItems(d: PyDict, max: number, depth: number): string {
  if (depth > 3) return '{…}';
  let s = '{';
  let first = true;
  for (const e of d.map.values()) {
    if (s.length > max) return s + '…';
    s += (first ? '' : ', ') + bounded(e.key, max, depth + 1) + ': ' + bounded(e.value, max, depth + 1);
    first = false;
  }
  return s + '}';
}

/** The runtime's repr with a budget, silenced output and every failure caught. */
function guarded(v: PyObject): string {
  const ops = run.ops;
  const limit = run.limits.operations;
  const write = run.write;
  const line = run.userLine;
  const depth = run.depth;
  const nextId = run.nextId;
  run.limits.operations = Math.min(limit, ops + REPR_BUDGET);
  run.tickAt = 0; // the lower limit is looked at from the next tick
  run.write = () => {};
  run.toolReprs++;
  try {
    return repr(v);
  } catch {
    return `<${v.cls.qualname} object>`;
  } finally {
    run.limits.operations = limit;
    run.ops = ops;
    run.tickAt = 0;
    // The objects it made are garbage: the program's next objects take the ids they would have had.
    run.nextId = nextId;
    run.write = write;
    run.toolReprs--;
    run.userLine = line;
    run.depth = depth;
  }
}
