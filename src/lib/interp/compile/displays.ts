/** Displays: list, tuple, set and dict literals (with `*` and `**` unpacking), plain and suspending. */
import type * as ir from '../../ir/types';
import { PyList, PyTuple, PyDict, PySet, type PyValue } from '../../runtime/core';
import { callMethodByName, iterToArray, getitem, setitem, setKey, keyFrom } from '../../runtime/ops';
import type { Frame } from '../frame';
import type { X, GX, CompileContext } from './context';

export function compileList(cx: CompileContext, e: ir.ListExpr): X {
  const items = seqItems(cx, e.elts);
  return (f) => new PyList(items(f));
}

export function compileTuple(cx: CompileContext, e: ir.TupleExpr): X {
  const items = seqItems(cx, e.elts);
  return (f) => new PyTuple(items(f));
}

/** A set display's or comprehension's element: an equal element already there stays, as in CPython ({1, 1.0} is {1}). */
export function addFirst(s: PySet, v: PyValue): void {
  const k = setKey(s.map, v);
  if (!s.map.has(k)) s.map.set(k, v);
}

export function compileSet(cx: CompileContext, e: ir.SetExpr): X {
  const items = seqItems(cx, e.elts);
  return (f) => {
    const s = new PySet();
    for (const v of items(f)) addFirst(s, v);
    return s;
  };
}

export function compileDisplaySuspending(cx: CompileContext, e: ir.ListExpr | ir.TupleExpr | ir.SetExpr): GX {
  const parts = e.elts.map((x) =>
    x.type === 'Starred' ? { star: true, x: cx.gx(x.value) } : { star: false, x: cx.gx(x) },
  );
  const kind = e.type;
  return function* (f) {
    const out: PyValue[] = [];
    for (const p of parts) {
      const v = yield* p.x(f);
      if (p.star) out.push(...iterToArray(v));
      else out.push(v);
    }
    if (kind === 'List') return new PyList(out);
    if (kind === 'Tuple') return new PyTuple(out);
    const s = new PySet();
    for (const v of out) addFirst(s, v);
    return s;
  };
}

function seqItems(cx: CompileContext, elts: ir.Expr[]): (f: Frame) => PyValue[] {
  if (!elts.some((e) => e.type === 'Starred')) {
    const xs = elts.map((x) => cx.expr(x));
    return (f) => {
      const out = new Array<PyValue>(xs.length);
      for (let i = 0; i < xs.length; i++) out[i] = xs[i](f);
      return out;
    };
  }
  const parts = elts.map((x) =>
    x.type === 'Starred' ? { star: true, x: cx.expr(x.value) } : { star: false, x: cx.expr(x) },
  );
  return (f) => {
    const out: PyValue[] = [];
    for (const p of parts) {
      if (p.star) out.push(...iterToArray(p.x(f)));
      else out.push(p.x(f));
    }
    return out;
  };
}

export function compileDict(cx: CompileContext, e: ir.DictExpr): X {
  const ks = e.keys.map((k) => (k ? cx.expr(k) : null));
  const vs = e.values.map((v) => cx.expr(v));
  return (f) => {
    const d = new PyDict();
    for (let i = 0; i < vs.length; i++) {
      const k = ks[i];
      if (k === null) mergeInto(d, vs[i](f));
      else {
        const key = k(f);
        setitem(d, key, vs[i](f));
      }
    }
    return d;
  };
}

export function compileDictSuspending(cx: CompileContext, e: ir.DictExpr): GX {
  const ks = e.keys.map((k) => (k ? cx.gx(k) : null));
  const vs = e.values.map((v) => cx.gx(v));
  return function* (f) {
    const d = new PyDict();
    for (let i = 0; i < vs.length; i++) {
      const k = ks[i];
      if (k === null) mergeInto(d, yield* vs[i](f));
      else {
        const key = yield* k(f);
        setitem(d, key, yield* vs[i](f));
      }
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
