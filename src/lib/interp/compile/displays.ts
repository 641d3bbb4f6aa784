/** Displays: list, tuple, set and dict literals (with `*` and `**` unpacking), plain and suspending. */
import type * as ir from '../../ir/types';
import { PyExc, PyList, PyTuple, PyDict, PySet, pyError, typeName, type PyValue } from '../../runtime/core';
import { callMethodByName, getattrOpt, iterToArray, getitem, setitem, setKey, keyFrom } from '../../runtime/ops';
import type { Frame } from '../frame';
import type { X, GX, CompileContext } from './context';
import { noteSetUnpack } from '../../runtime/address-order';

/**
 * The items of `*v` in a list or tuple display: CPython's LIST_EXTEND names what is not iterable
 * at all (neither __iter__ nor __getitem__); a set display's SET_UPDATE leaves iter()'s message.
 */
function starredItems(v: PyValue, set: boolean): PyValue[] {
  try {
    return iterToArray(v);
  } catch (e) {
    if (
      !set &&
      e instanceof PyExc &&
      getattrOpt(v, '__iter__') === undefined &&
      getattrOpt(v, '__getitem__') === undefined
    )
      throw pyError('TypeError', `Value after * must be an iterable, not ${typeName(v)}`);
    throw e;
  }
}

export function compileList(cx: CompileContext, e: ir.ListExpr): X {
  const items = seqItems(cx, e);
  return (f) => new PyList(items(f));
}

export function compileTuple(cx: CompileContext, e: ir.TupleExpr): X {
  const items = seqItems(cx, e);
  return (f) => new PyTuple(items(f));
}

/** A set display's or comprehension's element: an equal element already there stays, as in CPython ({1, 1.0} is {1}). */
export function addFirst(s: PySet, v: PyValue): void {
  const k = setKey(s.map, v);
  if (!s.map.has(k)) s.map.set(k, v);
}

/** The span a display notes before it hashes its keys or elements (an unhashable one fails there). */
const posOf = (cx: CompileContext, e: ir.Expr) => (cx.positions ? e.span : null);

export function compileSet(cx: CompileContext, e: ir.SetExpr): X {
  const items = seqItems(cx, e);
  const pos = posOf(cx, e);
  return (f) => {
    const vs = items(f);
    f.pos = pos;
    const s = new PySet();
    for (const v of vs) addFirst(s, v);
    return s;
  };
}

export function compileDisplaySuspending(cx: CompileContext, e: ir.ListExpr | ir.TupleExpr | ir.SetExpr): GX {
  const parts = e.elts.map((x) =>
    x.type === 'Starred' ? { star: true, x: cx.gx(x.value) } : { star: false, x: cx.gx(x) },
  );
  const kind = e.type;
  // A list's or tuple's order comes from the unpacked iterable's (a set of the program's own is noted); a set's does not.
  const note = cx.user && kind !== 'Set' ? e.span.line : 0;
  const pos = posOf(cx, e);
  return function* (f) {
    const out: PyValue[] = [];
    for (const p of parts) {
      const v = yield* p.x(f);
      if (p.star) {
        if (note) noteSetUnpack(v, note);
        // An item that is not iterable is located at the display (CPython's LIST_EXTEND).
        f.pos = pos;
        out.push(...starredItems(v, kind === 'Set'));
      } else out.push(v);
    }
    if (kind === 'List') return new PyList(out);
    if (kind === 'Tuple') return new PyTuple(out);
    f.pos = pos;
    const s = new PySet();
    for (const v of out) addFirst(s, v);
    return s;
  };
}

/** A display's items; a `*` of a set in the program's own list or tuple display is noted (runtime/address-order.ts). */
function seqItems(cx: CompileContext, e: ir.ListExpr | ir.TupleExpr | ir.SetExpr): (f: Frame) => PyValue[] {
  const { elts } = e;
  const noted = cx.user && e.type !== 'Set';
  if (!elts.some((e) => e.type === 'Starred')) {
    const xs = elts.map((x) => cx.expr(x));
    return (f) => {
      const out = new Array<PyValue>(xs.length);
      for (let i = 0; i < xs.length; i++) out[i] = xs[i](f);
      return out;
    };
  }
  const parts = elts.map((x) =>
    x.type === 'Starred'
      ? { star: true, x: cx.expr(x.value), note: noted ? x.span.line : 0 }
      : { star: false, x: cx.expr(x), note: 0 },
  );
  const set = e.type === 'Set';
  const pos = posOf(cx, e);
  return (f) => {
    const out: PyValue[] = [];
    for (const p of parts) {
      if (!p.star) out.push(p.x(f));
      else {
        // An item that is not iterable is located at the display (CPython's LIST_EXTEND).
        const v = p.x(f);
        if (p.note) noteSetUnpack(v, p.note);
        f.pos = pos;
        out.push(...starredItems(v, set));
      }
    }
    return out;
  };
}

/**
 * Which of a dict display's `key: value` pairs CPython evaluates before it builds them into the
 * dict (BUILD_MAP): a run of up to 15 pairs between `**` entries is evaluated whole first (so a
 * value is computed before an earlier key is found unhashable); a longer run goes pair by pair
 * (MAP_ADD). `held[i]`: pair i waits for the end of its run.
 */
function heldPairs(keys: (ir.Expr | null)[]): boolean[] {
  const held = new Array<boolean>(keys.length).fill(false);
  for (let i = 0; i < keys.length;) {
    let j = i;
    while (j < keys.length && keys[j] !== null) j++;
    if ((j - i) * 2 <= 30) for (let k = i; k < j; k++) held[k] = true;
    i = j + 1;
  }
  return held;
}

export function compileDict(cx: CompileContext, e: ir.DictExpr): X {
  const ks = e.keys.map((k) => (k ? cx.expr(k) : null));
  const vs = e.values.map((v) => cx.expr(v));
  const held = heldPairs(e.keys);
  const pos = posOf(cx, e);
  return (f) => {
    const d = new PyDict();
    const pending: PyValue[] = [];
    for (let i = 0; i < vs.length; i++) {
      const k = ks[i];
      if (k === null) {
        mergeInto(d, vs[i](f));
        continue;
      }
      const key = k(f);
      pending.push(key, vs[i](f));
      if (held[i] && i + 1 < vs.length && ks[i + 1] !== null) continue;
      f.pos = pos;
      for (let j = 0; j < pending.length; j += 2) setitem(d, pending[j], pending[j + 1]);
      pending.length = 0;
    }
    return d;
  };
}

export function compileDictSuspending(cx: CompileContext, e: ir.DictExpr): GX {
  const ks = e.keys.map((k) => (k ? cx.gx(k) : null));
  const vs = e.values.map((v) => cx.gx(v));
  const held = heldPairs(e.keys);
  const pos = posOf(cx, e);
  return function* (f) {
    const d = new PyDict();
    const pending: PyValue[] = [];
    for (let i = 0; i < vs.length; i++) {
      const k = ks[i];
      if (k === null) {
        mergeInto(d, yield* vs[i](f));
        continue;
      }
      const key = yield* k(f);
      pending.push(key, yield* vs[i](f));
      if (held[i] && i + 1 < vs.length && ks[i + 1] !== null) continue;
      f.pos = pos;
      for (let j = 0; j < pending.length; j += 2) setitem(d, pending[j], pending[j + 1]);
      pending.length = 0;
    }
    return d;
  };
}

function mergeInto(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    // Into an empty dict the keys are known distinct: CPython copies them without comparing.
    if (d.map.size === 0) d.map.absorb(src.map, (e) => ({ key: e.key, value: e.value }));
    else
      for (const [k, e] of src.map) {
        const kk = keyFrom(d.map, src.map, k, e.key);
        const x = d.map.get(kk);
        if (x !== undefined) x.value = e.value;
        else d.map.set(kk, { key: e.key, value: e.value });
      }
    return;
  }
  const keys = callMethodByName(src, 'keys', []);
  for (const k of iterToArray(keys)) setitem(d, k, getitem(src, k));
}
