/**
 * operator's functions and getters natively, as CPython's `_operator` is C. operator.py keeps
 * every function and class; here the binary operator functions (add, lt, ...) become the
 * operator itself with C's argument errors, and the `__call__` of itemgetter, attrgetter and
 * methodcaller reads the state their `__init__` set, handing over to the Python method when an
 * instance lacks it. Nothing is counted for the CPU-time model: like the operator they apply,
 * these count as part of the call that runs them.
 */
import {
  PyClass,
  PyList,
  PyNativeFunction,
  PyNativeMethod,
  PyObject,
  PyTuple,
  PyDict,
  classesChanged,
  pyError,
  type KwArgs,
  type PyValue,
} from '../runtime/core';
import { binop, call, callMethod, compare, getattr, getitem } from '../runtime/ops';

const ARITHMETIC: [string, string][] = [
  ['add', '+'],
  ['sub', '-'],
  ['mul', '*'],
  ['truediv', '/'],
  ['floordiv', '//'],
  ['mod', '%'],
  ['pow', '**'],
  ['lshift', '<<'],
  ['rshift', '>>'],
  ['and_', '&'],
  ['or_', '|'],
  ['xor', '^'],
  ['matmul', '@'],
];
const COMPARISONS: [string, string][] = [
  ['lt', '<'],
  ['le', '<='],
  ['eq', '=='],
  ['ne', '!='],
  ['gt', '>'],
  ['ge', '>='],
];

/** Makes the built-in `f` (operator.NAME) apply `op` to its two arguments, with C's messages for others. */
function binary(f: PyNativeFunction, apply: (a: PyValue, b: PyValue) => PyValue): void {
  f.direct = null;
  f.fn = (args, kw) => {
    if (kw !== null && kw.size > 0) throw pyError('TypeError', `_operator.${f.name}() takes no keyword arguments`);
    if (args.length !== 2) throw pyError('TypeError', `${f.name} expected 2 arguments, got ${args.length}`);
    return apply(args[0], args[1]);
  };
}

/** Replaces `cls.__call__` by `fast` (one positional argument, as C's), which returns undefined to hand over. */
function installCall(cls: PyClass, fast: (self: PyObject, obj: PyValue) => PyValue | undefined): void {
  const python = cls.dict!.get('__call__')!;
  const m = new PyNativeMethod(
    '__call__',
    (self, args, kw) => {
      if (kw !== null && kw.size > 0) throw pyError('TypeError', `${cls.name}() takes no keyword arguments`);
      if (args.length !== 1) throw pyError('TypeError', `${cls.name} expected 1 argument, got ${args.length}`);
      const r = self instanceof PyObject ? fast(self, args[0]) : undefined;
      return r !== undefined ? r : callMethod(python, self, args, kw);
    },
    cls,
  );
  m.slotWrapper = true;
  cls.dict!.set('__call__', m);
}

/** A dict of str keys as call keywords (null when empty). */
export function keywordArgs(d: PyDict): KwArgs {
  if (d.map.size === 0) return null;
  const out = new Map<string, PyValue>();
  for (const e of d.map.values()) out.set(e.key as string, e.value);
  return out;
}

export function installOperatorNatives(ns: Map<string, PyValue>): void {
  const fn = (name: string): PyNativeFunction | null => {
    const f = ns.get(name);
    return f instanceof PyNativeFunction ? f : null;
  };
  for (const [name, op] of ARITHMETIC) {
    const f = fn(name);
    if (f !== null) binary(f, (a, b) => binop(op, a, b));
  }
  for (const [name, op] of COMPARISONS) {
    const f = fn(name);
    if (f !== null) binary(f, (a, b) => compare(op, a, b));
  }

  const itemgetter = ns.get('itemgetter');
  if (itemgetter instanceof PyClass)
    installCall(itemgetter, (self, obj) => {
      const items = self.dict?.get('_items');
      if (!(items instanceof PyTuple)) return undefined;
      const keys = items.items;
      if (keys.length === 1) return getitem(obj, keys[0]);
      return new PyTuple(keys.map((k) => getitem(obj, k)));
    });

  const attrgetter = ns.get('attrgetter');
  if (attrgetter instanceof PyClass)
    installCall(attrgetter, (self, obj) => {
      const paths = self.dict?.get('_paths');
      if (!(paths instanceof PyList)) return undefined;
      const follow = (path: PyValue): PyValue => {
        let o = obj;
        for (const name of (path as PyList).items) o = getattr(o, name as string);
        return o;
      };
      if (paths.items.length === 1) return follow(paths.items[0]);
      return new PyTuple(paths.items.map(follow));
    });

  const methodcaller = ns.get('methodcaller');
  if (methodcaller instanceof PyClass)
    installCall(methodcaller, (self, obj) => {
      const name = self.dict?.get('_name');
      const args = self.dict?.get('_args');
      const kwargs = self.dict?.get('_kwargs');
      if (typeof name !== 'string' || !(args instanceof PyTuple) || !(kwargs instanceof PyDict)) return undefined;
      return call(getattr(obj, name), args.items, keywordArgs(kwargs));
    });
  classesChanged();
}
