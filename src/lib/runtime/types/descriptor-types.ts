/**
 * The classes of CPython's C-level attribute descriptors, shared by every module that makes one:
 * getset_descriptor (an attribute computed by C code: `int.real`, an instance's `__dict__`),
 * member_descriptor (a field of the C struct: `range.start`, `complex.imag`, a `__slots__` name)
 * and classmethod_descriptor (a builtin type's class method seen in its dict: `dict.fromkeys`).
 * Their methods (repr, `__get__`, `__set__`, `__delete__`) are defined once by
 * interp/instance-descriptor.ts, for these and for the ones a class statement makes.
 */
import {
  PyBoundMethod,
  PyClass,
  PyClassMethod,
  PyExc,
  PyNativeFunction,
  PyObject,
  PyProperty,
  builtinClass,
  defMethod,
  objectClass,
  pyError,
  typeName,
  typeOf,
  unbox,
} from '../core';
import type { PyValue } from '../core';

export const getsetDescriptorClass = builtinClass('getset_descriptor');
export const memberDescriptorClass = builtinClass('member_descriptor');
const classmethodDescriptorClass = builtinClass('classmethod_descriptor');

/**
 * A descriptor a class owns for one attribute of its instances: named, it belongs to that class,
 * refuses an instance of another class (CPython's descr_check) and shows `__name__`,
 * `__qualname__`, `__objclass__` and `__doc__`.
 */
export class PyOwnedDescriptor extends PyProperty {
  constructor(
    readonly attrName: string,
    readonly owner: PyClass,
    cls: PyClass,
    doc: string | null = null,
  ) {
    super(null, null, null, doc);
    this.cls = cls;
  }
  /** The instance the descriptor is used on, checked to be of its class. */
  check(o: PyValue): PyValue {
    if (!typeOf(o).isSubclassOf(this.owner)) throw this.mismatch(o);
    return o;
  }
  protected mismatch(o: PyValue): PyExc {
    return pyError(
      'TypeError',
      `descriptor '${this.attrName}' for '${this.owner.name}' objects doesn't apply to a '${typeName(o)}' object`,
    );
  }
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    if (name === '__name__') return this.attrName;
    if (name === '__qualname__') return `${this.owner.qualname}.${this.attrName}`;
    if (name === '__objclass__') return this.owner;
    if (name === '__doc__') return this.doc;
    return undefined;
  }
}

/**
 * A read-only attribute a builtin type computes for its instances, with CPython's kind of
 * descriptor: `getset` (int.real: `<attribute 'real' of 'int' objects>`) or `member` (range.start:
 * `<member 'start' of 'range' objects>`).
 */
export class PyBuiltinAttr extends PyOwnedDescriptor {
  constructor(attrName: string, owner: PyClass, kind: 'getset' | 'member', get: (self: PyValue) => PyValue) {
    super(attrName, owner, kind === 'member' ? memberDescriptorClass : getsetDescriptorClass);
    this.fget = new PyNativeFunction(attrName, (args) => get(unbox(this.check(args[0]))));
    const readOnly = new PyNativeFunction(attrName, (args) => {
      this.check(args[0]);
      throw kind === 'member'
        ? pyError('AttributeError', 'readonly attribute')
        : pyError('AttributeError', `attribute '${attrName}' of '${owner.name}' objects is not writable`);
    });
    this.fset = readOnly;
    this.fdel = readOnly;
  }
}

/** A class method of a builtin type as the type's dict holds it (`dict.__dict__['fromkeys']`). */
export function builtinClassMethod(owner: PyClass, fn: PyValue): PyClassMethod {
  const m = new PyClassMethod(fn);
  m.cls = classmethodDescriptorClass;
  classMethodOwners.set(m, owner);
  return m;
}

const classMethodOwners = new WeakMap<PyClassMethod, PyClass>();

function ownerOf(self: PyValue): PyClass {
  return classMethodOwners.get(self as PyClassMethod) ?? objectClass;
}

defMethod(classmethodDescriptorClass, '__repr__', (self) => {
  const name = (self as PyClassMethod).func as { name?: string } | null;
  const owner = ownerOf(self);
  return `<method '${name?.name ?? '?'}' of '${owner.tpName ?? owner.name}' objects>`;
});
// Bound to the class given (or the instance's type), which must be the owner or a subclass of it.
defMethod(classmethodDescriptorClass, '__get__', (self, [obj, type]) => {
  const cls = type === null || type === undefined ? typeOf(obj) : type;
  const owner = ownerOf(self);
  const name = ((self as PyClassMethod).func as { name?: string } | null)?.name ?? '?';
  // C types are named by their tp_name (datetime.datetime's is 'datetime.datetime').
  const tpName = (c: PyClass) => c.tpName ?? c.name;
  if (!(cls instanceof PyClass))
    throw pyError(
      'TypeError',
      `descriptor '${name}' for type '${tpName(owner)}' needs a type, not a '${typeName(cls)}' as arg 2`,
    );
  if (!cls.isSubclassOf(owner))
    throw pyError(
      'TypeError',
      `descriptor '${name}' requires a subtype of '${tpName(owner)}' but received '${tpName(cls)}'`,
    );
  return new PyBoundMethod((self as PyClassMethod).func, cls);
});
