/** Calls: argument lists (`*args`, `**kwargs`, keywords), method calls and zero-argument `super()`. */
import type * as ir from '../../ir/types';
import { type PyCell, PyDict, pyError, type PyValue, type KwArgs } from '../../runtime/core';
import {
  call,
  callMethodByName,
  callLoaded,
  callLoadedOwned,
  iterToArray,
  getitem,
  loadMethod,
  loadedMethod,
} from '../../runtime/ops';
import type { Frame } from '../frame';
import { run } from '../../runtime/run';
import { interpreter } from '../state';
import { makeSuper } from '../classes';
import type { X, GX, CompileContext } from './context';
import { loadName } from './names';
import { threadedCall, threadedCallMethod } from '../threaded';

export function compileCall(cx: CompileContext, e: ir.Call): X {
  // Zero-argument super() inside a method.
  if (e.func.type === 'Name' && e.func.id === 'super' && e.args.length === 0 && cx.scope.kind === 'function') {
    const firstSlot = cx.scope.slots.size > 0 ? 0 : -1;
    const isCell = firstSlot >= 0 && [...cx.scope.cells].some((n) => cx.scope.slots.get(n) === 0);
    const superName = loadName(cx, 'super');
    return (f) => {
      const sup = superName(f);
      if (sup !== run.get(interpreter).builtins.get('super')) return call(sup, [], null);
      if (!f.ownerClass) throw pyError('RuntimeError', 'super(): __class__ cell not found');
      if (firstSlot < 0) throw pyError('RuntimeError', 'super(): no arguments');
      const self = isCell ? (f.locals[0] as PyCell).v : f.locals[0];
      return makeSuper(f.ownerClass, self as PyValue);
    };
  }
  const line = e.span.line;
  if (e.args.every((a) => a.kind === 'pos')) return compilePositionalCall(cx, e, line);
  const args = compileArgs(cx, e.args);
  if (e.func.type === 'Attribute') {
    const obj = cx.expr(e.func.value);
    const name = e.func.attr;
    return (f) => {
      const o = obj(f);
      const m = loadMethod(o, name);
      const u = loadedMethod.unbound;
      const [a, kw] = args(f);
      f.line = line;
      return callLoaded(m, u, o, a, kw);
    };
  }
  const fn = cx.expr(e.func);
  return (f) => {
    const callee = fn(f);
    const [a, kw] = args(f);
    f.line = line;
    return call(callee, a, kw);
  };
}

export function compileCallSuspending(cx: CompileContext, e: ir.Call): GX {
  if (e.func.type === 'Name' && e.func.id === 'super' && e.args.length === 0) {
    // Zero-argument super() never suspends (a threaded body compiles every call suspending).
    const x = compileCall(cx, e);
    return function* (f) {
      return x(f);
    };
  }
  const parts = e.args.map((a) => ({ kind: a.kind, name: a.kind === 'kw' ? a.name : '', x: cx.gx(a.value) }));
  const line = e.span.line;
  if (e.func.type === 'Attribute') {
    const obj = cx.gx(e.func.value);
    const name = e.func.attr;
    if (cx.threadedCode === cx.code)
      return function* (f) {
        const o = yield* obj(f);
        const m = loadMethod(o, name);
        const u = loadedMethod.unbound;
        const [a, kw] = yield* gbuildArgs(parts, f);
        f.line = line;
        return u ? yield* threadedCallMethod(m, o, a, kw) : yield* threadedCall(m, a, kw);
      };
    return function* (f) {
      const o = yield* obj(f);
      const m = loadMethod(o, name);
      const u = loadedMethod.unbound;
      const [a, kw] = yield* gbuildArgs(parts, f);
      f.line = line;
      return callLoaded(m, u, o, a, kw);
    };
  }
  const fn = cx.gx(e.func);
  if (cx.threadedCode === cx.code)
    return function* (f) {
      const callee = yield* fn(f);
      const [a, kw] = yield* gbuildArgs(parts, f);
      f.line = line;
      return yield* threadedCall(callee, a, kw);
    };
  return function* (f) {
    const callee = yield* fn(f);
    const [a, kw] = yield* gbuildArgs(parts, f);
    f.line = line;
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
  if (e.func.type === 'Attribute') {
    const obj = cx.expr(e.func.value);
    const name = e.func.attr;
    // The method is looked up before the arguments are evaluated (CPython's LOAD_ATTR, then the
    // arguments); the array has a free first slot for `self` (callLoadedOwned), so a method's
    // frame can keep it.
    if (n === 0)
      return (f) => {
        const o = obj(f);
        const m = loadMethod(o, name);
        f.line = line;
        return callLoadedOwned(m, loadedMethod.unbound, o, [null]);
      };
    if (n === 1)
      return (f) => {
        const o = obj(f);
        const m = loadMethod(o, name);
        const u = loadedMethod.unbound;
        const a = [null, x0(f)];
        f.line = line;
        return callLoadedOwned(m, u, o, a);
      };
    return (f) => {
      const o = obj(f);
      const m = loadMethod(o, name);
      const u = loadedMethod.unbound;
      const a = new Array<PyValue>(n + 1);
      a[0] = null;
      for (let i = 0; i < n; i++) a[i + 1] = xs[i](f);
      f.line = line;
      return callLoadedOwned(m, u, o, a);
    };
  }
  const fn = cx.expr(e.func);
  if (n === 0)
    return (f) => {
      const callee = fn(f);
      f.line = line;
      return call(callee, [], null);
    };
  if (n === 1)
    return (f) => {
      const callee = fn(f);
      const a = [x0(f)];
      f.line = line;
      return call(callee, a, null);
    };
  if (n === 2)
    return (f) => {
      const callee = fn(f);
      const a0 = x0(f);
      const a = [a0, x1(f)];
      f.line = line;
      return call(callee, a, null);
    };
  return (f) => {
    const callee = fn(f);
    const a = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) a[i] = xs[i](f);
    f.line = line;
    return call(callee, a, null);
  };
}

function compileArgs(cx: CompileContext, args: ir.Arg[]): (f: Frame) => [PyValue[], KwArgs] {
  const parts = args.map((a) => ({ kind: a.kind, name: a.kind === 'kw' ? a.name : '', x: cx.expr(a.value) }));
  return (f) => buildArgs(parts, f, (p, fr) => p.x(fr));
}

type ArgPart<T> = { kind: ir.Arg['kind']; name: string; x: T };

function addArg(
  a: PyValue[],
  kwRef: { kw: Map<string, PyValue> | null },
  kind: ir.Arg['kind'],
  name: string,
  v: PyValue,
): void {
  switch (kind) {
    case 'pos':
      a.push(v);
      return;
    case 'star':
      a.push(...iterToArray(v));
      return;
    case 'kw':
      if (!kwRef.kw) kwRef.kw = new Map();
      if (kwRef.kw.has(name)) throw pyError('TypeError', `keyword argument repeated: ${name}`);
      kwRef.kw.set(name, v);
      return;
    case 'dstar': {
      if (!kwRef.kw) kwRef.kw = new Map();
      if (!(v instanceof PyDict)) {
        const keys = iterToArray(callMethodByName(v, 'keys', []));
        for (const k of keys) {
          if (typeof k !== 'string') throw pyError('TypeError', 'keywords must be strings');
          kwRef.kw.set(k, getitem(v, k));
        }
        return;
      }
      for (const e of v.map.values()) {
        if (typeof e.key !== 'string') throw pyError('TypeError', 'keywords must be strings');
        if (kwRef.kw.has(e.key)) throw pyError('TypeError', `got multiple values for keyword argument '${e.key}'`);
        kwRef.kw.set(e.key, e.value);
      }
    }
  }
}

function buildArgs(parts: ArgPart<X>[], f: Frame, ev: (p: ArgPart<X>, f: Frame) => PyValue): [PyValue[], KwArgs] {
  const a: PyValue[] = [];
  const kwRef = { kw: null as Map<string, PyValue> | null };
  for (const p of parts) addArg(a, kwRef, p.kind, p.name, ev(p, f));
  return [a, kwRef.kw];
}

function* gbuildArgs(parts: ArgPart<GX>[], f: Frame): Generator<PyValue, [PyValue[], KwArgs], PyValue> {
  const a: PyValue[] = [];
  const kwRef = { kw: null as Map<string, PyValue> | null };
  for (const p of parts) addArg(a, kwRef, p.kind, p.name, yield* p.x(f));
  return [a, kwRef.kw];
}
