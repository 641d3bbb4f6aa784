/** Expression statements, constants, attributes, subscripts, slices and `:=`, each plain and suspending. */
import type * as ir from '../../ir/types';
import { PySlice, PyComplex, PyBytes, Ellipsis, type PyValue } from '../../runtime/core';
import { getitem } from '../../runtime/ops';
import { AttrSite, getattrAt } from '../../runtime/attr-cache';
import { run, type Run } from '../../runtime/run';
import { NORMAL } from '../frame';
import type { X, GX, S, GS, CompileContext } from './context';
import { storeName } from './names';
import { dropValue } from '../drops';
import { compileAwaitStatement } from './await-yield';
import { checkSubscript } from './comma-warnings';

export function compileExprStatement(cx: CompileContext, s: ir.ExprStmt): S {
  const x = cx.expr(s.value);
  // The value is discarded at once (CPython's POP_TOP): a coroutine nobody holds is finalized here.
  if (cx.user)
    return (f) => {
      dropValue(x(f));
      return NORMAL;
    };
  return (f) => {
    x(f);
    return NORMAL;
  };
}

export function compileExprStatementSuspending(cx: CompileContext, s: ir.ExprStmt): GS {
  const user = cx.user;
  if (s.value.type === 'Await')
    return compileAwaitStatement(cx, s.value, (_f, v) => {
      if (user) dropValue(v);
      return NORMAL;
    });
  const x = cx.gexpr(s.value);
  return function* (f) {
    const v = yield* x(f);
    if (user) dropValue(v);
    return NORMAL;
  };
}

export function compileConst(e: ir.Const): X {
  if (!constIsObject(e)) {
    const v = constValue(e);
    return () => v;
  }
  // A bytes or complex constant is an object with an id, and compiled code outlives its run (the
  // next run of the same program reuses it): each run makes its own, when first evaluated, so that
  // an id from an earlier run never meets this run's objects (pickle's memo is keyed by id).
  let made: PyValue = null;
  let madeIn: Run | null = null;
  return () => {
    if (madeIn !== run) {
      made = constValue(e);
      madeIn = run;
    }
    return made;
  };
}

/** Whether a constant is an object (bytes, complex) rather than a value the runtime keeps unboxed. */
export function constIsObject(e: ir.Const): boolean {
  return e.kind === 'bytes' || e.kind === 'complex';
}

export function constValue(e: ir.Const): PyValue {
  switch (e.kind) {
    case 'None':
      return null;
    case 'Ellipsis':
      return Ellipsis;
    case 'complex':
      return new PyComplex(0, e.value as number);
    case 'bytes':
      return new PyBytes(Uint8Array.from(e.value as string, (c) => c.charCodeAt(0)));
    default:
      return e.value as PyValue;
  }
}

export function compileAttribute(cx: CompileContext, e: ir.Attribute): X {
  const obj = cx.expr(e.value);
  const site = new AttrSite(e.attr);
  // Noted in the frame before the lookup, in the program's code (caret lines, compile/positions.ts).
  const pos = cx.positions ? e.span : null;
  return (f) => {
    const o = obj(f);
    f.pos = pos;
    return getattrAt(site, o);
  };
}

export function compileAttributeSuspending(cx: CompileContext, e: ir.Attribute): GX {
  const obj = cx.gx(e.value);
  const site = new AttrSite(e.attr);
  const pos = cx.positions ? e.span : null;
  return function* (f) {
    const o = yield* obj(f);
    f.pos = pos;
    return getattrAt(site, o);
  };
}

export function compileSubscript(cx: CompileContext, e: ir.Subscript): X {
  checkSubscript(cx, e);
  const obj = cx.expr(e.value);
  const idx = cx.expr(e.index);
  const pos = cx.positions ? e.span : null;
  return (f) => {
    const o = obj(f);
    const i = idx(f);
    f.pos = pos;
    return getitem(o, i);
  };
}

export function compileSubscriptSuspending(cx: CompileContext, e: ir.Subscript): GX {
  checkSubscript(cx, e);
  const obj = cx.gx(e.value);
  const idx = cx.gx(e.index);
  const pos = cx.positions ? e.span : null;
  return function* (f) {
    const o = yield* obj(f);
    const i = yield* idx(f);
    f.pos = pos;
    return getitem(o, i);
  };
}

export function compileSlice(cx: CompileContext, e: ir.Slice): X {
  const lo = e.lower ? cx.expr(e.lower) : null;
  const hi = e.upper ? cx.expr(e.upper) : null;
  const st = e.step ? cx.expr(e.step) : null;
  return (f) => new PySlice(lo ? lo(f) : null, hi ? hi(f) : null, st ? st(f) : null);
}

/** A slice whose bounds may suspend (`s[:await n()]`, or a call in a thread's body): lower, upper, step in turn. */
export function compileSliceSuspending(cx: CompileContext, e: ir.Slice): GX {
  const lo = e.lower ? cx.gx(e.lower) : null;
  const hi = e.upper ? cx.gx(e.upper) : null;
  const st = e.step ? cx.gx(e.step) : null;
  return function* (f) {
    const a = lo ? yield* lo(f) : null;
    const b = hi ? yield* hi(f) : null;
    return new PySlice(a, b, st ? yield* st(f) : null);
  };
}

export function compileNamedExpr(cx: CompileContext, e: ir.NamedExpr): X {
  const x = cx.expr(e.value);
  const store = storeName(cx, e.target.id);
  return (f) => {
    const v = x(f);
    store(f, v);
    return v;
  };
}

export function compileNamedExprSuspending(cx: CompileContext, e: ir.NamedExpr): GX {
  const x = cx.gx(e.value);
  const store = storeName(cx, e.target.id);
  return function* (f) {
    const v = yield* x(f);
    store(f, v);
    return v;
  };
}
