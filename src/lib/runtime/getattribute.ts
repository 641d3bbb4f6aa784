/**
 * A class of the program's that defines `__getattribute__` (itself or through a base) takes every
 * attribute read of its instances through it, as CPython's tp_getattro slot does; object's own
 * is the generic lookup, which Loopline does inline.
 */
import { PyClass, PyNativeMethod, objectClass, type PyValue } from './core';

/** The `__getattribute__` a read of an instance of `cls` must call, or undefined for the generic one. */
export function ownGetattribute(cls: PyClass): PyValue | undefined {
  if (cls.isBuiltin) return undefined;
  const ga = cls.lookup('__getattribute__');
  return ga === undefined || (ga instanceof PyNativeMethod && ga.owner === objectClass) ? undefined : ga;
}
