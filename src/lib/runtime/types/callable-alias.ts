/**
 * `collections.abc.Callable[[int, str], float]`: CPython's collections.abc._CallableGenericAlias, a
 * types.GenericAlias whose `__args__` are the parameter types spread out and then the result,
 * `(int, str, float)`, and whose repr puts the parameters back in brackets. `Callable[..., T]` and
 * `Callable[P, T]` (a ParamSpec or typing.Concatenate) keep their two arguments.
 */
import {
  Ellipsis,
  PyClass,
  PyClassMethod,
  PyList,
  PyNativeMethod,
  PyTuple,
  builtinClass,
  pyError,
  typeClass,
  typeOf,
  type PyValue,
} from '../core';
import { getattrOpt, repr, str } from '../ops';
import { PyGenericAlias, genericAliasClass, substitute } from './generic-alias';

const callableAliasClass = builtinClass('_CallableGenericAlias', genericAliasClass);
callableAliasClass.module = 'collections.abc';
callableAliasClass.nativeDunders = true;

/** `...`, a list, a typing.ParamSpec or a typing.Concatenate: what may stand for the parameters. */
function isParamExpr(v: PyValue): boolean {
  if (v === Ellipsis || v instanceof PyList) return true;
  const t = typeOf(v);
  if (t.module !== 'typing') return false;
  if (t.name === 'ParamSpec' || t.name === '_ConcatenateGenericAlias') return true;
  // The simulator's typing spells Concatenate[...] as a plain typing._GenericAlias.
  const origin = t.name === '_GenericAlias' ? getattrOpt(v, '__origin__') : undefined;
  return origin !== undefined && repr(origin) === 'typing.Concatenate';
}

function build(origin: PyValue, item: PyValue): PyGenericAlias {
  if (!(item instanceof PyTuple) || item.items.length !== 2)
    throw pyError('TypeError', 'Callable must be used as Callable[[arg, ...], result].');
  const [params, result] = item.items;
  let args = item.items;
  if (params instanceof PyTuple || params instanceof PyList) args = [...params.items, result];
  else if (!isParamExpr(params))
    throw pyError('TypeError', `Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got ${str(params)}`);
  return new PyGenericAlias(origin, new PyTuple(args), false, callableAliasClass);
}

/** How the parameters' and the result's types are spelled inside the brackets. */
function typeRepr(v: PyValue): string {
  if (v instanceof PyClass) return v.module === 'builtins' ? v.qualname : `${v.module}.${v.qualname}`;
  if (v === Ellipsis) return '...';
  const t = typeOf(v);
  if (t.name === 'function' && t.module === 'builtins') return str(repr(v)).replace(/^<function (\S+).*$/s, '$1');
  return repr(v);
}

function self(v: PyValue): PyGenericAlias {
  if (!(v instanceof PyGenericAlias) || v.cls !== callableAliasClass)
    throw pyError('TypeError', "descriptor requires a 'collections.abc._CallableGenericAlias' object");
  return v;
}

const baseRepr = genericAliasClass.dict!.get('__repr__') as PyNativeMethod;

const methods: Record<string, (ga: PyGenericAlias, args: PyValue[]) => PyValue> = {
  __repr__: (ga) => {
    const a = ga.args;
    if (a.length === 2 && isParamExpr(a[0])) return baseRepr.fn(ga, [], null);
    return `collections.abc.Callable[[${a.slice(0, -1).map(typeRepr).join(', ')}], ${typeRepr(a[a.length - 1])}]`;
  },
  __reduce__: (ga) => {
    const a = ga.args;
    const args = a.length === 2 && isParamExpr(a[0]) ? a : [new PyList(a.slice(0, -1)), a[a.length - 1]];
    return new PyTuple([callableAliasClass, new PyTuple([ga.origin, new PyTuple(args)])]);
  },
  // Substituting type variables gives another Callable alias, its parameters bracketed again
  // unless a ParamSpec was replaced by a list of them.
  __getitem__: (ga, [key]) => {
    const replaced = substitute(ga, key instanceof PyTuple ? key : new PyTuple([key])).args;
    const first = replaced[0];
    const item =
      first instanceof PyTuple || first instanceof PyList
        ? replaced
        : [new PyTuple(replaced.slice(0, -1)), replaced[replaced.length - 1]];
    return build(ga.origin, new PyTuple(item));
  },
};
for (const [name, fn] of Object.entries(methods))
  callableAliasClass.dict!.set(name, new PyNativeMethod(name, (s, args) => fn(self(s), args), callableAliasClass));

/** collections.abc.Callable's `__class_getitem__`. */
export const callableClassGetItem = new PyClassMethod(
  new PyNativeMethod('__class_getitem__', (cls, [item]) => build(cls, item), typeClass),
);
