/**
 * What CPython's getset_descriptor (`__dict__`, `__weakref__`) and member_descriptor (a
 * `__slots__` name) have in common: a descriptor a class owns for a piece of its instances'
 * storage. It is named, belongs to that class, refuses an instance of another class, shows
 * `__name__`, `__qualname__`, `__objclass__` and `__doc__`, and spells out the descriptor protocol
 * for code that calls it by hand (`C.x.__get__(obj)`).
 */
import { PyClass, PyObject, PyProperty, defMethod, pyError, typeName, typeOf, type PyValue } from '../runtime/core';
import { call } from '../runtime/ops';

export class PyInstanceDescriptor extends PyProperty {
  constructor(
    readonly attrName: string,
    readonly owner: PyClass,
    cls: PyClass,
    doc: string | null = null,
  ) {
    super(null, null, null, doc);
    this.cls = cls;
  }
  /** The instance the descriptor is used on, checked as CPython's descr_check does. */
  check(o: PyValue): PyObject {
    if (!(o instanceof PyObject) || !typeOf(o).isSubclassOf(this.owner))
      throw pyError(
        'TypeError',
        `descriptor '${this.attrName}' for '${this.owner.name}' objects doesn't apply to a '${typeName(o)}' object`,
      );
    return o;
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
 * The methods of a descriptor class: its repr (`<member 'x' of 'C' objects>`, `kind` being
 * `member` or `attribute`) and `__get__`, `__set__`, `__delete__`.
 */
export function defineInstanceDescriptor(cls: PyClass, kind: string): void {
  const descr = (self: PyValue) => self as PyInstanceDescriptor;
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
