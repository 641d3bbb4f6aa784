/** `def`: decorators and defaults where the def is, annotations and the function object in its (generic) scope. */
import type * as ir from '../../ir/types';
import { run as currentRun } from '../../runtime/run';
import { PyDict, type PyValue } from '../../runtime/core';
import { call, setitem } from '../../runtime/ops';
import { type Frame, NORMAL, type Code } from '../frame';
import type { Scope } from '../scope';
import { PyFunction, type ParamInfo, type SyncBody, type GenBody } from '../function';
import type { X, S, CompileContext } from './context';
import { storeName } from './names';
import {
  NO_KWDEFAULTS,
  NO_VALUES,
  closureLoader,
  compileParams,
  fixParamSlots,
  functionBody,
  takeClassCell,
} from './functions';
import { compileAnnotationScope } from './type-params';
import { type AnnotationEntry, annotateCode, makeAnnotate } from '../annotate';

export function compileFunctionDef(cx: CompileContext, s: ir.FunctionDef): S {
  const make = makeFunction(cx, s);
  const store = storeName(cx, s.name);
  return (f) => {
    store(f, make(f));
    return NORMAL;
  };
}

/** Returns a closure that creates the function object (evaluating defaults and decorators). */
function makeFunction(cx: CompileContext, s: ir.FunctionDef): X {
  const kind: Code['kind'] = s.isAsync
    ? s.isGenerator
      ? 'asyncgen'
      : 'coroutine'
    : s.isGenerator
      ? 'generator'
      : 'function';
  const { code, body, genBody, sc } = functionBody(cx, s, s.pyName ?? s.name, kind, s.span.line);
  // Decorators and defaults are evaluated where the def is, before a generic def's annotation scope.
  const { info, defaults, kwdefaults } = compileParams(cx, s.params, sc);
  fixParamSlots(info, s.params, sc);
  code.params = info;
  const decos = s.decorators.map((d) => cx.expr(d));
  // Each decorator's call is located at the decorator (caret lines, compile/positions.ts).
  const decoAt = s.decorators.map((d) => (cx.positions ? d.span : null));
  const inClassBody = cx.scope.kind === 'class';
  const at = cx.positions ? (s.defSpan ?? null) : null;
  const label = `<generic parameters of ${s.pyName ?? s.name}>`;
  const [typeScope, create] = s.typeParams
    ? compileAnnotationScope(cx, s.typeParams, label, s.span.line, () => creator(cx, s, code, info, sc, body, genBody))
    : [null, creator(cx, s, code, info, sc, body, genBody)];
  return (f) => {
    const decoVals = decos.length === 0 ? NO_VALUES : decos.map((d) => d(f));
    const defaultVals = defaults.length === 0 ? NO_VALUES : defaults.map((d) => d(f));
    const kwVals = kwdefaults.length === 0 ? NO_KWDEFAULTS : new Map(kwdefaults.map(([n, d]) => [n, d(f)]));
    let fn0: PyFunction;
    if (typeScope === null) fn0 = create(f, defaultVals, kwVals);
    else {
      f.pos = at;
      fn0 = typeScope.run(f, (af, typeParams) => {
        const made = create(af, defaultVals, kwVals);
        made.typeParams = typeParams;
        return made;
      }) as PyFunction;
    }
    takeClassCell(f, fn0, inClassBody);
    let fn: PyValue = fn0;
    for (let i = decoVals.length - 1; i >= 0; i--) {
      f.pos = decoAt[i];
      fn = call(decoVals[i], [fn], null);
    }
    return fn;
  };
}

/** The function object's making, in the frame that evaluates its annotations (a generic def's annotation scope). */
function creator(
  cx: CompileContext,
  s: ir.FunctionDef,
  code: Code,
  info: ParamInfo,
  sc: Scope,
  body: SyncBody | null,
  genBody: GenBody | null,
): (f: Frame, defaults: readonly PyValue[], kwdefaults: ReadonlyMap<string, PyValue>) => PyFunction {
  const closure = closureLoader(cx, sc);
  // Annotations are evaluated when the def runs, after the defaults (CPython 3.13); from 3.14
  // (PEP 649) by the function's __annotate__, when asked for.
  const p = s.params;
  const annotated: AnnotationEntry[] = [
    ...p.posonly,
    ...p.args,
    ...(p.vararg ? [p.vararg] : []),
    ...p.kwonly,
    ...(p.kwarg ? [p.kwarg] : []),
  ]
    .filter((a) => a.annotation)
    .map((a, index) => {
      const node = a.annotation!;
      return { name: a.name, value: cx.annotation(node), node, index };
    });
  if (s.returns)
    annotated.push({
      name: 'return',
      value: cx.annotation(s.returns),
      node: s.returns,
      index: annotated.length,
    });
  // Under `from __future__ import annotations` 3.14's __annotate__ still exists, answering the strings.
  const lazy = currentRun.minor >= 14;
  const annotateAt = lazy ? annotateCode(cx.qualPrefix, s.span.line, cx.scope, cx.user, cx.file) : null;
  const defining = cx.scope;
  const entries = () => annotated;
  return (f, defaults, kwdefaults) => {
    const fn0 = new PyFunction(code, info, defaults, kwdefaults, closure(f), f.globals, body, genBody);
    if (annotated.length) {
      if (annotateAt !== null) fn0.annotate = makeAnnotate(annotateAt, f, defining, entries);
      else {
        const d = new PyDict();
        for (const a of annotated) setitem(d, a.name, a.value(f));
        fn0.annotations = d;
      }
    }
    return fn0;
  };
}
