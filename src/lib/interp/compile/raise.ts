/** `raise` and `assert`, each plain and suspending. */
import type * as ir from '../../ir/types';
import { PyExc, pyError, makeError, type PyValue, type SourceSpan } from '../../runtime/core';
import { run } from '../../runtime/run';
import { located, NOWHERE } from './positions';
import { compileCondition, compileConditionSuspending } from './conditions';
import { type Frame, NORMAL } from '../frame';
import type { S, GS, CompileContext } from './context';
import { chainContext, toCause, toException } from './exceptions';

/** A bare `raise`: the handled exception again, as it was caught (`except*` tells it from `raise e`). */
export class BareReraise extends PyExc {}

export function compileRaise(cx: CompileContext, s: ir.Raise): S {
  const exc = s.exc ? cx.expr(s.exc) : null;
  const cause = s.cause ? cx.expr(s.cause) : null;
  // CPython locates a raise at the whole statement (caret lines, compile/positions.ts).
  const pos = cx.positions ? s.span : null;
  return (f) => {
    const e = exc ? exc(f) : undefined;
    const c = cause ? cause(f) : undefined;
    f.pos = pos;
    throw doRaise(f, e, c);
  };
}

export function compileRaiseSuspending(cx: CompileContext, s: ir.Raise): GS {
  const exc = s.exc ? cx.gx(s.exc) : null;
  const cause = s.cause ? cx.gx(s.cause) : null;
  const pos = cx.positions ? s.span : null;
  return function* (f) {
    const e = exc ? yield* exc(f) : undefined;
    const c = cause ? yield* cause(f) : undefined;
    f.pos = pos;
    throw doRaise(f, e, c);
  };
}

/**
 * A failed assert's caret line underlines its test from 3.13; 3.12 locates it at the whole
 * statement, and so does 3.11 unless the test is a comparison (its compiler jumps on a comparison
 * from the comparison's own position). The whole statement is noted in the frame, so that what
 * its test or message ran last is not taken for it.
 */
function assertionAt(e: PyExc, f: Frame, test: ir.Expr | null, whole: SourceSpan | null): PyExc {
  f.pos = whole;
  if (test === null || run.minor === 12 || (run.minor === 11 && test.type !== 'Compare')) return e;
  return located(e, test.span);
}

/** CPython's compile-time SyntaxWarning for `assert (test, "message")`: a non-empty tuple is always true. */
function warnTupleAssert(cx: CompileContext, s: ir.Assert): void {
  if (cx.user && s.test.type === 'Tuple' && s.test.elts.length > 0)
    cx.warnings.push({
      line: s.span.line,
      text: 'SyntaxWarning: assertion is always true, perhaps remove parentheses?',
    });
}

export function compileAssert(cx: CompileContext, s: ir.Assert): S {
  warnTupleAssert(cx, s);
  const t = compileCondition(cx, s.test, s.span);
  const msg = s.msg ? cx.expr(s.msg) : null;
  const [test, whole] = cx.positions ? [s.test, s.span] : [null, null];
  return (f) => {
    if (!t(f)) {
      const e = makeError('AssertionError');
      if (msg) e.args = [msg(f)];
      throw assertionAt(new PyExc(e), f, test, whole);
    }
    return NORMAL;
  };
}

export function compileAssertSuspending(cx: CompileContext, s: ir.Assert): GS {
  warnTupleAssert(cx, s);
  const t = compileConditionSuspending(cx, s.test, s.span);
  const msg = s.msg ? cx.gx(s.msg) : null;
  const [test, whole] = cx.positions ? [s.test, s.span] : [null, null];
  return function* (f) {
    if (!(yield* t(f))) {
      const e = makeError('AssertionError');
      if (msg) e.args = [yield* msg(f)];
      throw assertionAt(new PyExc(e), f, test, whole);
    }
    return NORMAL;
  };
}

/** `raise`, `raise X`, `raise X from Y`. */
function doRaise(f: Frame, exc: PyValue | undefined, cause: PyValue | undefined): PyExc {
  if (exc === undefined) {
    if (!f.handled) return pyError('RuntimeError', 'No active exception to reraise');
    // A re-raise adds no traceback entry: this frame's stays at the line where it was caught.
    const at = f.handled.caughtAt;
    if (at !== null && at.name === f.code.name) {
      f.line = at.ownLine ?? at.line;
      // And where in it: the entry leaving the frame is the one it was caught with.
      f.handled.pendingPos = at.pos ?? NOWHERE;
    }
    return new BareReraise(f.handled);
  }
  // Raising a caught exception again keeps where it was caught: its traceback grows, as CPython's does.
  const e = toException(exc).raisedAgain();
  if (cause !== undefined) {
    if (cause === null) e.cause = null;
    else e.cause = toCause(cause);
    e.suppressContext = true;
  }
  if (f.handled) chainContext(e, f.handled);
  return new PyExc(e);
}
