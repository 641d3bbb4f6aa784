/** `raise` and `assert`, each plain and suspending. */
import type * as ir from '../../ir/types';
import { PyExc, pyError, makeError, type PyValue, type SourceSpan } from '../../runtime/core';
import { run } from '../../runtime/run';
import { located } from './positions';
import { truthy } from '../../runtime/ops';
import { type Frame, NORMAL } from '../frame';
import type { S, GS, CompileContext } from './context';
import { chainContext, toException } from './exceptions';

/** A bare `raise`: the handled exception again, as it was caught (`except*` tells it from `raise e`). */
export class BareReraise extends PyExc {}

export function compileRaise(cx: CompileContext, s: ir.Raise): S {
  const exc = s.exc ? cx.expr(s.exc) : null;
  const cause = s.cause ? cx.expr(s.cause) : null;
  return (f) => {
    throw doRaise(f, exc ? exc(f) : undefined, cause ? cause(f) : undefined);
  };
}

export function compileRaiseSuspending(cx: CompileContext, s: ir.Raise): GS {
  const exc = s.exc ? cx.gx(s.exc) : null;
  const cause = s.cause ? cx.gx(s.cause) : null;
  return function* (f) {
    const e = exc ? yield* exc(f) : undefined;
    const c = cause ? yield* cause(f) : undefined;
    throw doRaise(f, e, c);
  };
}

/** A failed assert's caret line underlines its test, except in 3.12 (which locates it at the whole statement). */
function assertionAt(e: PyExc, span: SourceSpan | null): PyExc {
  return span === null || run.minor === 12 ? e : located(e, span);
}

export function compileAssert(cx: CompileContext, s: ir.Assert): S {
  const t = cx.expr(s.test);
  const msg = s.msg ? cx.expr(s.msg) : null;
  const span = cx.user ? s.test.span : null;
  return (f) => {
    if (!truthy(t(f))) {
      const e = makeError('AssertionError');
      if (msg) e.args = [msg(f)];
      throw assertionAt(new PyExc(e), span);
    }
    return NORMAL;
  };
}

export function compileAssertSuspending(cx: CompileContext, s: ir.Assert): GS {
  const t = cx.gx(s.test);
  const msg = s.msg ? cx.gx(s.msg) : null;
  const span = cx.user ? s.test.span : null;
  return function* (f) {
    if (!truthy(yield* t(f))) {
      const e = makeError('AssertionError');
      if (msg) e.args = [yield* msg(f)];
      throw assertionAt(new PyExc(e), span);
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
    if (at !== null && at.name === f.code.name) f.line = at.ownLine ?? at.line;
    return new BareReraise(f.handled);
  }
  const e = toException(exc);
  // Raising a caught exception again keeps where it was caught: its traceback grows, as CPython's does.
  if (e.caughtAt !== null) {
    e.traceback.push(e.caughtAt);
    e.caughtAt = null;
  }
  if (cause !== undefined) {
    if (cause === null) e.cause = null;
    else e.cause = toException(cause);
    e.suppressContext = true;
  }
  if (f.handled) chainContext(e, f.handled);
  return new PyExc(e);
}
