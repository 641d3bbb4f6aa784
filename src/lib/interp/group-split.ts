/**
 * Splitting an exception group (BaseExceptionGroup.split and subgroup, and what `except*` takes
 * of a group), as CPython's Objects/exceptions.c does: each part that is not a whole member is made
 * by the group's `derive` (a subclass that does not define its own gets a plain (Base)ExceptionGroup),
 * and takes the group's traceback, `__context__`, `__cause__` (which, as PyException_SetCause,
 * sets `__suppress_context__`) and a copy of its `__notes__`.
 */
import { PyClass, PyExceptionObject, PyList, PyTuple, pyError, getExcClass, type PyValue } from '../runtime/core';
import { call, callMethod, truthy } from '../runtime/ops';
import { defNativeMethod } from '../runtime/native';
import { makeGroupFrom } from './classes';

const groupClass = () => getExcClass('BaseExceptionGroup');

/** `g.derive(excs)`, with g's metadata copied onto the new group (exceptiongroup_subset). */
function subset(g: PyExceptionObject, excs: PyExceptionObject[]): PyExceptionObject {
  const derive = g.cls.lookup('derive');
  const list = new PyList(excs);
  const made =
    derive === groupClass().lookup('derive') || !derive
      ? makeGroupFrom(groupClass(), [g.groupMessage ?? '', list])
      : callMethod(derive, g, [list]);
  if (!(made instanceof PyExceptionObject) || !made.cls.isSubclassOf(groupClass()))
    throw pyError('TypeError', 'derive must return an instance of BaseExceptionGroup');
  made.traceback = [...g.traceback];
  made.caughtAt = g.caughtAt;
  made.context = g.context;
  made.cause = g.cause;
  made.suppressContext = true;
  if (g.notes) made.notes = [...g.notes];
  return made;
}

/** Split a group into (matching, rest) by `pred`, recursively, keeping its structure; a matching group is kept whole. */
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
  return [yes.length ? subset(g, yes) : null, no.length ? subset(g, no) : null];
}

/** split()'s and subgroup()'s matcher: a class, a tuple of classes, or a predicate. */
function matcher(t: PyValue): (e: PyExceptionObject) => boolean {
  return (e) => {
    if (t instanceof PyClass) return e.cls.isSubclassOf(t);
    if (t instanceof PyTuple) return t.items.some((x) => x instanceof PyClass && e.cls.isSubclassOf(x));
    return typeof t === 'object' && t !== null ? truthy(call(t, [e], null)) : false;
  };
}

const base = groupClass();
defNativeMethod(base, 'split', '(matcher_value, /)', (self, [m]) => {
  const [a, b] = splitGroup(self as PyExceptionObject, matcher(m));
  return new PyTuple([a, b]);
});
defNativeMethod(
  base,
  'subgroup',
  '(matcher_value, /)',
  (self, [m]) => splitGroup(self as PyExceptionObject, matcher(m))[0],
);
// BaseExceptionGroup.derive: a group of the same message, made by BaseExceptionGroup itself.
defNativeMethod(base, 'derive', '(excs, /)', (self, [excs]) =>
  makeGroupFrom(base, [(self as PyExceptionObject).groupMessage ?? '', excs]),
);
