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
