/** `lambda`, and what a def shares with it: parameters, defaults, bodies and closures (defs.ts makes defs). */
import type * as ir from '../../ir/types';
import { PyCell, type PyValue } from '../../runtime/core';
import { type Frame, RETURN, type Code } from '../frame';
import type { Scope } from '../scope';
import { PyFunction, type ParamInfo, type SyncBody, type GenBody } from '../function';
import type { X, CompileContext } from './context';
import { compileHotBlock, compilePlainBlock, sourceTier } from './source-tier';
import { inThreadedMode } from './suspends';
import { noteClassFunction } from '../class-cell';

/**
 * What a def without decorators, defaults, keyword-only defaults or free variables shares with every
 * other instead of new empty ones: a run defines asyncio's and the library's functions again (some
 * 400), and these were a fifth of an empty asyncio program's allocation. Never written to: a
 * function's defaults, keyword-only defaults and closure are read only (PyFunction's fields are readonly).
 */
export const NO_VALUES: readonly PyValue[] = [];
export const NO_KWDEFAULTS: ReadonlyMap<string, PyValue> = new Map();
const NO_CELLS: readonly PyCell[] = [];

export function compileLambda(cx: CompileContext, e: ir.Lambda): X {
  const { code, body, genBody, sc } = functionBody(
    cx,
    e,
    '<lambda>',
    e.isGenerator ? 'generator' : 'function',
    e.span.line,
  );
  const { info, defaults, kwdefaults } = compileParams(cx, e.params, sc);
  fixParamSlots(info, e.params, sc);
  code.params = info;
  const make = functionMaker(code, info, defaults, kwdefaults, closureLoader(cx, sc), body, genBody);
  const inClassBody = cx.scope.kind === 'class';
  return (f) => {
    const fn = make(f);
    takeClassCell(f, fn, inClassBody);
    return fn;
  };
}

/**
 * A def's or lambda's `__class__` cell, as its frame `f` is making it: made in a class body, its
 * class's (noted until the class exists); nested in a method and reading the cell, the method's.
 */
export function takeClassCell(f: Frame, fn: PyFunction, inClassBody: boolean): void {
  if (inClassBody) noteClassFunction(f, fn);
  else if (fn.code.classCell === true) fn.ownerClass = f.ownerClass;
}

/** What makes the function object each time a def or lambda runs: its defaults evaluated, its cells taken. */
function functionMaker(
  code: Code,
  info: ParamInfo,
  defaults: X[],
  kwdefaults: [string, X][],
  closure: (f: Frame) => readonly PyCell[],
  body: SyncBody | null,
  genBody: GenBody | null,
): (f: Frame) => PyFunction {
  return (f) =>
    new PyFunction(
      code,
      info,
      defaults.length === 0 ? NO_VALUES : defaults.map((d) => d(f)),
      kwdefaults.length === 0 ? NO_KWDEFAULTS : new Map(kwdefaults.map(([n, d]) => [n, d(f)])),
      closure(f),
      f.globals,
      body,
      genBody,
    );
}

/**
 * A lazily evaluated expression of PEP 695 (a type parameter's bound or default, a `type` alias's
 * value): a function of no arguments named `name`, in the scope analysis made for `key`.
 */
export function compileLazy(cx: CompileContext, key: object, e: ir.Expr, name: string): (f: Frame) => PyFunction {
  const node: ir.Lambda = { type: 'Lambda', span: e.span, params: emptyParams(), body: e };
  cx.scopes.set(node, cx.scopes.get(key)!);
  const { code, body, genBody, sc } = functionBody(cx, node, name, 'function', e.span.line);
  const info = compileParams(cx, node.params, sc).info;
  code.params = info;
  const closure = closureLoader(cx, sc);
  return (f) => new PyFunction(code, info, NO_VALUES, NO_KWDEFAULTS, closure(f), f.globals, body, genBody);
}

function emptyParams(): ir.Params {
  return { posonly: [], args: [], vararg: null, kwonly: [], kwarg: null };
}

export function compileParams(
  cx: CompileContext,
  p: ir.Params,
  sc: Scope,
): { info: ParamInfo; defaults: X[]; kwdefaults: [string, X][] } {
  const names = [...p.posonly, ...p.args, ...p.kwonly].map((a) => a.name);
  const info: ParamInfo = {
    names,
    posonly: p.posonly.length,
    positional: p.posonly.length + p.args.length,
    kwonly: p.kwonly.length,
    varargSlot: p.vararg ? sc.slots.get(p.vararg.name)! : -1,
    kwargSlot: p.kwarg ? sc.slots.get(p.kwarg.name)! : -1,
  };
  // Slots: posonly+args first (analysis assigned them in order), then vararg, kwonly, kwarg.
  // ParamInfo's name indices must match slots, so we require kwonly to follow positional slots.
  const positional = [...p.posonly, ...p.args];
  const defaults = positional.filter((a) => a.default).map((a) => cx.expr(a.default!));
  const kwdefaults = p.kwonly.filter((a) => a.default).map((a): [string, X] => [a.name, cx.expr(a.default!)]);
  return { info, defaults, kwdefaults };
}

export function functionBody(
  cx: CompileContext,
  node: ir.FunctionDef | ir.Lambda,
  name: string,
  kind: Code['kind'],
  firstLine: number,
) {
  const sc = cx.scopes.get(node)!;
  const code: Code = {
    name,
    qualname: cx.qualPrefix + name,
    user: cx.user,
    file: cx.file,
    firstLine,
    scope: sc,
    kind,
    nlocals: sc.slots.size,
    cellSlots: [...sc.cells].map((n) => sc.slots.get(n)!),
    doc: node.type === 'FunctionDef' ? node.docstring : null,
  };
  if (kind === 'generator' && node.type === 'FunctionDef' && cleansUp(node.body)) code.closeRuns = true;
  if (sc.classCell) code.classCell = true;
  let body: SyncBody | null = null;
  let genBody: GenBody | null = null;
  if (node.type === 'Lambda' && kind === 'generator') {
    genBody = inBody(cx, code, () => {
      const x = cx.gx(node.body);
      return function* (f: Frame) {
        f.retval = yield* x(f);
        return RETURN;
      };
    });
  } else if (node.type === 'Lambda') {
    const x = inBody(cx, code, () => cx.expr(node.body));
    body = (f) => {
      f.retval = x(f);
      return RETURN;
    };
  } else if (cx.user) {
    // The user's bodies now: their compile-time warnings print before the program runs.
    if (kind === 'function') body = inBody(cx, code, () => compilePlainBlock(cx, node.body));
    else genBody = inBody(cx, code, () => cx.gblock(node.body));
  } else if (kind === 'function') {
    // A library body when first called: `import asyncio` defines hundreds of functions a run never calls.
    // Closures at first; emitted as JavaScript once called often (per process: the compiled library is shared).
    let closures: SyncBody | null = null;
    let hot: SyncBody | null = null;
    let calls = 0;
    body = (f) =>
      ++calls > sourceTier.libraryCalls
        ? (hot ??= inBody(cx, code, () => compileHotBlock(cx, node.body)))(f)
        : (closures ??= inBody(cx, code, () => compilePlainBlock(cx, node.body)))(f);
  } else {
    let compiled: GenBody | null = null;
    genBody = (f) => (compiled ??= inBody(cx, code, () => cx.gblock(node.body)))(f);
  }
  let threaded: GenBody | null = null;
  code.threaded = () => (threaded ??= cx.threadedBody(node, code));
  return { code, body, genBody, sc };
}

let bodiesCompiled = 0;

/** How many function bodies have been compiled so far (a test's view of library laziness). */
export function functionBodiesCompiled(): number {
  return bodiesCompiled;
}

/** Compiles part of `code`'s body as its def would, whenever that is: in its scope, not threaded. */
function inBody<T>(cx: CompileContext, code: Code, compile: () => T): T {
  bodiesCompiled++;
  const saved = { scope: cx.scope, code: cx.code, prefix: cx.qualPrefix, threaded: cx.threadedCode };
  cx.scope = code.scope;
  cx.code = code;
  cx.qualPrefix = code.qualname + '.<locals>.';
  cx.threadedCode = null;
  try {
    return inThreadedMode(false, compile);
  } finally {
    cx.threadedCode = saved.threaded;
    cx.scope = saved.scope;
    cx.code = saved.code;
    cx.qualPrefix = saved.prefix;
  }
}

/** Where *args and **kwargs live (scope analysis numbers the named parameters first). */
export function fixParamSlots(info: ParamInfo, p: ir.Params, sc: Scope): void {
  info.varargSlot = p.vararg ? sc.slots.get(p.vararg.name)! : -1;
  info.kwargSlot = p.kwarg ? sc.slots.get(p.kwarg.name)! : -1;
}

/** How a nested scope's free variables are fetched from the defining frame. */
export function closureLoader(cx: CompileContext, inner: Scope): (f: Frame) => readonly PyCell[] {
  const sc = cx.scope;
  const getters = [...inner.free].map((name) => {
    // PEP 695's annotation scopes in a class body see its namespace (scope.ts canSeeClass).
    if (name === '__classdict__' && sc.kind === 'class') return (f: Frame) => new PyCell(f.ns as unknown as PyValue);
    if ((sc.kind === 'function' || sc.kind === 'comprehension') && sc.cells.has(name)) {
      const i = sc.slots.get(name)!;
      return (f: Frame) => f.locals[i] as PyCell;
    }
    if (sc.freeSlots.has(name)) {
      const j = sc.freeSlots.get(name)!;
      return (f: Frame) => f.free[j];
    }
    return () => new PyCell(undefined);
  });
  if (getters.length === 0) return () => NO_CELLS;
  return (f) => getters.map((g) => g(f));
}

/** Whether statements hold a `try` or `with` (not counting nested functions and classes). */
function cleansUp(body: ir.Stmt[]): boolean {
  for (const s of body) {
    switch (s.type) {
      case 'Try':
      case 'With':
        return true;
      case 'If':
      case 'While':
      case 'For':
        if (cleansUp(s.body) || cleansUp(s.orelse)) return true;
        break;
      case 'Match':
        if (s.cases.some((c) => cleansUp(c.body))) return true;
        break;
    }
  }
  return false;
}
