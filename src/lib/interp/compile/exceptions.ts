/**
 * Exception helpers the compiled code uses: matching an `except` clause, implicit chaining
 * (`__context__`), and building and splitting exception groups for `except*` (PEP 654).
 */
import {
  PyClass,
  PyList,
  PyTuple,
  PyExceptionObject,
  baseExceptionClass,
  pyError,
  getExcClass,
  type PyValue,
} from '../../runtime/core';
import { instantiateException } from '../classes';
import { currentThreadFrames } from '../threaded';
import { frameStack } from '../drops';
import { run } from '../../runtime/run';
import { splitGroup } from '../group-split';

/** Does exception `exc` match an `except` clause's type (a class or tuple of classes)? */
export function excMatches(exc: PyExceptionObject, t: PyValue): boolean {
  if (t instanceof PyClass) {
    if (!t.isSubclassOf(baseExceptionClass))
      throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    return exc.cls.isSubclassOf(t);
  }
  if (t instanceof PyTuple) return t.items.some((x) => excMatches(exc, x));
  throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}

export function chainContext(e: PyExceptionObject, ctxExc: PyExceptionObject): void {
  if (e === ctxExc) return;
  // Avoid cycles: walk e's context chain.
  for (let c: PyExceptionObject | null = ctxExc; c; c = c.context) if (c === e) return;
  if (e.context === null) e.context = ctxExc;
}

/**
 * An exception an `except` catches before it left any handler: CPython gave it, as it was raised,
 * the exception an enclosing `except` (this frame's or a caller's) was handling as `__context__`.
 */
export function chainCaught(e: PyExceptionObject): void {
  if (e.context !== null) return;
  for (const f of currentThreadFrames(run.get(frameStack)))
    if (f.handled) {
      chainContext(e, f.handled);
      return;
    }
}

export function toException(v: PyValue): PyExceptionObject {
  if (v instanceof PyClass) {
    if (!v.isSubclassOf(baseExceptionClass)) throw pyError('TypeError', 'exceptions must derive from BaseException');
    const inst = instantiateException(v);
    return inst;
  }
  if (v instanceof PyExceptionObject) return v;
  throw pyError('TypeError', 'exceptions must derive from BaseException');
}

/** The cause `raise ... from v` gives: an exception, or one made from a class of them. */
export function toCause(v: PyValue): PyExceptionObject {
  const excClass = v instanceof PyClass && v.isSubclassOf(baseExceptionClass);
  if (!excClass && !(v instanceof PyExceptionObject))
    throw pyError('TypeError', 'exception causes must derive from BaseException');
  return toException(v);
}

function makeGroup(message: string, excs: PyExceptionObject[]): PyExceptionObject {
  const allExc = excs.every((e) => e.cls.isSubclassOf(getExcClass('Exception')));
  const g = new PyExceptionObject(getExcClass(allExc ? 'ExceptionGroup' : 'BaseExceptionGroup'));
  g.groupMessage = message;
  g.exceptions = excs;
  g.args = [message, new PyList(excs)];
  return g;
}

/** The group `except*` makes of a naked exception it matches: its args hold a tuple, as in CPython. */
export function wrapInGroup(e: PyExceptionObject): PyExceptionObject {
  const g = makeGroup('', [e]);
  g.args = ['', new PyTuple([e])];
  return g;
}

/** Every leaf (non-group) exception inside `e`, `e` itself when it is one. */
function collectLeaves(e: PyExceptionObject, into: Set<PyExceptionObject>): void {
  if (!e.exceptions) into.add(e);
  else for (const x of e.exceptions) collectLeaves(x, into);
}

/**
 * What a `try ... except*` raises at its end (CPython's _PyExc_PrepReraiseStar): the exceptions its
 * handlers raised, in handler order, then one group shaped like `original` holding every leaf that was
 * re-raised or matched by no handler; a lone exception alone, none at all as null.
 */
export function reraiseStar(
  original: PyExceptionObject,
  raised: PyExceptionObject[],
  reraised: PyExceptionObject[],
): PyExceptionObject | null {
  const parts = [...raised];
  if (reraised.length) {
    const keep = new Set<PyExceptionObject>();
    for (const e of reraised) collectLeaves(e, keep);
    const [projection] = splitGroup(original, (x) => !x.exceptions && keep.has(x));
    if (projection) parts.push(projection);
  }
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0] : makeGroup('', parts);
}
