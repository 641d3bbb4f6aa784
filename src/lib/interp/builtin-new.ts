/**
 * The `__new__` of the builtin containers and of BaseException, so that a subclass's
 * `super().__new__(cls, ...)` reaches them as in CPython (`tuple.__new__(cls, iterable)` makes the
 * tuple; `list.__new__(cls)` an empty list for `__init__` to fill; `BaseException.__new__` keeps its
 * arguments as `args`), and `object.__new__(list)` can be refused as CPython refuses it.
 * (int, float and str have theirs in classes.ts; bytes makes its value here, bytearray an empty one.)
 */
import {
  PyClass,
  PyTuple,
  PySet,
  PyExceptionObject,
  PyNativeMethod,
  PyStaticMethod,
  tupleClass,
  frozensetClass,
  listClass,
  dictClass,
  setClass,
  baseExceptionClass,
  bytesClass,
  objectClass,
  PyBytes,
  defMethod,
  native,
  pyError,
  typeName,
  type PyObject,
  type PyValue,
} from '../runtime/core';
import { PyFunctionBase } from '../runtime/callable';
import { dequeClass } from '../runtime/types/deque';
import { bytearrayClass } from '../runtime/types/bytearray';

const nameOf = (c: PyClass): string => c.tpName ?? c.name;

/** The class a builtin `__new__` makes (its first argument, which arrives as `self`), checked. */
function target(base: PyClass, cls: PyValue, rest: PyValue[]): [PyClass, PyValue[]] {
  if (!(cls instanceof PyClass))
    throw pyError('TypeError', `${nameOf(base)}.__new__(X): X is not a type object (${typeName(cls ?? null)})`);
  if (!cls.isSubclassOf(base))
    throw pyError(
      'TypeError',
      `${nameOf(base)}.__new__(${nameOf(cls)}): ${nameOf(cls)} is not a subtype of ${nameOf(base)}`,
    );
  return [cls, rest];
}

export function installBuiltinNew(allocate: (cls: PyClass) => PyObject): void {
  // Immutable: the value is made here, from the arguments.
  for (const base of [tupleClass, frozensetClass])
    defMethod(base, '__new__', (self, args, kw) => {
      const [cls, rest] = target(base, self, args);
      const built = base.slots.call!(base, rest, kw);
      if (cls === base) return built;
      const o = allocate(cls);
      if (o instanceof PyTuple) o.items = (built as PyTuple).items;
      else (o as PySet).map = (built as PySet).map;
      return o;
    });
  // bytes: the value made here, then made the subclass's (a static method, as int's and str's are,
  // so that object.__init__ lets the arguments through).
  bytesClass.dict!.set(
    '__new__',
    new PyStaticMethod(
      native('__new__', (args, kw) => {
        const [cls, rest] = target(bytesClass, args[0] ?? null, args.slice(1));
        const built = bytesClass.slots.call!(bytesClass, rest, kw) as PyBytes;
        if (cls === bytesClass) return built;
        const o = new PyBytes(built.data);
        o.cls = cls;
        o.dict = cls.noDict ? null : new Map();
        return o;
      }),
    ),
  );
  // Mutable: an empty one, which __init__ fills.
  for (const base of [listClass, dictClass, setClass, dequeClass, bytearrayClass])
    defMethod(base, '__new__', (self, args) => allocate(target(base, self, args)[0]));
  defMethod(baseExceptionClass, '__new__', (self, args) => {
    const [cls, rest] = target(baseExceptionClass, self, args);
    const e = allocate(cls) as PyExceptionObject;
    e.args = rest;
    return e;
  });
}

/** A `__new__` written in Python (CPython's slot_tp_new), as opposed to a type's own. */
function pythonNew(v: PyValue | undefined): boolean {
  return v instanceof PyFunctionBase || (v instanceof PyStaticMethod && v.func instanceof PyFunctionBase);
}

/**
 * `object.__new__(cls)` where cls's layout is a builtin type's: CPython refuses it ("not safe")
 * and names the first class up cls's chain whose `__new__` is not one written in Python.
 */
export function checkObjectNewSafe(cls: PyClass): void {
  const staticBase = cls.mro.find((c) => !pythonNew(c.lookup('__new__')));
  if (staticBase === undefined) return;
  const own = staticBase.lookup('__new__');
  if (own instanceof PyNativeMethod && own.owner === objectClass) return;
  throw pyError('TypeError', `object.__new__(${nameOf(cls)}) is not safe, use ${nameOf(staticBase)}.__new__()`);
}
