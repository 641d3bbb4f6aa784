/**
 * `list[int]`, `dict[str, int]`, `tuple[int, ...]`: CPython's types.GenericAlias, an object that
 * remembers the class and its arguments (`__origin__`, `__args__`, `__parameters__`), prints as
 * written, compares and hashes by both, calls its class, and passes every other attribute on to it.
 */
import {
  Ellipsis,
  NotImplemented,
  PyClass,
  PyClassMethod,
  PyNativeMethod,
  PyList,
  PyObject,
  PyTuple,
  builtinClass,
  dictClass,
  frozensetClass,
  listClass,
  pyError,
  setClass,
  tupleClass,
  typeClass,
  typeOf,
  type KwArgs,
  type PyValue,
} from '../core';
import { call, eq, getIter, getattrOpt, hashKey, hooks, repr, setattr, truthy, type PyIterator } from '../ops';
import { run } from '../run';
import { PyUnion, typeUnion } from './union';
import { dequeClass } from './deque';
import { mappingProxyClass } from './mappingproxy';
import { makeIterator } from './iterator';

export const genericAliasClass = builtinClass('GenericAlias');
genericAliasClass.module = 'types';
genericAliasClass.nativeDunders = true;

/** Names read from the alias itself; CPython's ga_getattro hands every other one to the origin. */
const OWN_ATTRS = new Set([
  '__class__',
  '__bases__',
  '__origin__',
  '__args__',
  '__unpacked__',
  '__parameters__',
  '__typing_unpacked_tuple_args__',
  '__mro_entries__',
  '__reduce_ex__',
  '__reduce__',
  '__copy__',
  '__deepcopy__',
]);

export class PyGenericAlias extends PyObject {
  readonly attrHookFirst = true;
  /** isinstance() and issubclass() refuse it (ga_instancecheck, ga_subclasscheck). */
  readonly parameterizedGeneric = true;
  /** A `X | Y` may hold it (`list[int] | None`). */
  readonly unionMember = true;
  readonly args: PyValue[];
  constructor(
    public readonly origin: PyValue,
    args: PyValue,
    /** `*tuple[int, ...]`: what iterating an alias gives (PEP 646). */
    readonly unpacked = false,
    /** collections.abc.Callable's aliases are of a subclass (callable-alias.ts). */
    cls: PyClass = genericAliasClass,
  ) {
    super(cls);
    this.args = args instanceof PyTuple ? args.items : [args];
  }
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    switch (name) {
      case '__origin__':
        return this.origin;
      case '__args__':
        return new PyTuple(this.args);
      case '__parameters__':
        return new PyTuple(parameters(this.args));
      case '__unpacked__':
        return this.unpacked;
      case '__typing_unpacked_tuple_args__':
        return this.unpacked && this.origin === tupleClass ? new PyTuple(this.args) : null;
      case '__class__':
        return this.cls;
    }
    if (OWN_ATTRS.has(name)) return undefined;
    return getattrOpt(this.origin, name);
  }
  /** Iterating an alias gives its unpacked form once: `[*tuple[int, ...]]`, `*args: *tuple[int, ...]`. */
  pyIter(): PyIterator {
    return getIter(new PyTuple([new PyGenericAlias(this.origin, new PyTuple(this.args), true)]));
  }
  /** Equal aliases are one dict key: the origin's key and the arguments' keys. */
  structuralKey(): string {
    return hashKeyText(new PyTuple([this.origin, new PyTuple(this.args), this.unpacked]));
  }
  callHook(args: PyValue[], kw: KwArgs): PyValue {
    const result = call(this.origin, args, kw);
    // CPython sets __orig_class__ when the instance takes attributes, and ignores failures.
    try {
      setattr(result, '__orig_class__', this);
    } catch {
      /* a list has no __dict__: no __orig_class__ */
    }
    return result;
  }
}

function hashKeyText(t: PyTuple): string {
  const k = hashKey(t);
  return typeof k === 'string' ? 'ga' + k : 'ga' + String(k);
}

/** Type variables: objects with CPython's substitution hook, or typing's TypeVar/ParamSpec here. */
function isTypeParam(v: PyValue): boolean {
  if (v instanceof PyClass) return false;
  const t = typeOf(v);
  return (
    t.lookup('__typing_subst__') !== undefined ||
    (t.module === 'typing' && (t.name === 'TypeVar' || t.name === 'ParamSpec' || t.name === 'TypeVarTuple'))
  );
}

/** The type variables among the arguments, nested ones included, each once, in order. */
function parameters(args: PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  const add = (p: PyValue) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of args) {
    if (isTypeParam(a)) add(a);
    else if (a instanceof PyGenericAlias) parameters(a.args).forEach(add);
    else if (a instanceof PyUnion) parameters(a.args).forEach(add);
    else if (!(a instanceof PyClass)) {
      // typing's own forms (`Unpack[Ts]`, `List[T]`) answer their __parameters__.
      const sub = getattrOpt(a, '__parameters__');
      if (sub instanceof PyTuple) sub.items.forEach(add);
    }
  }
  return out;
}

/** `*Ts` (typing's `Unpack[Ts]`): its TypeVarTuple, whose arguments it stands for when substituted. */
function unpackedTypeVarTuple(a: PyValue): PyValue | null {
  if (a instanceof PyClass || !truthy(getattrOpt(a, '__typing_is_unpacked_typevartuple__') ?? false)) return null;
  const args = getattrOpt(a, '__args__');
  return args instanceof PyTuple ? args.items[0] : null;
}

/**
 * ga_repr's spelling of one argument: `...`, builtins by name, classes as module.qualname. From
 * 3.12 a list argument (Callable's parameters) spells its items the same way; before, only
 * collections.abc.Callable's own alias class did.
 */
function argRepr(a: PyValue, listsToo = run.minor >= 12): string {
  if (a === Ellipsis) return '...';
  if (a instanceof PyGenericAlias) return a.cls === genericAliasClass ? aliasRepr(a) : repr(a);
  if (a instanceof PyClass) return a.module === 'builtins' ? a.qualname : `${a.module}.${a.qualname}`;
  if (a instanceof PyList && listsToo) return `[${a.items.map((x) => argRepr(x)).join(', ')}]`;
  return repr(a);
}

function aliasRepr(ga: PyGenericAlias): string {
  const head = (ga.unpacked ? '*' : '') + argRepr(ga.origin);
  if (ga.args.length === 0) return `${head}[()]`;
  const callable =
    ga.origin instanceof PyClass && ga.origin.module === 'collections.abc' && ga.origin.name === 'Callable';
  return `${head}[${ga.args.map((a) => argRepr(a, callable || run.minor >= 12)).join(', ')}]`;
}

function self(v: PyValue): PyGenericAlias {
  if (!(v instanceof PyGenericAlias)) throw pyError('TypeError', 'descriptor requires a types.GenericAlias object');
  return v;
}

function method(name: string, fn: (ga: PyGenericAlias, args: PyValue[]) => PyValue): void {
  genericAliasClass.dict!.set(name, new PyNativeMethod(name, (s, args) => fn(self(s), args), genericAliasClass));
}

method('__repr__', (ga) => aliasRepr(ga));
const sameAlias = (a: PyGenericAlias, b: PyGenericAlias): boolean =>
  a.unpacked === b.unpacked && eq(a.origin, b.origin) && eq(new PyTuple(a.args), new PyTuple(b.args));
method('__eq__', (ga, [other]) => (other instanceof PyGenericAlias ? sameAlias(ga, other) : NotImplemented));
method('__ne__', (ga, [other]) => (other instanceof PyGenericAlias ? !sameAlias(ga, other) : NotImplemented));
method('__iter__', (ga) => makeIterator(ga.pyIter(), 'generic_alias_iterator'));
method('__or__', (ga, [other]) => typeUnion(ga, other) ?? NotImplemented);
method('__ror__', (ga, [other]) => typeUnion(other, ga) ?? NotImplemented);
method('__mro_entries__', (ga) => new PyTuple([ga.origin]));
method('__getitem__', (ga, [key]) => substitute(ga, key));

/** `alias[key]`: the alias with its type variables replaced by the arguments given. */
export function substitute(ga: PyGenericAlias, key: PyValue): PyGenericAlias {
  const params = parameters(ga.args);
  if (params.length === 0) throw pyError('TypeError', `${repr(ga)} is not a generic class`);
  let given = key instanceof PyTuple ? key.items : [key];
  for (const p of params) {
    // A TypeVarTuple takes the arguments the other parameters leave, as one tuple (PEP 646).
    const prepare = getattrOpt(p, '__typing_prepare_subst__');
    if (prepare === undefined) continue;
    const prepared = call(prepare, [ga, new PyTuple(given)], null);
    if (prepared instanceof PyTuple) given = prepared.items;
  }
  if (given.length !== params.length) {
    const few = given.length < params.length;
    // 3.13's type parameter defaults (PEP 696) make too few arguments "at least" the rest.
    const expected = few && run.minor >= 13 ? `at least ${params.length}` : `${params.length}`;
    throw pyError(
      'TypeError',
      `Too ${few ? 'few' : 'many'} arguments for ${repr(ga)}; actual ${given.length}, expected ${expected}`,
    );
  }
  const substAll = (args: PyValue[]): PyValue[] =>
    args.flatMap((a) => {
      const tvt = unpackedTypeVarTuple(a);
      const bound = tvt === null ? undefined : given[params.indexOf(tvt)];
      return bound instanceof PyTuple ? bound.items : [subst(a)];
    });
  const subst = (a: PyValue): PyValue => {
    const i = params.indexOf(a);
    if (i >= 0) return given[i];
    if (a instanceof PyGenericAlias) return new PyGenericAlias(a.origin, new PyTuple(substAll(a.args)));
    return a;
  };
  return new PyGenericAlias(ga.origin, new PyTuple(substAll(ga.args)));
}

// types.GenericAlias(origin, args) builds one directly.
genericAliasClass.slots.call = (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', 'GenericAlias() takes no keyword arguments');
  if (args.length !== 2) throw pyError('TypeError', `GenericAlias expected 2 arguments, got ${args.length}`);
  return new PyGenericAlias(args[0], args[1]);
};

/** `cls[key]` for the classes CPython gives `__class_getitem__`: a generic alias of that class. */
const classGetItem = new PyClassMethod(
  new PyNativeMethod('__class_getitem__', (cls, [key]) => new PyGenericAlias(cls, key), typeClass),
);
for (const cls of [listClass, dictClass, tupleClass, setClass, frozensetClass, dequeClass, mappingProxyClass])
  cls.dict!.set('__class_getitem__', classGetItem);

/**
 * Classes the simulator writes natively or in its Python library that CPython makes generic
 * (their `__class_getitem__`), by `module.qualname` here; subclasses inherit it.
 */
const GENERIC_CLASSES = new Set([
  'builtins.enumerate',
  'builtins.BaseExceptionGroup',
  '_asyncio.Future',
  'asyncio.queues.Queue',
  '_contextvars.ContextVar',
  '_contextvars.Token',
  'queue.Queue',
  'queue.SimpleQueue',
  'functools.partial',
  'itertools.chain',
  'weakref.ref',
  'concurrent.futures._base.Future',
]);

hooks.classGetItem = (cls: PyClass, key: PyValue): PyValue => {
  if (cls === typeClass) return new PyGenericAlias(cls, key);
  // memoryview[int] from 3.14.
  if (cls.module === 'builtins' && cls.name === 'memoryview' && run.minor >= 14) return new PyGenericAlias(cls, key);
  for (const c of cls.mro)
    if (GENERIC_CLASSES.has(`${c.module}.${c.qualname}`) || GENERIC_CLASSES.has(`${c.module}.${c.name}`))
      return new PyGenericAlias(cls, key);
  throw pyError('TypeError', `type '${cls.tpName ?? cls.name}' is not subscriptable`);
};
