/**
 * Zero-argument `super()`: the class comes from the `__class__` cell (Frame.ownerClass), the object
 * from argument 0 of the frame the call runs in. That frame is the method's, a lambda's or nested
 * function's own, a generator expression's (argument 0: its iterator) and, on 3.11, a list, set or
 * dict comprehension's; from 3.12 those three are inlined (PEP 709), so super() in one takes the
 * enclosing function's first argument.
 *
 * From 3.12, `super().name` in a function nested in a class is compiled to LOAD_SUPER_ATTR, which
 * reads `__class__` and the first argument as names: an empty cell or a deleted argument then
 * raises the NameError or UnboundLocalError of a name, where a bare super() raises RuntimeError.
 */
import type * as ir from '../../ir/types';
import { PyCell, pyError, type PyValue, type SourceSpan } from '../../runtime/core';
import { call } from '../../runtime/ops';
import { run } from '../../runtime/run';
import { interpreter } from '../state';
import { makeSuper } from '../classes';
import type { Frame } from '../frame';
import { firstParam, frameScope, seesClassCell, type Scope } from '../scope';
import type { X, CompileContext } from './context';
import { freeUnbound, loadName, unbound } from './names';

/** Whether `super()` here takes its arguments from the frame (a function, lambda or comprehension). */
export function zeroArgSuperHere(cx: CompileContext, e: ir.Call): boolean {
  return (
    e.func.type === 'Name' &&
    e.func.id === 'super' &&
    e.args.length === 0 &&
    (cx.scope.kind === 'function' || cx.scope.kind === 'comprehension')
  );
}

export function compileZeroArgSuper(cx: CompileContext, e: ir.Call, pos: SourceSpan | null): X {
  const sc = cx.scope;
  const inlines = run.minor >= 12;
  const owner = frameScope(sc, inlines);
  const arg = owner.kind === 'module' || owner.kind === 'class' ? null : firstParam(owner);
  const readArg = arg === null ? null : argReader(sc, arg);
  const hasCell = seesClassCell(sc);
  // CPython's can_optimize_super_call: a function-like frame with an argument and a `__class__` cell.
  const asNames = inlines && hasCell && readArg !== null && sc.superAttrCalls?.has(e) === true;
  const superName = loadName(cx, 'super');
  return (f) => {
    const sup = superName(f);
    f.pos = pos;
    if (sup !== run.get(interpreter).builtins.get('super')) return call(sup, [], null);
    if (asNames) {
      const cls = f.ownerClass;
      if (cls === null) throw freeUnbound('__class__');
      const self = readArg!(f);
      if (self === undefined) throw unbound(arg!);
      return makeSuper(cls, self);
    }
    if (readArg === null) throw pyError('RuntimeError', 'super(): no arguments');
    const self = readArg(f);
    if (self === undefined) throw pyError('RuntimeError', 'super(): arg[0] deleted');
    if (!hasCell) throw pyError('RuntimeError', 'super(): __class__ cell not found');
    const cls = f.ownerClass;
    if (cls === null) throw pyError('RuntimeError', 'super(): empty __class__ cell');
    return makeSuper(cls, self);
  };
}

/** Reads `name` (the frame's argument 0) in scope `sc`: a local (maybe a cell) or a free variable; undefined when unbound. */
function argReader(sc: Scope, name: string): ((f: Frame) => PyValue | undefined) | null {
  const i = sc.slots.get(name);
  if (i !== undefined) {
    if (sc.cells.has(name)) return (f) => (f.locals[i] as PyCell).v;
    return (f) => f.locals[i] as PyValue | undefined;
  }
  const j = sc.freeSlots.get(name);
  if (j !== undefined) return (f) => f.free[j].v;
  return null;
}
