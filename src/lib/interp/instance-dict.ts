/**
 * The `__dict__` and `__weakref__` attribute descriptors type() puts in a class statement's class's
 * own dict when its layout gives instances a dict or a weak reference list (`vars(C)` lists them,
 * `<attribute '__dict__' of 'C' objects>`): reading, replacing and deleting an instance's
 * `__dict__`, and reading its first weak reference.
 */
import { PyClass, PyDict, classChanged, native, pyError, typeName } from '../runtime/core';
import { weakrefHead } from '../runtime/ops';
import { adoptAsNamespace, liveDict } from '../runtime/types/attr-dict';
import { ownInstanceSlots } from '../runtime/type-layout';
import { PyInstanceDescriptor, defineInstanceDescriptor } from './instance-descriptor';
import { ShapedDict } from '../runtime/shaped-dict';
import { getsetDescriptorClass } from '../runtime/types/descriptor-types';

class PyGetSet extends PyInstanceDescriptor {
  constructor(attrName: string, owner: PyClass, doc: string) {
    super(attrName, owner, getsetDescriptorClass, doc);
  }
  readOnly(): never {
    throw pyError('AttributeError', `attribute '${this.attrName}' of '${this.owner.name}' objects is not writable`);
  }
}

function dictDescriptor(owner: PyClass): PyGetSet {
  const d = new PyGetSet('__dict__', owner, 'dictionary for instance variables');
  d.fget = native('__dict__', ([o]) => {
    const obj = d.check(o);
    return liveDict((obj.dict ??= new ShapedDict()));
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
    d.check(o).dict = new ShapedDict();
    return null;
  });
  return d;
}

function weakrefDescriptor(owner: PyClass): PyGetSet {
  const w = new PyGetSet('__weakref__', owner, 'list of weak references to the object');
  w.fget = native('__weakref__', ([o]) => {
    const obj = w.check(o);
    return weakrefHead.find === null ? null : weakrefHead.find(obj);
  });
  w.fset = native('__weakref__', () => w.readOnly());
  w.fdel = native('__weakref__', () => w.readOnly());
  return w;
}

defineInstanceDescriptor(getsetDescriptorClass, 'attribute');

/**
 * type()'s last additions to a class statement's class before its `__doc__`: the instance
 * `__dict__` and `__weakref__` descriptors its layout adds.
 */
export function addInstanceSlotDescriptors(cls: PyClass): void {
  const { addDict, addWeak } = ownInstanceSlots(cls);
  if (addDict) cls.dict!.set('__dict__', dictDescriptor(cls));
  if (addWeak) cls.dict!.set('__weakref__', weakrefDescriptor(cls));
  if (addDict || addWeak) classChanged(cls);
}
