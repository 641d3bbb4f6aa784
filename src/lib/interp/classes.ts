/**
 * User classes: class creation, instantiation (`__new__`/`__init__`), super(), descriptors
 * (property, staticmethod, classmethod), and the exception classes' Python-visible surface.
 */
import { initUnicodeError } from '../runtime/unicode-error-init';
import { run } from '../runtime/run';
import { builtinFunctionDoc, builtinMethodDoc, libraryDoc } from '../runtime/builtin-docs';
import { frameStack } from './drops';
import { importModule, interpreter } from './state';
import { finalTypeName } from '../runtime/final-types';
import { bestBase } from '../runtime/type-layout';
import {
  PyObject,
  PyClass,
  PyList,
  PyTuple,
  PyDict,
  PySet,
  PyExceptionObject,
  PyNativeFunction,
  PyNativeMethod,
  PyProperty,
  PyStaticMethod,
  PyClassMethod,
  PyBoundMethod,
  methodClass,
  functionClass,
  NotImplemented,
  objectClass,
  typeClass,
  superClass,
  propertyClass,
  staticmethodClass,
  classmethodClass,
  baseExceptionClass,
  listClass,
  dictClass,
  setClass,
  tupleClass,
  frozensetClass,
  intClass,
  floatClass,
  strClass,
  PyBoxed,
  PyBytes,
  PyComplex,
  native,
  defMethod,
  pyError,
  typeOf,
  typeName,
  getExcClass,
  type PyValue,
  type KwArgs,
} from '../runtime/core';
import { defNativeMethod } from '../runtime/native';
import { objectHash, pythonHash } from '../runtime/hash';
import {
  call,
  callMethod,
  truthy,
  getattrOpt,
  genericGetattrOpt,
  repr,
  builtinRepr,
  objectRepr,
  setInstantiate,
  attributeError,
  genericDelattr,
  genericSetattr,
  iterToArray,
  excStr,
  str,
  strKey,
} from '../runtime/ops';
import { PyFunctionBase } from '../runtime/callable';
import { isCallable } from '../runtime/builtins';
import { PyFunction } from './function';
import { tracebackOf, setTraceback } from './frame-objects';
import { errnoSubclass, osErrorArgs, osErrorFields } from '../runtime/oserror';
import { keywordFields, takeKeywordFields } from './exception-fields';
import { checkObjectNewSafe, installBuiltinNew } from './builtin-new';
import { applySlots, slotNames, slotValues } from './slots';
import { addInstanceSlotDescriptors } from './instance-dict';
import { dictFromMap } from '../runtime/types/dict';
import { programSubclasses } from '../runtime/class-bases';
import { ShapedDict } from '../runtime/shaped-dict';
import { builtinClassMethod } from '../runtime/types/descriptor-types';

/**
 * Create a class from a class statement (`prepared`: the namespace its metaclass's __prepare__
 * made), or from type(name, bases, ns) (`byType`: type is the metaclass given).
 */
export function buildClass(
  name: string,
  qualname: string,
  bases: PyValue[],
  ns: Map<string, PyValue>,
  kw: Map<string, PyValue>,
  prepared: PyDict | null = null,
  byType = false,
): PyClass {
  bases = resolveBases(bases, ns);
  const meta = metaclassOf(byType ? typeClass : kw.get('metaclass'), bases);
  // A base that is not a class makes its type the metaclass, called as one (`class A(5)` calls
  // int('A', bases, ns), whose error CPython reports); type itself refuses it.
  if (meta === typeClass)
    for (const b of bases) if (!(b instanceof PyClass)) throw pyError('TypeError', `bases must be types`);
  if (meta !== typeClass) {
    const rest = kw.size ? new Map([...kw].filter(([k]) => k !== 'metaclass')) : null;
    ns.set('__qualname__', qualname);
    const r = call(meta, [name, new PyTuple(bases), dictOf(ns, prepared)], rest?.size ? rest : null);
    if (!(r instanceof PyClass)) throw pyError('TypeError', 'metaclass must return a class');
    return r;
  }
  return makeClass(typeClass, name, qualname, bases as PyClass[], ns, kw);
}

/**
 * PEP 560: a base that is not a class (`Generic[T]`, `Protocol[K]`, `C[int]`) stands for what its
 * `__mro_entries__(bases)` returns; the class then keeps the bases as written in `__orig_bases__`.
 */
function resolveBases(bases: PyValue[], ns: Map<string, PyValue>): PyValue[] {
  if (bases.every((b) => b instanceof PyClass)) return bases;
  const written = new PyTuple(bases);
  const out: PyValue[] = [];
  let changed = false;
  for (const b of bases) {
    // Looked up as an attribute, as CPython does: a function can carry one (typing.NamedTuple).
    const entries = b instanceof PyClass ? undefined : getattrOpt(b, '__mro_entries__');
    if (entries === undefined) {
      out.push(b);
      continue;
    }
    const r = call(entries, [written], null);
    if (!(r instanceof PyTuple)) throw pyError('TypeError', '__mro_entries__ must return a tuple');
    out.push(...r.items);
    changed = true;
  }
  if (changed && !ns.has('__orig_bases__')) ns.set('__orig_bases__', written);
  return out;
}

/**
 * The metaclass a class statement uses: the given one or its bases' types (the first base's, when
 * none is given), the most derived of them.
 */
function metaclassOf(given: PyValue | undefined, bases: PyValue[]): PyValue {
  if (given !== undefined && !(given instanceof PyClass)) return given;
  let winner = (given as PyClass | undefined) ?? (bases.length > 0 ? typeOf(bases[0]) : typeClass);
  for (const b of bases) {
    const m = typeOf(b);
    if (winner.isSubclassOf(m)) continue;
    if (m.isSubclassOf(winner)) winner = m;
    else
      throw pyError(
        'TypeError',
        'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
      );
  }
  return winner;
}

/** A class body's value's `__set_name__` (a Python object's of a class not built in), if it has one. */
function setNameOf(v: PyValue): PyValue | undefined {
  return v instanceof PyObject && !v.cls.isBuiltin ? v.cls.lookup('__set_name__') : undefined;
}

/** `type.__new__(meta, name, bases, ns)`: the class, its descriptors told their names, its parent's hook run. */
function makeClass(
  meta: PyClass,
  name: string,
  qualname: string,
  bases: PyClass[],
  ns: Map<string, PyValue>,
  kw: Map<string, PyValue> | null,
): PyClass {
  const q = ns.get('__qualname__');
  if (typeof q === 'string') {
    qualname = q;
    ns.delete('__qualname__');
  }
  for (const b of bases) {
    const final = finalTypeName(b);
    if (final !== null) throw pyError('TypeError', `type '${final}' is not an acceptable base type`);
  }
  // The bases' instance layouts must nest (CPython's best_base).
  if (bases.length > 1) bestBase(bases);
  const slots = slotNames(name, ns);
  // A class that defines __eq__ but not __hash__ is unhashable: type.__new__ sets __hash__ to None.
  if (ns.has('__eq__') && !ns.has('__hash__')) ns.set('__hash__', null);
  // type.__new__ makes these two hooks class methods when the body defines them as plain functions.
  for (const hook of ['__init_subclass__', '__class_getitem__']) {
    const f = ns.get(hook);
    if (f instanceof PyFunction) ns.set(hook, new PyClassMethod(f));
  }
  // ...and `__new__` a static method (it receives the class explicitly).
  const newFn = ns.get('__new__');
  if (newFn instanceof PyFunction) ns.set('__new__', new PyStaticMethod(newFn));
  // type(name, bases, ns) without a `__module__` gets the calling frame's module's name.
  if (!ns.has('__module__')) ns.set('__module__', callerModuleName());
  const cls = new PyClass(name, bases.length ? bases : [objectClass], ns, meta);
  cls.qualname = qualname;
  if (slots !== null) applySlots(cls, slots);
  addInstanceSlotDescriptors(cls);
  // A class without a docstring documents None (type.__new__ adds it last).
  if (!ns.has('__doc__')) ns.set('__doc__', null);
  const mod = ns.get('__module__');
  cls.module = typeof mod === 'string' ? mod : '__main__';
  for (const v of ns.values()) claim(v, cls);
  // __set_name__ of each value that has one, over a copy of the namespace (CPython's
  // type_new_set_names: the calls may change it). The copy is made only when some value has one:
  // most classes have none, and every run makes asyncio's classes again.
  for (const v of ns.values()) {
    if (setNameOf(v) === undefined) continue;
    for (const [k, w] of [...ns]) {
      const setName = setNameOf(w);
      if (setName !== undefined) callMethod(setName, w, [cls, k]);
    }
    break;
  }
  let initSub: PyValue | undefined;
  for (const c of cls.mro.slice(1)) {
    initSub = c.dict!.get('__init_subclass__');
    if (initSub !== undefined) break;
  }
  if (initSub !== undefined) {
    const fn = initSub instanceof PyClassMethod ? initSub.func : initSub;
    const rest = kw?.size ? new Map([...kw].filter(([k]) => k !== 'metaclass')) : null;
    call(fn, [cls], rest?.size ? rest : null);
  }
  return cls;
}

/** The `__name__` of the module whose code is running (the innermost frame's globals), '__main__' without one. */
function callerModuleName(): string {
  const frames = run.get(frameStack);
  for (let i = frames.length - 1; i >= 0; i--) {
    const name = frames[i]?.globals.get('__name__');
    if (frames[i] !== null) return typeof name === 'string' ? name : '__main__';
  }
  return '__main__';
}

/**
 * A function in a new class's namespace gets its `__class__` cell unless it has one: a class made
 * again from another's namespace (dataclass(slots=True)) leaves its functions' cells on the first
 * class, as CPython's cell is filled once, by the class statement.
 */
function claim(v: PyValue, cls: PyClass, from: PyClass | null = null): void {
  if (v instanceof PyFunction) {
    if (v.ownerClass === from) v.ownerClass = cls;
  } else if (v instanceof PyStaticMethod || v instanceof PyClassMethod) claim(v.func, cls, from);
  else if (v instanceof PyProperty) {
    claim(v.fget, cls, from);
    claim(v.fset, cls, from);
    claim(v.fdel, cls, from);
  }
}

/**
 * The functions of `cls`'s namespace whose `__class__` cell holds `old` now hold `cls` (3.14's
 * dataclasses repoint the cell of a class they made again).
 */
export function moveClassCell(old: PyClass, cls: PyClass): void {
  for (let v of cls.dict!.values()) {
    // A decorated function: the one it wraps (inspect.unwrap).
    for (let i = 0; i < 100 && v instanceof PyObject && v.dict?.has('__wrapped__'); i++) v = v.dict.get('__wrapped__')!;
    claim(v, cls, old);
  }
}

function dictOf(m: Map<string, PyValue>, into: PyDict | null = null): PyDict {
  const d = into ?? new PyDict();
  d.map.clear();
  for (const [k, v] of m) d.map.set(strKey(k), { key: k, value: v });
  return d;
}

/**
 * A class statement's namespace from its metaclass's `__prepare__(name, bases, **kw)`, called
 * before the body runs as CPython calls it; null when the metaclass is `type` or has none. The
 * body runs in a plain namespace, so a mapping that would see its stores (a dict subclass with
 * its own __setitem__, or any other mapping) is refused as not simulated.
 */
export function prepareNamespace(name: string, bases: PyValue[], kw: Map<string, PyValue>): PyDict | null {
  const given = kw.get('metaclass');
  const classes = bases.filter((b): b is PyClass => b instanceof PyClass);
  if (given === undefined && classes.every((b) => b.cls === typeClass)) return null;
  const meta = metaclassOf(given, classes);
  if (meta === typeClass) return null;
  if (meta instanceof PyClass && meta.lookup('__prepare__') === typePrepare) return null;
  const prepare = getattrOpt(meta, '__prepare__');
  if (prepare === undefined) return null;
  const rest = kw.size ? new Map([...kw].filter(([k]) => k !== 'metaclass')) : null;
  const ns = call(prepare, [name, new PyTuple(bases)], rest?.size ? rest : null);
  const metaName = meta instanceof PyClass ? meta.name : typeName(meta);
  if (!(ns instanceof PyDict)) {
    if (getattrOpt(ns, '__getitem__') === undefined)
      throw pyError('TypeError', `${metaName}.__prepare__() must return a mapping, not ${typeName(ns)}`);
    throw pyError(
      'NotSimulatedError',
      `a class namespace that is not a dict (${metaName}.__prepare__ returned a ${typeName(ns)}) is not simulated in Loopline`,
    );
  }
  const own =
    ns.cls === dictClass
      ? undefined
      : ['__setitem__', '__getitem__', '__delitem__', '__missing__'].find(
          (m) => ns.cls.lookup(m) !== dictClass.lookup(m),
        );
  if (own !== undefined)
    throw pyError(
      'NotSimulatedError',
      `a class namespace whose class defines ${own} (${metaName}.__prepare__ returned a ${typeName(ns)}) is not simulated in Loopline`,
    );
  return ns;
}

/** The builtin class whose instance layout a user class inherits (bytearray, a class of its own kind, has one too). */
function solidBase(cls: PyClass): PyClass {
  for (const c of cls.mro) if ((c.isBuiltin || c.slots.alloc !== undefined) && c !== objectClass) return c;
  return objectClass;
}

function allocate(cls: PyClass): PyObject {
  // An instance whose death shows (a library class's __del__, which did not set it when defined).
  if (cls.finalizes) run.lifetimesSeen = true;
  const o = allocateLayout(cls);
  if (cls.noDict) o.dict = null;
  return o;
}

function allocateLayout(cls: PyClass): PyObject {
  const base = solidBase(cls);
  if (base.slots.alloc) return base.slots.alloc(cls);
  if (base.isSubclassOf(baseExceptionClass)) return new PyExceptionObject(cls);
  if (base === listClass) return new PyList([], cls);
  if (base === dictClass) return new PyDict(cls);
  if (base === setClass || base === frozensetClass) return new PySet(cls);
  if (base === tupleClass) return new PyTuple([], cls);
  return new PyObject(cls, new ShapedDict());
}

function instantiate(cls: PyClass, args: PyValue[], kw: KwArgs): PyValue {
  if (cls === osErrorClass) cls = getExcClass(errnoSubclass(args) ?? 'OSError');
  if (cls.abstractMethods && cls.abstractMethods.length) {
    const many = cls.abstractMethods.length > 1 ? 's' : '';
    // 3.12 reworded the message and quoted the names.
    throw pyError(
      'TypeError',
      run.minor >= 12
        ? `Can't instantiate abstract class ${cls.name} without an implementation for abstract method${many} ${cls.abstractMethods.map((m) => `'${m}'`).join(', ')}`
        : `Can't instantiate abstract class ${cls.name} with abstract method${many} ${cls.abstractMethods.join(', ')}`,
    );
  }
  const newFn = cls.lookup('__new__');
  let obj: PyValue;
  if (newFn !== undefined && !(newFn instanceof PyNativeMethod)) {
    const f = newFn instanceof PyStaticMethod ? newFn.func : newFn;
    obj = call(f, [cls, ...args], kw);
    if (!(obj instanceof PyObject) || !obj.cls.isSubclassOf(cls)) return obj;
  } else {
    const base = solidBase(cls);
    if (
      base !== objectClass &&
      !base.isSubclassOf(baseExceptionClass) &&
      base.slots.call &&
      !base.slots.alloc &&
      cls.lookup('__init__') instanceof PyNativeMethod
    ) {
      // A subclass of a builtin container without its own __init__: build with the builtin, then adopt.
      const built = base.slots.call(base, args, kw);
      if (built instanceof PyBytes || built instanceof PyComplex) {
        // Immutable values with no subclass layout of their own: the value itself, made the subclass's.
        built.cls = cls;
        built.dict = cls.noDict ? null : new Map();
        return built;
      }
      const o = allocate(cls);
      if (o instanceof PyList || o instanceof PyTuple) o.items = (built as PyList).items;
      else if (o instanceof PyDict) o.map = (built as PyDict).map;
      else if (o instanceof PySet) o.map = (built as PySet).map;
      return o;
    }
    obj = allocate(cls);
    // BaseException.__new__ keeps the positional arguments as args, so a subclass whose own __init__
    // never calls super().__init__ still has them; OSError's __new__ leaves them to such an __init__.
    if (obj instanceof PyExceptionObject && !cls.isSubclassOf(osErrorClass)) obj.args = args.slice();
    // A subclass of an exception group is made as BaseExceptionGroup.__new__ makes one: its message and exceptions.
    if (obj instanceof PyExceptionObject && cls.isSubclassOf(getExcClass('BaseExceptionGroup'))) {
      const g = makeGroupFrom(cls, args);
      obj.groupMessage = g.groupMessage;
      obj.exceptions = g.exceptions;
      obj.args = g.args;
    }
  }
  // The __init__ of the object's own class: a __new__ may return an instance of a subclass.
  const init = (obj instanceof PyObject ? obj.cls : cls).lookup('__init__');
  if (init === undefined) return obj;
  // CPython enters a Python __init__ through a C slot that counts as a level of its own, so a class
  // that makes another of itself in __init__ reaches about half the depth of plain recursion.
  const python = !(init instanceof PyNativeMethod);
  if (python && ++run.depth > run.limits.recursion) {
    run.depth--;
    throw pyError('RecursionError', 'maximum recursion depth exceeded');
  }
  let r: PyValue;
  try {
    r = callMethod(init, obj, args, kw);
  } finally {
    if (python) run.depth--;
  }
  if (r !== null) throw pyError('TypeError', `__init__() should return None, not '${typeName(r)}'`);
  return obj;
}
const osErrorClass = getExcClass('OSError');
setInstantiate(instantiate);
installBuiltinNew(allocate);

// `int.__new__(cls, x)` and friends: the builtin value, boxed when cls is a subclass.
for (const base of [intClass, floatClass, strClass]) {
  const newFn = native('__new__', (args, kw) => {
    const cls = args[0];
    if (!(cls instanceof PyClass))
      throw pyError('TypeError', `${base.name}.__new__(X): X is not a type object (${typeName(cls ?? null)})`);
    if (!cls.isSubclassOf(base))
      throw pyError('TypeError', `${base.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${base.name}`);
    const v = base.slots.call!(base, args.slice(1), kw) as bigint | number | string;
    return cls === base ? v : new PyBoxed(cls, v);
  });
  base.dict!.set('__new__', new PyStaticMethod(newFn));
  // `str.__repr__(self)` in a subclass's own __repr__ is the value's repr, not a recursion.
  defMethod(base, '__repr__', (self) => repr(self));
  defMethod(base, '__str__', (self) => str(self));
  // The value's hash, found before a later base's __hash__ (an IntEnum member hashes as its int).
  defMethod(base, '__hash__', (self) => pythonHash(self));
}

declare module '../runtime/core' {
  interface PyClass {
    abstractMethods?: string[];
  }
}

export function instantiateException(cls: PyClass): PyExceptionObject {
  const e = call(cls, [], null);
  if (!(e instanceof PyExceptionObject)) throw pyError('TypeError', 'exceptions must derive from BaseException');
  return e;
}

// ------------------------------------------------------------------ object

defMethod(objectClass, '__init__', (self, args, kw) => {
  if (args.length || (kw && kw.size)) {
    const cls = typeOf(self);
    if (cls.lookup('__new__') instanceof PyNativeMethod || cls.lookup('__new__') === undefined)
      throw pyError('TypeError', `${cls.name}() takes no arguments`);
  }
  return null;
});
// Called explicitly (`super().__repr__()` in a class's own `__repr__`), these must not dispatch back to it.
defMethod(objectClass, '__repr__', (self) => (self instanceof PyObject ? objectRepr(self) : repr(self)));
defMethod(objectClass, '__str__', (self) => repr(self));
for (const cls of [listClass, tupleClass, dictClass, setClass, frozensetClass, baseExceptionClass])
  defMethod(cls, '__repr__', (self) => builtinRepr(self as PyObject));
// The end of every `super().__init_subclass__(**kw)` chain: keywords nobody consumed are an error.
objectClass.dict!.set(
  '__init_subclass__',
  builtinClassMethod(
    objectClass,
    native('__init_subclass__', (args, kw) => {
      if (kw?.size) {
        const owner = args[0] instanceof PyClass ? args[0].qualname : 'object';
        throw pyError('TypeError', `${owner}.__init_subclass__() takes no keyword arguments`);
      }
      return null;
    }),
  ),
);
defMethod(objectClass, '__eq__', (self, args) => (self === args[0] ? true : NotImplemented));
// By identity, whatever the class says (`__hash__ = object.__hash__` keeps a class defining __eq__ hashable).
defMethod(objectClass, '__hash__', (self) => objectHash(self));
// object.__ne__ inverts the type's own __eq__ (so `[1].__ne__([2])` is True).
defMethod(objectClass, '__ne__', (self, args) => {
  const r = callMethod(typeOf(self).lookup('__eq__')!, self, [args[0]]);
  return r === NotImplemented ? r : !truthy(r);
});
// The instance's state for copy and pickle: its __dict__ (None when empty), paired with its slots'
// values when it has any.
defNativeMethod(objectClass, '__getstate__', '()', (self) => {
  const d =
    self instanceof PyObject && self.dict !== null && self.dict.size > 0 ? dictFromMap(new Map(self.dict)) : null;
  const slots = self instanceof PyObject ? slotValues(self) : new Map<string, PyValue>();
  return slots.size === 0 ? d : new PyTuple([d, dictFromMap(slots)]);
});
// object.__format__: str(self) for an empty spec, else CPython's TypeError (pyFormat knows it as object's own).
defNativeMethod(objectClass, '__format__', '(format_spec, /)', (self, [spec]) => {
  if (typeof spec !== 'string') throw pyError('TypeError', `__format__() argument must be str, not ${typeName(spec)}`);
  if (spec !== '') throw pyError('TypeError', `unsupported format string passed to ${typeName(self)}.__format__`);
  return str(self);
});
// The default hook every ABC check may ask: no opinion.
objectClass.dict!.set(
  '__subclasshook__',
  builtinClassMethod(
    objectClass,
    native('__subclasshook__', () => NotImplemented),
  ),
);
// object.__reduce_ex__(protocol) and object.__reduce__(): pickle's default reduction (a class's
// own __reduce__ first; copyreg._reconstructor below protocol 2, copyreg.__newobj__ from 2), so a
// class's __reduce_ex__ may build on super()'s.
defMethod(objectClass, '__reduce_ex__', (self, args) =>
  call(importModule('pickle').dict!.get('_object_reduce_ex')!, [self, args[0] ?? 0n], null),
);
defMethod(objectClass, '__reduce__', (self) =>
  call(importModule('pickle').dict!.get('_default_reduce')!, [self, 0n], null),
);
// What dir() lists on every object and Loopline does not compute: there to be found (getattr,
// inspect.getmembers), refused when called.
for (const name of ['__dir__', '__sizeof__'])
  defMethod(objectClass, name, () => {
    throw pyError('NotSimulatedError', `object.${name}() is not simulated in Loopline`);
  });
// The orderings object leaves to the other operand.
for (const name of ['__lt__', '__le__', '__gt__', '__ge__']) defMethod(objectClass, name, () => NotImplemented);
defMethod(objectClass, '__new__', (self, args, kw) => {
  // object.__new__(cls): called through the class, the first argument arrives as `self`.
  const cls = self instanceof PyClass ? self : args[0];
  if (!(cls instanceof PyClass)) throw pyError('TypeError', 'object.__new__(X): X is not a type object');
  checkObjectNewSafe(cls);
  // Extra arguments are an error unless only __init__ was overridden (CPython's excess_args rule).
  if ((self instanceof PyClass ? args.length : args.length > 1) || (kw && kw.size)) {
    if (!(cls.lookup('__new__') instanceof PyNativeMethod))
      throw pyError('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
    const init = cls.lookup('__init__');
    if (init instanceof PyNativeMethod && init.owner === objectClass)
      throw pyError('TypeError', `${cls.name}() takes no arguments`);
  }
  return allocate(cls);
});
/**
 * object's __setattr__/__delattr__ refuse a class: its metatype's own slot (type's) must run, and
 * CPython's check names the metatype ("can't apply this __setattr__ to type object").
 */
function notOnAClass(self: PyValue, what: string): void {
  if (self instanceof PyClass) throw pyError('TypeError', `can't apply this ${what} to ${typeName(self)} object`);
}
defMethod(objectClass, '__setattr__', (self, args) => {
  notOnAClass(self, '__setattr__');
  genericSetattr(self, args[0] as string, args[1]);
  return null;
});
defMethod(objectClass, '__delattr__', (self, args) => {
  notOnAClass(self, '__delattr__');
  genericDelattr(self, args[0] as string);
  return null;
});
defMethod(objectClass, '__getattribute__', (self, args) => {
  const v = genericGetattrOpt(self, args[0] as string, false);
  if (v === undefined) throw attributeError(self, args[0] as string);
  return v;
});
// object's slot wrappers (repr'd `<slot wrapper '__lt__' of 'object' objects>`).
for (const name of [
  '__init__',
  '__repr__',
  '__str__',
  '__eq__',
  '__ne__',
  '__hash__',
  '__lt__',
  '__le__',
  '__gt__',
  '__ge__',
  '__setattr__',
  '__delattr__',
  '__getattribute__',
])
  (objectClass.dict!.get(name) as PyNativeMethod).slotWrapper = true;
objectClass.slots.call = (cls, args, kw) => {
  if (cls === objectClass) {
    if (args.length || (kw && kw.size)) throw pyError('TypeError', 'object() takes no arguments');
    return new PyObject(objectClass);
  }
  return instantiate(cls, args, kw);
};

// ------------------------------------------------------------------ type

/** How CPython names an argument's type in "argument N must be X, not Y": None as `None`. */
const badArg = (v: PyValue): string => (v === null ? 'None' : typeName(v));

typeClass.slots.call = (cls, args, kw) => {
  if (cls !== typeClass) return instantiate(cls, args, kw);
  if (args.length === 1) return typeOf(args[0]);
  if (args.length === 3) {
    const [name, bases, ns] = args;
    if (typeof name !== 'string')
      throw pyError('TypeError', `type.__new__() argument 1 must be str, not ${badArg(name)}`);
    if (!(bases instanceof PyTuple))
      throw pyError('TypeError', `type.__new__() argument 2 must be tuple, not ${badArg(bases)}`);
    if (!(ns instanceof PyDict))
      throw pyError('TypeError', `type.__new__() argument 3 must be dict, not ${badArg(ns)}`);
    const m = new Map<string, PyValue>();
    for (const e of ns.map.values()) m.set(e.key as string, e.value);
    return buildClass(name, name, bases.items, m, kw ?? new Map(), null, true);
  }
  throw pyError('TypeError', 'type() takes 1 or 3 arguments');
};
// A metaclass's `super().__new__(meta, name, bases, ns)`, `super().__init__(...)` and `super().__call__(...)`.
typeClass.dict!.set(
  '__new__',
  new PyStaticMethod(
    native('__new__', (args, kw) => {
      const [meta, name, bases, ns] = args;
      if (!(meta instanceof PyClass) || !meta.isSubclassOf(typeClass))
        throw pyError('TypeError', `type.__new__(X): X is not a type object (${typeName(meta ?? null)})`);
      if (args.length !== 4) throw pyError('TypeError', 'type.__new__() takes exactly 3 arguments');
      if (typeof name !== 'string')
        throw pyError('TypeError', `type.__new__() argument 1 must be str, not ${badArg(name)}`);
      if (!(bases instanceof PyTuple))
        throw pyError('TypeError', `type.__new__() argument 2 must be tuple, not ${badArg(bases)}`);
      if (!(ns instanceof PyDict))
        throw pyError('TypeError', `type.__new__() argument 3 must be dict, not ${badArg(ns)}`);
      for (const b of bases.items) if (!(b instanceof PyClass)) throw pyError('TypeError', `bases must be types`);
      const m = new Map<string, PyValue>();
      for (const e of ns.map.values()) m.set(e.key as string, e.value);
      return makeClass(meta, name, name, bases.items as PyClass[], m, kw);
    }),
  ),
);
// type's own __setattr__/__delattr__ (what a metaclass's super().__setattr__ reaches; the call
// checks that `self` is a class).
defMethod(typeClass, '__setattr__', (self, args) => {
  genericSetattr(self, args[0] as string, args[1]);
  return null;
});
defMethod(typeClass, '__delattr__', (self, args) => {
  genericDelattr(self, args[0] as string);
  return null;
});
defMethod(typeClass, '__init__', () => null);
defMethod(typeClass, '__call__', (self, args, kw) => instantiate(self as PyClass, args, kw));
defMethod(typeClass, 'mro', (self) => new PyList((self as PyClass).mro));
defMethod(typeClass, '__subclasses__', (self) => new PyList(programSubclasses(self as PyClass)));
// type.__prepare__(name, bases, **kw): a fresh empty dict, whatever it is given; a metaclass's own
// __prepare__ often starts from it through super().
const typePrepare = builtinClassMethod(typeClass, new PyNativeMethod('__prepare__', () => new PyDict(), typeClass));
typeClass.dict!.set('__prepare__', typePrepare);
// type's own checks, which a metaclass's override calls through super(): the MRO, no hooks.
defMethod(typeClass, '__instancecheck__', (self, [obj]) => typeOf(obj).mro.includes(self as PyClass));
defMethod(typeClass, '__subclasscheck__', (self, [sub]) => {
  if (!(sub instanceof PyClass)) throw pyError('TypeError', 'issubclass() arg 1 must be a class');
  return sub.mro.includes(self as PyClass);
});

// ------------------------------------------------------------------ bound methods

const methodProto = PyBoundMethod.prototype as unknown as {
  getAttr(o: PyObject, name: string): PyValue | undefined;
};
// `__func__` and `__self__`; any other attribute is the function's, as CPython's method objects read it.
methodProto.getAttr = function (this: PyBoundMethod, _o: PyObject, name: string): PyValue | undefined {
  const f = this.func;
  // A built-in method bound has its `__self__` but no `__func__` (it is not a `method` object).
  if (name === '__func__') return f instanceof PyNativeMethod || f instanceof PyNativeFunction ? undefined : f;
  if (name === '__self__') return this.self;
  // A built-in method's names (`[].append.__name__`; threading names a thread after its target).
  if (f instanceof PyNativeMethod && name === '__name__') return f.name;
  // A method bound to an object has no module: `[].append.__module__` is None.
  if (f instanceof PyNativeMethod && name === '__module__') return null;
  if (f instanceof PyNativeMethod && name === '__qualname__') return `${f.owner.name}.${f.name}`;
  // A native class method bound to its class (datetime.datetime.now) is named and documented by it.
  const cls = f instanceof PyNativeFunction && this.self instanceof PyClass ? this.self : null;
  if (cls !== null && name === '__qualname__') return `${cls.qualname}.${(f as PyNativeFunction).name}`;
  if (cls !== null && name === '__doc__' && cls.module !== 'builtins')
    return libraryDoc(`${cls.module}.${cls.qualname}.${(f as PyNativeFunction).name}`);
  if (name === '__class__' || this.cls.lookup(name) !== undefined) return undefined;
  return getattrOpt(this.func, name);
};

/**
 * `__doc__` (0) or `__text_signature__` (1) of a built-in method bound to its object (`'x'.upper`,
 * `dict.fromkeys`): the method's own in the built-in type that defines it; undefined if none is recorded.
 */
function boundNativeDoc(f: PyNativeFunction, which: 0 | 1): string | null | undefined {
  if (f.self === undefined) return undefined;
  const cls = f.self instanceof PyClass ? f.self : typeOf(f.self);
  for (const c of cls.mro) {
    if (c.module !== 'builtins') continue;
    const doc = builtinMethodDoc(c.name, f.name, which);
    if (doc !== undefined) return doc;
  }
  return undefined;
}

/** How CPython names a library module's native function, or a native method of a library class. */
function nativeKey(f: PyNativeFunction): string {
  if (f.self === undefined) return `${f.module ?? 'builtins'}.${f.name}`;
  const cls = f.self instanceof PyClass ? f.self : typeOf(f.self);
  return `${cls.module}.${cls.qualname}.${f.name}`;
}

// The names built-in functions and methods carry: `print.__name__`, `[].append.__qualname__` ('list.append').
(PyNativeFunction.prototype as unknown as { getAttr: (o: PyObject, name: string) => PyValue | undefined }).getAttr =
  function (this: PyNativeFunction, _o, name) {
    if (name === '__name__') return this.name;
    if (name === '__qualname__') return this.self === undefined ? this.name : `${typeName(this.self)}.${this.name}`;
    if (name === '__self__')
      return this.self ?? (this.module ? (run.get(interpreter).modules.get(this.module) ?? null) : null);
    if (name === '__module__') return this.self === undefined && this.module ? this.module : null;
    // The built-in functions' docstrings and signatures are CPython's own (runtime/builtin-docs.ts).
    // open is io's (its module '_io', or 'io' in 3.11) but documented among the built-ins.
    const ioOpen = this.name === 'open' && (this.module === '_io' || this.module === 'io');
    const builtin = this.self === undefined && (this.module === 'builtins' || ioOpen);
    if (name === '__doc__') {
      const doc = builtin ? builtinFunctionDoc(this.name, 0) : boundNativeDoc(this, 0);
      return doc !== undefined ? doc : libraryDoc(nativeKey(this));
    }
    if (name === '__text_signature__') return builtin ? builtinFunctionDoc(this.name, 1) : boundNativeDoc(this, 1);
    return undefined;
  };
(PyNativeMethod.prototype as unknown as { getAttr: (o: PyObject, name: string) => PyValue | undefined }).getAttr =
  function (this: PyNativeMethod, _o, name) {
    if (name === '__name__') return this.name;
    if (name === '__qualname__') return `${this.owner.qualname}.${this.name}`;
    if (name === '__objclass__') return this.owner;
    // A built-in type's methods have CPython's docstrings and signatures (runtime/builtin-docs.ts).
    const builtin = this.owner.module === 'builtins';
    if (name === '__doc__')
      return builtin
        ? (builtinMethodDoc(this.owner.name, this.name, 0) ?? null)
        : libraryDoc(`${this.owner.module}.${this.owner.qualname}.${this.name}`);
    if (name === '__text_signature__' && builtin) return builtinMethodDoc(this.owner.name, this.name, 1);
    return undefined;
  };

// ------------------------------------------------------------------ super

class PySuper extends PyObject {
  readonly attrHookFirst = true;
  constructor(
    public start: PyClass,
    public self: PyValue,
  ) {
    super(superClass);
  }
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    // super(C, cls) in a classmethod or __new__ walks cls's MRO; otherwise (an instance, or a class
    // as the instance of a metaclass) the MRO of the object's type.
    const ofClass = this.self instanceof PyClass && this.self.isSubclassOf(this.start);
    const selfType = ofClass ? (this.self as PyClass) : typeOf(this.self);
    const mro = selfType.mro;
    const i = mro.indexOf(this.start);
    for (let j = i + 1; j < mro.length; j++) {
      const v = mro[j].dict!.get(name);
      if (v === undefined) continue;
      if (v instanceof PyFunctionBase || v instanceof PyNativeMethod) {
        if (ofClass) return v;
        return boundNative(v, this.self);
      }
      if (v instanceof PyClassMethod) return boundNative(v.func, selfType);
      if (v instanceof PyStaticMethod) return v.func;
      if (v instanceof PyProperty) return call(v.fget, [this.self], null);
      return v;
    }
    // Not found along the MRO: the super object's own members.
    if (name === '__thisclass__') return this.start;
    if (name === '__self__') return this.self;
    if (name === '__self_class__') return selfType;
    return undefined;
  }
}

function boundNative(f: PyValue, self: PyValue): PyValue {
  return new PyBoundMethod(f, self);
}

// super(C, obj) needs obj to be an instance of C or a subclass of it: otherwise there is no place of C
// in an MRO to start after (a frozen slots dataclass's own __setattr__ meets this, as in CPython).
function checkedSuper(cls: PyClass, self: PyValue): PySuper {
  const ok = (self instanceof PyClass && self.isSubclassOf(cls)) || typeOf(self).isSubclassOf(cls);
  if (!ok) {
    const what = self instanceof PyClass ? `type ${self.name}` : `instance of ${typeName(self)}`;
    throw pyError(
      'TypeError',
      run.minor >= 13
        ? `super(type, obj): obj (${what}) is not an instance or subtype of type (${cls.name}).`
        : 'super(type, obj): obj must be an instance or subtype of type',
    );
  }
  return new PySuper(cls, self);
}

export function makeSuper(cls: PyClass, self: PyValue): PyValue {
  return checkedSuper(cls, self);
}

superClass.slots.call = (_cls, args) => {
  if (args.length === 2 && args[0] instanceof PyClass) return checkedSuper(args[0], args[1]);
  // Called outside a function (or by another name): no frame argument to take.
  if (args.length === 0) throw pyError('RuntimeError', 'super(): no arguments');
  if (!(args[0] instanceof PyClass))
    throw pyError('TypeError', `super() argument 1 must be a type, not ${typeName(args[0])}`);
  throw pyError('RuntimeError', 'super(): __class__ cell not found');
};
defMethod(
  superClass,
  '__repr__',
  (self) => `<super: <class '${(self as PySuper).start.name}'>, <${typeName((self as PySuper).self)} object>>`,
);

// ------------------------------------------------------------------ descriptors

propertyClass.slots.call = (_cls, args, kw) => {
  const g = (i: number, n: string) => (kw?.get(n) ?? args[i] ?? null) as PyValue;
  return new PyProperty(g(0, 'fget'), g(1, 'fset'), g(2, 'fdel'), g(3, 'doc'));
};
defMethod(propertyClass, 'setter', (self, args) => {
  const p = self as PyProperty;
  return new PyProperty(p.fget, args[0], p.fdel, p.doc);
});
defMethod(propertyClass, 'getter', (self, args) => {
  const p = self as PyProperty;
  return new PyProperty(args[0], p.fset, p.fdel, p.doc);
});
defMethod(propertyClass, 'deleter', (self, args) => {
  const p = self as PyProperty;
  return new PyProperty(p.fget, p.fset, args[0], p.doc);
});
// The descriptor protocol spelled out, for code that calls it by hand (`prop.__get__(obj)`).
defMethod(propertyClass, '__get__', (self, args) =>
  args[0] === null ? self : call((self as PyProperty).fget, [args[0]], null),
);
defMethod(propertyClass, '__set__', (self, args) => call((self as PyProperty).fset, [args[0], args[1]], null));
defMethod(propertyClass, '__delete__', (self, args) => call((self as PyProperty).fdel, [args[0]], null));
// `fget`, `fset`, `fdel` and `__doc__` (the getter's docstring unless one was given).
(PyProperty.prototype as unknown as { getAttr: (o: PyObject, name: string) => PyValue | undefined }).getAttr =
  function (this: PyProperty, _o, name) {
    if (name === 'fget') return this.fget;
    if (name === 'fset') return this.fset;
    if (name === 'fdel') return this.fdel;
    if (name === '__doc__') return this.doc ?? (this.fget === null ? null : (getattrOpt(this.fget, '__doc__') ?? null));
    // Abstract when any of its three functions is (so abc counts an abstract setter too).
    if (name === '__isabstractmethod__')
      return [this.fget, this.fset, this.fdel].some((fn) => fn !== null && truthy(getattrOpt(fn, name) ?? false));
    return undefined;
  };
// A function, staticmethod and classmethod bind by hand as attribute lookup binds them
// (`f.__get__(obj)` is the bound method; a decorator class's own __get__ often forwards to it).
defMethod(functionClass, '__get__', (self, args) => {
  const [obj, owner] = args;
  if ((obj ?? null) === null && (owner ?? null) === null) throw pyError('TypeError', '__get__(None, None) is invalid');
  return (obj ?? null) === null ? self : new PyBoundMethod(self, obj);
});
// What staticmethod and classmethod show of the function they wrap (3.10 on): `__func__`, `__wrapped__`,
// `__isabstractmethod__` (so an abstract static method counts), and the names and docstring it carries.
const WRAPPED_NAMES = new Set(['__name__', '__qualname__', '__doc__', '__module__', '__annotations__']);
for (const proto of [PyStaticMethod.prototype, PyClassMethod.prototype])
  (proto as unknown as { getAttr: (o: PyObject, name: string) => PyValue | undefined }).getAttr = function (
    this: PyStaticMethod | PyClassMethod,
    _o,
    name,
  ) {
    if (name === '__func__' || name === '__wrapped__') return this.func;
    if (name === '__isabstractmethod__') return truthy(getattrOpt(this.func, name) ?? false);
    if (WRAPPED_NAMES.has(name)) return getattrOpt(this.func, name);
    return undefined;
  };
defMethod(staticmethodClass, '__get__', (self) => (self as PyStaticMethod).func);
// CPython's reprs name the wrapped callable: `<staticmethod(<function K.s at 0x...>)>`.
defMethod(staticmethodClass, '__repr__', (self) => `<staticmethod(${repr((self as PyStaticMethod).func)})>`);
defMethod(classmethodClass, '__repr__', (self) => `<classmethod(${repr((self as PyClassMethod).func)})>`);
defMethod(classmethodClass, '__get__', (self, args) => {
  const [obj, owner] = args;
  return new PyBoundMethod((self as PyClassMethod).func, (owner ?? null) === null ? typeOf(obj) : owner);
});
staticmethodClass.slots.call = (_c, args) => new PyStaticMethod(args[0]);
classmethodClass.slots.call = (_c, args) => new PyClassMethod(args[0]);
// types.MethodType(func, obj): any callable bound to an object.
methodClass.slots.call = (_c, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', 'method() takes no keyword arguments');
  if (args.length !== 2) throw pyError('TypeError', `method expected 2 arguments, got ${args.length}`);
  const [func, self] = args;
  if (!isCallable(func)) throw pyError('TypeError', 'first argument must be callable');
  if (self === null) throw pyError('TypeError', 'instance must not be None');
  return new PyBoundMethod(func, self);
};

// ------------------------------------------------------------------ exceptions

defMethod(baseExceptionClass, '__init__', (self, args, kw) => {
  const e = self as PyExceptionObject;
  if (kw !== null && kw.size > 0) takeKeywordFields(e, kw);
  initUnicodeError(e, args);
  if (!e.exceptions) e.args = args;
  return null;
});
defMethod(baseExceptionClass, '__str__', (self) => excStr(self as PyExceptionObject));
defNativeMethod(baseExceptionClass, 'with_traceback', '(tb, /)', (self, [tb]) => {
  setTraceback(self as PyExceptionObject, tb);
  return self;
});
defNativeMethod(baseExceptionClass, 'add_note', '(note, /)', (self, [note]) => {
  const e = self as PyExceptionObject;
  if (typeof note !== 'string')
    throw pyError(
      'TypeError',
      // 3.14 words it as other argument errors do
      run.minor >= 14
        ? `add_note() argument must be str, not ${badArg(note)}`
        : `note must be a str, not '${typeName(note)}'`,
    );
  (e.notes ??= []).push(note);
  return null;
});

const excProto = PyExceptionObject.prototype as unknown as {
  getAttr(o: PyObject, name: string): PyValue | undefined;
};
excProto.getAttr = function (this: PyExceptionObject, _o: PyObject, name: string): PyValue | undefined {
  switch (name) {
    case 'args':
      return new PyTuple(osErrorArgs(this));
    case 'errno':
    case 'strerror':
    case 'filename':
    case 'filename2':
      return osErrorFields(this)?.[name];
    case '__cause__':
      return this.cause;
    case '__context__':
      return this.context;
    case '__suppress_context__':
      return this.suppressContext;
    case '__traceback__':
      return tracebackOf(this);
    case '__notes__':
      return this.notes ? new PyList(this.notes) : undefined;
    case 'exceptions':
      return this.exceptions ? new PyTuple(this.exceptions) : undefined;
    case 'message':
      return this.groupMessage ?? undefined;
    case 'value':
      if (this.cls.name === 'StopIteration') return this.args[0] ?? null;
      return undefined;
    case 'name':
    case 'obj':
    case 'path':
    case 'name_from':
      // Set by whoever raised it (the attribute lookup, the import), else None.
      return keywordFields(this.cls).includes(name) ? null : undefined;
    case 'code':
      // SystemExit.code: None, the one argument, or the arguments' tuple (Objects/exceptions.c SystemExit_init).
      if (!this.cls.mro.some((c) => c.isBuiltin && c.name === 'SystemExit')) return undefined;
      return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : new PyTuple(this.args);
  }
  return undefined;
};

/** BaseExceptionGroup(message, exceptions) called on `cls` (its split and derive: interp/group-split.ts). */
export function makeGroupFrom(cls: PyClass, args: PyValue[]): PyExceptionObject {
  if (args.length !== 2)
    throw pyError('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, excs] = args;
  if (typeof msg !== 'string') throw pyError('TypeError', `argument 1 must be str, not ${typeName(msg)}`);
  const items = iterToArray(excs);
  if (items.length === 0) throw pyError('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  for (const x of items)
    if (!(x instanceof PyExceptionObject))
      throw pyError('ValueError', `Item 0 of second argument (exceptions) is not an exception`);
  const excObjs = items as PyExceptionObject[];
  let c = cls;
  if (c === getExcClass('BaseExceptionGroup') && excObjs.every((e) => e.cls.isSubclassOf(getExcClass('Exception'))))
    c = getExcClass('ExceptionGroup');
  if (
    c.isSubclassOf(getExcClass('ExceptionGroup')) &&
    !excObjs.every((e) => e.cls.isSubclassOf(getExcClass('Exception')))
  )
    // A subclass is named (Objects/exceptions.c BaseExceptionGroup_new).
    throw pyError(
      'TypeError',
      `Cannot nest BaseExceptions in ${c === getExcClass('ExceptionGroup') ? 'an ExceptionGroup' : `'${c.name}'`}`,
    );
  const g = new PyExceptionObject(c);
  g.groupMessage = msg;
  g.exceptions = excObjs;
  // args keep the very sequence given (a group's repr shows it, as BaseException's repr does).
  g.args = [msg, excs];
  return g;
}
for (const name of ['BaseExceptionGroup', 'ExceptionGroup']) {
  const gc = getExcClass(name);
  gc.slots.call = (cls, args) => makeGroupFrom(cls, args);
}
export const classBuiltins = (): [string, PyValue][] => [
  ['type', typeClass],
  ['object', objectClass],
  ['super', superClass],
  ['property', propertyClass],
  ['staticmethod', staticmethodClass],
  ['classmethod', classmethodClass],
];
