/**
 * CPython's `__class__` cell: every function whose `def` is written in a class body can call
 * zero-argument super(), even when a decorator wraps it and the class dict holds only the wrapper.
 * The functions a class body defines are collected per class-body frame and given their class
 * once it exists.
 */
import type { PyClass } from '../runtime/core';
import type { Frame } from './frame';
import type { PyFunction } from './function';

const definedIn = new WeakMap<Frame, PyFunction[]>();

/** Start collecting the functions the class body running in `frame` defines. */
export function collectClassFunctions(frame: Frame): void {
  definedIn.set(frame, []);
}

/** A `def` in a class body ran in `frame` and made `fn`. */
export function noteClassFunction(frame: Frame, fn: PyFunction): void {
  definedIn.get(frame)?.push(fn);
}

/** The class exists: its body's functions (wrapped by decorators or not) belong to it. */
export function fillClassCell(frame: Frame, cls: PyClass): void {
  const fns = definedIn.get(frame);
  if (fns === undefined) return;
  definedIn.delete(frame);
  for (const fn of fns) if (fn.ownerClass === null) fn.ownerClass = cls;
}
