/** Calls: argument lists (`*args`, `**kwargs`, keywords), method calls and zero-argument `super()`. */
import type * as ir from '../../ir/types';
import { PyDict, PyExc, pyError, typeName, type PyValue, type KwArgs, type SourceSpan } from '../../runtime/core';
import {
  call,
  callMethod,
  callMethodByName,
  callLoaded,
  callLoadedOwned,
  getattrOpt,
  iterToArray,
  getitem,
  loadMethod,
  loadedMethod,
} from '../../runtime/ops';
import { PyFunctionBase } from '../../runtime/callable';
import type { Frame } from '../frame';
import type { X, GX, CompileContext } from './context';
import { threadedCall, threadedCallMethod } from '../threaded';
import { abandonTemporaries, closeTemporaries, openTemporaries } from '../drops';
import { FRAME_BUILTINS, caller } from '../namespaces';
import { suspends as suspendsExpr } from './suspends';
import { checkCaller } from './comma-warnings';
import { compileZeroArgSuper, zeroArgSuperHere } from './zero-arg-super';
import { noteSetUnpack } from '../../runtime/address-order';

export function compileCall(cx: CompileContext, e: ir.Call): X {
  const x = compileCallItself(cx, e);
  if (!hasTemporaryCallArg(cx, e)) return x;
  return (f) => {
    const first = openTemporaries();
    let r: PyValue;
    try {
      r = x(f);
    } catch (err) {
      abandonTemporaries();
      throw err;
    }
    return closeTemporaries(first, r);
  };
}

/**
 * A call in the program's code with another call's result among its arguments or as the object of
 * its method (`gen().send(None)`), or a generator expression among its arguments: a generator made
 * by it may die as the call returns (drops.ts openTemporaries).
 */
export function hasTemporaryCallArg(cx: CompileContext, e: ir.Call): boolean {
  if (!cx.user) return false;
  if (e.func.type === 'Attribute' && e.func.value.type === 'Call') return true;
  return e.args.some((a) => a.value.type === 'Call' || a.value.type === 'GeneratorExp');
}

function compileCallItself(cx: CompileContext, e: ir.Call): X {
  checkCaller(cx, e);
  if (zeroArgSuperHere(cx, e)) return compileZeroArgSuper(cx, e, posOf(cx, e));
  if (e.func.type === 'Name' && FRAME_BUILTINS.has(e.func.id)) return frameBuiltinCall(cx, e);
  const line = e.span.line;
  if (e.args.every((a) => a.kind === 'pos')) return compilePositionalCall(cx, e, line);
  const pos = posOf(cx, e);
  const args = compileArgs(cx, e.args, pos);
  if (e.func.type === 'Attribute') {
    const obj = cx.expr(e.func.value);
    const name = e.func.attr;
    const attrPos = posOf(cx, e.func);
    return (f) => {
      const o = obj(f);
      f.pos = attrPos;
      const m = loadMethod(o, name);
      const u = loadedMethod.unbound;
      const [a, kw] = args(f, m);
      f.line = line;
      f.pos = pos;
      return callLoaded(m, u, o, a, kw);
    };
  }
  const fn = cx.expr(e.func);
  return (f) => {
    const callee = fn(f);
    const [a, kw] = args(f, callee);
    f.line = line;
    f.pos = pos;
    return call(callee, a, kw);
  };
}

/**
 * The span a call (or its method's lookup) notes in the frame before it runs, in the program's
 * code (caret lines, compile/positions.ts).
 */
function posOf(cx: CompileContext, e: ir.Expr): SourceSpan | null {
  return cx.positions ? e.span : null;
}

/** A call to locals(), globals(), vars() or dir(): the builtin reads the frame the call is written in. */
function frameBuiltinCall(cx: CompileContext, e: ir.Call): X {
  const line = e.span.line;
  const pos = posOf(cx, e);
  const args = compileArgs(cx, e.args, pos);
  const fn = cx.expr(e.func);
  return (f) => {
    const callee = fn(f);
    const [a, kw] = args(f, callee);
    f.line = line;
    f.pos = pos;
    const outer = caller.frame;
    caller.frame = f;
    try {
      return call(callee, a, kw);
    } finally {
      caller.frame = outer;
    }
  };
}

export function compileCallSuspending(cx: CompileContext, e: ir.Call): GX {
  checkCaller(cx, e);
  const frameBuiltin =
    e.func.type === 'Name' && FRAME_BUILTINS.has(e.func.id) && !e.args.some((a) => suspendsExpr(a.value));
  if ((e.func.type === 'Name' && e.func.id === 'super' && e.args.length === 0) || frameBuiltin) {
    // Zero-argument super() never suspends (a threaded body compiles every call suspending).
    const x = compileCall(cx, e);
    return function* (f) {
      return x(f);
    };
  }
  const parts = e.args.map((a) => argPart(cx, a, cx.gx(a.value)));
  const line = e.span.line;
  const pos = posOf(cx, e);
  if (e.func.type === 'Attribute') {
    const obj = cx.gx(e.func.value);
    const name = e.func.attr;
    const attrPos = posOf(cx, e.func);
    if (cx.threadedCode === cx.code)
      return function* (f) {
        const o = yield* obj(f);
        f.pos = attrPos;
        const m = loadMethod(o, name);
        const u = loadedMethod.unbound;
        const [a, kw] = yield* gbuildArgs(parts, f, m, pos);
        f.line = line;
        f.pos = pos;
        return u ? yield* threadedCallMethod(m, o, a, kw) : yield* threadedCall(m, a, kw);
      };
    return function* (f) {
      const o = yield* obj(f);
      f.pos = attrPos;
      const m = loadMethod(o, name);
      const u = loadedMethod.unbound;
      const [a, kw] = yield* gbuildArgs(parts, f, m, pos);
      f.line = line;
      f.pos = pos;
      return callLoaded(m, u, o, a, kw);
    };
  }
  const fn = cx.gx(e.func);
  if (cx.threadedCode === cx.code)
    return function* (f) {
      const callee = yield* fn(f);
      const [a, kw] = yield* gbuildArgs(parts, f, callee, pos);
      f.line = line;
      f.pos = pos;
      return yield* threadedCall(callee, a, kw);
    };
  return function* (f) {
    const callee = yield* fn(f);
    const [a, kw] = yield* gbuildArgs(parts, f, callee, pos);
    f.line = line;
    f.pos = pos;
    return call(callee, a, kw);
  };
}

/**
 * A call with positional arguments only (most calls): the arguments go straight into the array
 * the callee gets, with no [args, kwargs] pair per call; callee (a method: looked up) first, then
 * arguments, as CPython.
 */
function compilePositionalCall(cx: CompileContext, e: ir.Call, line: number): X {
  const xs = e.args.map((a) => cx.expr(a.value));
  const n = xs.length;
  const x0 = xs[0];
  const x1 = xs[1];
  const pos = posOf(cx, e);
  if (e.func.type === 'Attribute') {
    const obj = cx.expr(e.func.value);
    const name = e.func.attr;
    const attrPos = posOf(cx, e.func);
    // The method is looked up before the arguments are evaluated (CPython's LOAD_ATTR, then the
    // arguments); a method's array has `self` first (callOwned), so its frame can keep it, and a
    // native method's has the arguments alone (no slot to shift off).
    if (n === 0)
      return (f) => {
        const o = obj(f);
        f.pos = attrPos;
        const m = loadMethod(o, name);
        const u = loadedMethod.unbound;
        f.line = line;
        f.pos = pos;
        if (!u) return call(m, [], null);
        return m instanceof PyFunctionBase ? m.callOwned([o]) : callMethod(m, o, [], null);
      };
    if (n === 1)
      return (f) => {
        const o = obj(f);
        f.pos = attrPos;
        const m = loadMethod(o, name);
        const u = loadedMethod.unbound;
        const a0 = x0(f);
        f.line = line;
        f.pos = pos;
        if (!u) return call(m, [a0], null);
        return m instanceof PyFunctionBase ? m.callOwned([o, a0]) : callMethod(m, o, [a0], null);
      };
    return (f) => {
      const o = obj(f);
      f.pos = attrPos;
      const m = loadMethod(o, name);
      const u = loadedMethod.unbound;
      const a = new Array<PyValue>(n + 1);
      a[0] = null;
      for (let i = 0; i < n; i++) a[i + 1] = xs[i](f);
      f.line = line;
      f.pos = pos;
      return callLoadedOwned(m, u, o, a);
    };
  }
  const fn = cx.expr(e.func);
  // Each call's array is its own: a Python function may keep it as its frame's locals (callOwned).
  if (n === 0)
    return (f) => {
      const callee = fn(f);
      f.line = line;
      f.pos = pos;
      return callee instanceof PyFunctionBase ? callee.callOwned([]) : call(callee, [], null);
    };
  if (n === 1)
    return (f) => {
      const callee = fn(f);
      const a = [x0(f)];
      f.line = line;
      f.pos = pos;
      return callee instanceof PyFunctionBase ? callee.callOwned(a) : call(callee, a, null);
    };
  if (n === 2)
    return (f) => {
      const callee = fn(f);
      const a0 = x0(f);
      const a = [a0, x1(f)];
      f.line = line;
      f.pos = pos;
      return callee instanceof PyFunctionBase ? callee.callOwned(a) : call(callee, a, null);
    };
  return (f) => {
    const callee = fn(f);
    const a = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) a[i] = xs[i](f);
    f.line = line;
    f.pos = pos;
    return callee instanceof PyFunctionBase ? callee.callOwned(a) : call(callee, a, null);
  };
}

/** `pos`: the call's span, where CPython locates a `*`/`**` argument that fails to unpack. */
function compileArgs(
  cx: CompileContext,
  args: ir.Arg[],
  pos: SourceSpan | null,
): (f: Frame, callee: PyValue) => [PyValue[], KwArgs] {
  const parts = args.map((a) => argPart(cx, a, cx.expr(a.value)));
  return (f, callee) => buildArgs(parts, f, (p, fr) => p.x(fr), callee, pos);
}

/** How CPython names a callee in argument errors: `__main__.g()`, `__main__.C.m()`, `print()`. */
function calleeText(callee: PyValue): string {
  const q = getattrOpt(callee, '__qualname__');
  const m = getattrOpt(callee, '__module__');
  const name = typeof q === 'string' ? q : typeName(callee);
  return typeof m === 'string' && m !== 'builtins' ? `${m}.${name}()` : `${name}()`;
}

/** `note`: the line of the program's own `*` argument, whose set's order is noted (runtime/address-order.ts); else 0. */
type ArgPart<T> = { kind: ir.Arg['kind']; name: string; x: T; note: number };

/** An argument's part: its value's code `x`, and the line a `*` argument of the program's own code is noted at. */
function argPart<T>(cx: CompileContext, a: ir.Arg, x: T): ArgPart<T> {
  const note = a.kind === 'star' && cx.user ? a.value.span.line : 0;
  return { kind: a.kind, name: a.kind === 'kw' ? a.name : '', x, note };
}

function addArg<T>(
  a: PyValue[],
  kwRef: { kw: Map<string, PyValue> | null },
  { kind, name, note }: ArgPart<T>,
  v: PyValue,
  callee: PyValue,
): void {
  switch (kind) {
    case 'pos':
      a.push(v);
      return;
    case 'star': {
      if (note) noteSetUnpack(v, note);
      let items: PyValue[];
      try {
        items = iterToArray(v);
      } catch (e) {
        if (e instanceof PyExc && getattrOpt(v, '__iter__') === undefined && getattrOpt(v, '__getitem__') === undefined)
          throw pyError('TypeError', `${calleeText(callee)} argument after * must be an iterable, not ${typeName(v)}`);
        throw e;
      }
      a.push(...items);
      return;
    }
    case 'kw':
      if (!kwRef.kw) kwRef.kw = new Map();
      if (kwRef.kw.has(name)) throw pyError('TypeError', `keyword argument repeated: ${name}`);
      kwRef.kw.set(name, v);
      return;
    case 'dstar': {
      if (!kwRef.kw) kwRef.kw = new Map();
      const entries: [PyValue, PyValue][] = [];
      if (v instanceof PyDict) for (const e of v.map.values()) entries.push([e.key, e.value]);
      else {
        if (getattrOpt(v, 'keys') === undefined)
          throw pyError('TypeError', `${calleeText(callee)} argument after ** must be a mapping, not ${typeName(v)}`);
        for (const k of iterToArray(callMethodByName(v, 'keys', []))) entries.push([k, getitem(v, k)]);
      }
      for (const [k, x] of entries) {
        if (typeof k !== 'string') throw pyError('TypeError', 'keywords must be strings');
        if (kwRef.kw.has(k))
          throw pyError('TypeError', `${calleeText(callee)} got multiple values for keyword argument '${k}'`);
        kwRef.kw.set(k, x);
      }
    }
  }
}

function buildArgs(
  parts: ArgPart<X>[],
  f: Frame,
  ev: (p: ArgPart<X>, f: Frame) => PyValue,
  callee: PyValue,
  pos: SourceSpan | null,
): [PyValue[], KwArgs] {
  const a: PyValue[] = [];
  const kwRef = { kw: null as Map<string, PyValue> | null };
  for (const p of parts) {
    const v = ev(p, f);
    if (p.kind === 'star' || p.kind === 'dstar') f.pos = pos;
    addArg(a, kwRef, p, v, callee);
  }
  return [a, kwRef.kw];
}

function* gbuildArgs(
  parts: ArgPart<GX>[],
  f: Frame,
  callee: PyValue,
  pos: SourceSpan | null,
): Generator<PyValue, [PyValue[], KwArgs], PyValue> {
  const a: PyValue[] = [];
  const kwRef = { kw: null as Map<string, PyValue> | null };
  for (const p of parts) {
    const v = yield* p.x(f);
    if (p.kind === 'star' || p.kind === 'dstar') f.pos = pos;
    addArg(a, kwRef, p, v, callee);
  }
  return [a, kwRef.kw];
}
