/**
 * `__slots__`: each slot name becomes a member descriptor on the class, and instances get no
 * `__dict__` when every class they inherit from declares slots (as CPython lays them out).
 */
import { mangle } from '../parse/mangle';
import { PyClass, PyObject, classChanged, native, objectClass, pyError, typeName, type PyValue } from '../runtime/core';
import { attributeError, iterToArray } from '../runtime/ops';
import { PyInstanceDescriptor, defineInstanceDescriptor } from './instance-descriptor';
import { memberDescriptorClass } from '../runtime/types/descriptor-types';

/** Slot values, per instance then per descriptor (a subclass's slot of the same name is another slot). */
const values = new WeakMap<PyObject, Map<PyMember, PyValue>>();

class PyMember extends PyInstanceDescriptor {
  constructor(slotName: string, owner: PyClass) {
    super(slotName, owner, memberDescriptorClass);
    this.fget = native(slotName, ([o]) => {
      const v = values.get(this.check(o))?.get(this);
      if (v === undefined) throw attributeError(o, slotName);
      return v;
    });
    this.fset = native(slotName, ([o, v]) => {
      const obj = this.check(o);
      let m = values.get(obj);
      if (m === undefined) values.set(obj, (m = new Map()));
      m.set(this, v);
      return null;
    });
    this.fdel = native(slotName, ([o]) => {
      // CPython's message for deleting an empty slot is the bare name.
      if (!values.get(this.check(o))?.delete(this)) throw pyError('AttributeError', slotName);
      return null;
    });
  }
}

defineInstanceDescriptor(memberDescriptorClass, 'member');

/** The names a class body's `__slots__` declares (checked as type() checks them), or null without one. */
export function slotNames(className: string, ns: Map<string, PyValue>): string[] | null {
  const decl = ns.get('__slots__');
  if (decl === undefined) return null;
  const names = typeof decl === 'string' ? [decl] : iterToArray(decl);
  const out: string[] = [];
  for (const n of names) {
    if (typeof n !== 'string') throw pyError('TypeError', `__slots__ items must be strings, not '${typeName(n)}'`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(n)) throw pyError('TypeError', '__slots__ must be identifiers');
    const name = mangle(className, n);
    if (ns.has(name)) throw pyError('ValueError', `'${n}' in __slots__ conflicts with class variable`);
    out.push(name);
  }
  return out;
}

/** Install the slots' descriptors on the new class and decide whether its instances have a __dict__. */
export function applySlots(cls: PyClass, names: string[]): void {
  for (const n of names) if (n !== '__dict__' && n !== '__weakref__') cls.dict!.set(n, new PyMember(n, cls));
  classChanged(cls);
  cls.noDict = !names.includes('__dict__') && cls.bases.every(layoutWithoutDict);
}

/** A base whose instances have no __dict__: object, a slotted class, or a builtin other than exceptions. */
function layoutWithoutDict(b: PyClass): boolean {
  if (b === objectClass || b.noDict) return true;
  return b.isBuiltin && !b.mro.some((c) => c.name === 'BaseException' && c.isBuiltin);
}

/** The slots an instance has values in, by name: its class's own first, then up the MRO (copyreg's order). */
export function slotValues(obj: PyObject): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  const mine = values.get(obj);
  if (mine === undefined) return out;
  for (const c of obj.cls.mro)
    for (const v of c.dict!.values())
      if (v instanceof PyMember && v.owner === c && mine.has(v) && !out.has(v.attrName))
        out.set(v.attrName, mine.get(v)!);
  return out;
}
