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

export function toException(v: PyValue): PyExceptionObject {
  if (v instanceof PyClass) {
    if (!v.isSubclassOf(baseExceptionClass)) throw pyError('TypeError', 'exceptions must derive from BaseException');
    const inst = instantiateException(v);
    return inst;
  }
  if (v instanceof PyExceptionObject) return v;
  throw pyError('TypeError', 'exceptions must derive from BaseException');
}

export function makeGroup(message: string, excs: PyExceptionObject[]): PyExceptionObject {
  const allExc = excs.every((e) => e.cls.isSubclassOf(getExcClass('Exception')));
  const g = new PyExceptionObject(getExcClass(allExc ? 'ExceptionGroup' : 'BaseExceptionGroup'));
  g.groupMessage = message;
  g.exceptions = excs;
  g.args = [message, new PyList(excs)];
  return g;
}

export function wrapInGroup(e: PyExceptionObject): PyExceptionObject {
  return makeGroup('', [e]);
}

/** Split a group into (matching, rest), recursively, preserving structure. */
export function splitGroup(
  g: PyExceptionObject,
  pred: (e: PyExceptionObject) => boolean,
): [PyExceptionObject | null, PyExceptionObject | null] {
  if (pred(g)) return [g, null];
  if (!g.exceptions) return [null, g];
  const yes: PyExceptionObject[] = [];
  const no: PyExceptionObject[] = [];
  for (const e of g.exceptions) {
    const [m, r] = splitGroup(e, pred);
    if (m) yes.push(m);
    if (r) no.push(r);
  }
  const mk = (xs: PyExceptionObject[]) => {
    if (xs.length === 0) return null;
    const n = makeGroup(g.groupMessage ?? '', xs);
    n.cls = g.cls;
    n.traceback = g.traceback;
    n.cause = g.cause;
    n.context = g.context;
    return n;
  };
  return [mk(yes), mk(no)];
}
