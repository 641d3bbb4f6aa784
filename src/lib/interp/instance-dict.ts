/**
 * The `__dict__` and `__weakref__` attribute descriptors type() puts in a class statement's class's
 * own dict when its layout gives instances a dict or a weak reference list (`vars(C)` lists them,
 * `<attribute '__dict__' of 'C' objects>`): reading, replacing and deleting an instance's
 * `__dict__`, and reading its first weak reference.
 */
import {
  PyClass,
  PyDict,
  PyObject,
  PyProperty,
  builtinClass,
  classesChanged,
  defMethod,
  native,
  pyError,
  typeName,
  typeOf,
  type PyValue,
} from '../runtime/core';
import { call, weakrefHead } from '../runtime/ops';
import { adoptAsNamespace, liveDict } from '../runtime/types/attr-dict';
import { ownInstanceSlots } from '../runtime/type-layout';

const getsetDescriptorClass = builtinClass('getset_descriptor');

class PyGetSet extends PyProperty {
  constructor(
    readonly attrName: string,
    readonly owner: PyClass,
  ) {
    super(null, null, null, null);
    this.cls = getsetDescriptorClass;
  }
  /** The instance the descriptor is read on, checked as CPython's descr_check does. */
  check(o: PyValue): PyObject {
    if (!(o instanceof PyObject) || !typeOf(o).isSubclassOf(this.owner))
      throw pyError(
        'TypeError',
        `descriptor '${this.attrName}' for '${this.owner.name}' objects doesn't apply to a '${typeName(o)}' object`,
      );
    return o;
  }
  readOnly(): never {
    throw pyError('AttributeError', `attribute '${this.attrName}' of '${this.owner.name}' objects is not writable`);
  }
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    if (name === '__name__' || name === '__qualname__')
      return name === '__name__' ? this.attrName : `${this.owner.qualname}.${this.attrName}`;
    if (name === '__objclass__') return this.owner;
    if (name === '__doc__') return null;
    return undefined;
  }
}

function dictDescriptor(owner: PyClass): PyGetSet {
  const d = new PyGetSet('__dict__', owner);
  d.fget = native('__dict__', ([o]) => {
    const obj = d.check(o);
    return liveDict((obj.dict ??= new Map()));
  });
  d.fset = native('__dict__', ([o, v]) => {
    const obj = d.check(o);
    if (!(v instanceof PyDict))
      throw pyError('TypeError', `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
    obj.dict = adoptAsNamespace(v);
    return null;
  });
  // Deleting it leaves the object a new, empty dict at its next attribute.
  d.fdel = native('__dict__', ([o]) => {
    d.check(o).dict = new Map();
    return null;
  });
  return d;
}

function weakrefDescriptor(owner: PyClass): PyGetSet {
  const w = new PyGetSet('__weakref__', owner);
  w.fget = native('__weakref__', ([o]) => {
    const obj = w.check(o);
    return weakrefHead.find === null ? null : weakrefHead.find(obj);
  });
  w.fset = native('__weakref__', () => w.readOnly());
  w.fdel = native('__weakref__', () => w.readOnly());
  return w;
}

defMethod(
  getsetDescriptorClass,
  '__repr__',
  (self) => `<attribute '${(self as PyGetSet).attrName}' of '${(self as PyGetSet).owner.name}' objects>`,
);
defMethod(getsetDescriptorClass, '__get__', (self, [obj, type]) => {
  const g = self as PyGetSet;
  if (obj === null || obj === undefined) {
    if (type === null || type === undefined) throw pyError('TypeError', '__get__(None, None) is invalid');
    return g;
  }
  return call(g.fget, [obj], null);
});
defMethod(getsetDescriptorClass, '__set__', (self, [obj, value]) => {
  return call((self as PyGetSet).fset, [obj, value], null);
});
defMethod(getsetDescriptorClass, '__delete__', (self, [obj]) => {
  return call((self as PyGetSet).fdel, [obj], null);
});

/**
 * type()'s last additions to a class statement's class before its `__doc__`: the instance
 * `__dict__` and `__weakref__` descriptors its layout adds.
 */
export function addInstanceSlotDescriptors(cls: PyClass): void {
  const { addDict, addWeak } = ownInstanceSlots(cls);
  if (addDict) cls.dict!.set('__dict__', dictDescriptor(cls));
  if (addWeak) cls.dict!.set('__weakref__', weakrefDescriptor(cls));
  if (addDict || addWeak) classesChanged();
}
