import { PyObject, type PyClass, type PyValue, type KwArgs } from './core';

/**
 * A Python-level function (from `def` or `lambda`). The interpreter subclasses this; the runtime
 * only needs to know how to call it and how it presents itself.
 */
export abstract class PyFunctionBase extends PyObject {
  abstract name: string;
  abstract qualname: string;
  abstract call(args: PyValue[], kw: KwArgs): PyValue;
  /** Call with `self` prepended, without allocating a bound method. */
  callWithSelf(self: PyValue, args: PyValue[], kw: KwArgs): PyValue {
    return this.call([self, ...args], kw);
  }
  /** A call whose argument array was made for it alone: the callee may keep it (a frame's locals). */
  callOwned(args: PyValue[]): PyValue {
    return this.call(args, null);
  }
  constructor(cls: PyClass) {
    super(cls, new Map());
  }
}

/** A function's writable names: `__module__`, and `__name__` and `__qualname__` as strings; anything else goes to its `__dict__`. */
export function setFunctionAttr(f: PyFunctionBase & { module: PyValue }, name: string, v: PyValue): boolean {
  if (name === '__module__') f.module = v;
  else if (name === '__name__' && typeof v === 'string') f.name = v;
  else if (name === '__qualname__' && typeof v === 'string') f.qualname = v;
  else f.dict!.set(name, v);
  return true;
}
