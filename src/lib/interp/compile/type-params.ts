/**
 * PEP 695's annotation scopes (3.12): a generic def, class or `type` alias runs in a hidden
 * function of its own, `<generic parameters of NAME>`, whose locals are the type parameters (a
 * TypeVar, TypeVarTuple or ParamSpec made afresh each time the statement runs, with its bound,
 * constraints and default as functions evaluated when first asked for). The def's defaults and
 * decorators stay outside; its annotations, a class's bases and body are inside. The scope adds
 * no `<locals>` to the qualified names made in it.
 */
import type * as ir from '../../ir/types';
import { PyTuple, type PyValue } from '../../runtime/core';
import { call } from '../../runtime/ops';
import { importModule } from '../state';
import { PyFunction } from '../function';
import { type Frame, NORMAL, RETURN, type Code } from '../frame';
import type { CompileContext, S } from './context';
import { storeName } from './names';
import { closureLoader, compileLazy } from './functions';

export interface AnnotationScope {
  /** Calls the scope from `f`: its type parameters are made, then `inner` runs in its frame. */
  run(f: Frame, inner: (af: Frame, typeParams: PyTuple) => PyValue): PyValue;
}

const NO_PARAMS = { names: [], posonly: 0, positional: 0, kwonly: 0, varargSlot: -1, kwargSlot: -1 };

/** A helper of the simulated `typing` (stdlib/py/typing.py), which holds the type parameters' classes. */
export function typingHelper(name: string): PyValue {
  return importModule('typing').dict!.get(name)!;
}

/** Compiles the annotation scope of `params` around what `compile` compiles (in the scope). */
export function compileAnnotationScope<T>(
  cx: CompileContext,
  params: ir.TypeParam[],
  label: string,
  line: number,
  compile: () => T,
): [AnnotationScope, T] {
  const sc = cx.scopes.get(params)!;
  const code: Code = {
    name: label,
    qualname: cx.qualPrefix + label,
    user: cx.user,
    file: cx.file,
    firstLine: line,
    scope: sc,
    kind: 'function',
    nlocals: sc.slots.size,
    cellSlots: [...sc.cells].map((n) => sc.slots.get(n)!),
    params: NO_PARAMS,
  };
  const saved = { scope: cx.scope, code: cx.code };
  cx.scope = sc;
  cx.code = code;
  let makers: ((af: Frame) => PyValue)[];
  let inner: T;
  try {
    makers = params.map((tp) => typeParamMaker(cx, tp));
    inner = compile();
  } finally {
    cx.scope = saved.scope;
    cx.code = saved.code;
  }
  const closure = closureLoader(cx, sc);
  const scope: AnnotationScope = {
    run(f, body) {
      const fn = new PyFunction(
        code,
        NO_PARAMS,
        [],
        new Map(),
        closure(f),
        f.globals,
        (af) => {
          const made = makers.map((m) => m(af));
          af.retval = body(af, new PyTuple(made));
          return RETURN;
        },
        null,
      );
      return call(fn, [], null);
    },
  };
  return [scope, inner];
}

/** Makes one type parameter in the annotation scope's frame and binds its name there. */
function typeParamMaker(cx: CompileContext, tp: ir.TypeParam): (af: Frame) => PyValue {
  const store = storeName(cx, tp.name);
  const bound = tp.bound ? compileLazy(cx, tp.bound, tp.bound, tp.name) : null;
  const dflt = tp.default ? compileLazy(cx, tp.default, tp.default, tp.name) : null;
  // `T: (int, str)` written as a tuple display gives constraints, anything else a bound.
  const constraints = tp.bound?.type === 'Tuple';
  return (af) => {
    const made = call(
      typingHelper('_type_param'),
      [tp.kind, tp.name, bound ? bound(af) : null, constraints, dflt ? dflt(af) : null],
      null,
    );
    store(af, made);
    return made;
  };
}

/** `type Alias[T] = value`: a TypeAliasType, its value a function called when first asked for. */
export function compileTypeAlias(cx: CompileContext, s: ir.TypeAlias): S {
  const store = storeName(cx, s.name);
  const make = (af: Frame, typeParams: PyTuple | null, value: (f: Frame) => PyFunction): PyValue =>
    call(
      typingHelper('_type_alias'),
      [s.pyName, value(af), typeParams ?? new PyTuple([]), af.globals.get('__name__') ?? null],
      null,
    );
  if (!s.typeParams) {
    const value = compileLazy(cx, s, s.value, s.pyName);
    return (f) => {
      store(f, make(f, null, value));
      return NORMAL;
    };
  }
  const [typeScope, value] = compileAnnotationScope(
    cx,
    s.typeParams,
    `<generic parameters of ${s.pyName}>`,
    s.span.line,
    () => compileLazy(cx, s, s.value, s.pyName),
  );
  return (f) => {
    f.pos = null;
    store(
      f,
      typeScope.run(f, (af, typeParams) => make(af, typeParams, value)),
    );
    return NORMAL;
  };
}
