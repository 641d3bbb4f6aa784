/**
 * The descriptors of a class statement's class for a piece of its instances' storage (`__dict__`,
 * `__weakref__`, a `__slots__` name), which only instances (objects) carry, and the methods every
 * getset_descriptor and member_descriptor shares, builtin types' own included: the repr and the
 * descriptor protocol spelled out for code that calls it by hand (`C.x.__get__(obj)`).
 */
import { PyClass, PyObject, defMethod, pyError, type PyValue } from '../runtime/core';
import { PyOwnedDescriptor } from '../runtime/types/descriptor-types';
import { call } from '../runtime/ops';

export class PyInstanceDescriptor extends PyOwnedDescriptor {
  /** The instance the descriptor is used on, checked as CPython's descr_check does. */
  check(o: PyValue): PyObject {
    if (!(o instanceof PyObject)) throw this.mismatch(o);
    return super.check(o) as PyObject;
  }
}

/**
 * The methods of a descriptor class: its repr (`<member 'x' of 'C' objects>`, `kind` being
 * `member` or `attribute`) and `__get__`, `__set__`, `__delete__`.
 */
export function defineInstanceDescriptor(cls: PyClass, kind: string): void {
  const descr = (self: PyValue) => self as PyOwnedDescriptor;
  defMethod(cls, '__repr__', (self) => `<${kind} '${descr(self).attrName}' of '${descr(self).owner.name}' objects>`);
  defMethod(cls, '__get__', (self, [obj, type]) => {
    if (obj === null || obj === undefined) {
      if (type === null || type === undefined) throw pyError('TypeError', '__get__(None, None) is invalid');
      return self;
    }
    return call(descr(self).fget, [obj], null);
  });
  defMethod(cls, '__set__', (self, [obj, value]) => call(descr(self).fset, [obj, value], null));
  defMethod(cls, '__delete__', (self, [obj]) => call(descr(self).fdel, [obj], null));
}
