/** `try` with `except`, `else` and `finally`, and `try ... except*`, each plain and suspending. */
import { releaseHeld } from '../drops';
import type * as ir from '../../ir/types';
import { PyExc, type PyExceptionObject, type PyValue } from '../../runtime/core';
import { asMemoryError } from '../../runtime/memory';
import { type Frame, NORMAL } from '../frame';
import { entryFor } from '../frame-error';
import type { S, GS, CompileContext } from './context';
import { storeName } from './names';
import { delTarget } from './assignment';
import { dropValue } from '../drops';
import { excMatches, chainCaught, chainContext, wrapInGroup, reraiseStar } from './exceptions';
import { splitGroup } from '../group-split';
import { BareReraise } from './raise';
import { held } from './positions';

function handlers(cx: CompileContext, s: ir.Try) {
  return s.handlers.map((h) => ({
    type: h.type ? cx.expr(h.type) : null,
    store: h.name ? storeName(cx, h.name) : null,
    del: h.name ? delTarget(cx, { type: 'Name', id: h.name, span: h.span }) : null,
    line: h.span.line,
  }));
}

type Handler = ReturnType<typeof handlers>[number];

/**
 * The `except` clause that takes what a try's body threw: each clause's line is current while its
 * type is tested; the one that matches has its name bound, the exception is marked caught here and
 * becomes the frame's handled one (`prev`: the one before). What no clause takes is thrown again
 * (a RangeError as MemoryError; Loopline's own stops as they are).
 */
function enterHandler<H extends Handler>(
  f: Frame,
  hs: H[],
  thrown: unknown,
): { h: H; exc: PyExceptionObject; prev: Frame['handled'] } {
  // A string, array or int too big for the run surfaces here as a RangeError: Python's MemoryError.
  const e = thrown instanceof RangeError ? asMemoryError(thrown) : thrown;
  if (!(e instanceof PyExc) || hs.length === 0) throw e;
  const exc = e.exc;
  // Where in the line it failed, before the `except` clauses run operations of their own.
  held(exc, f);
  // The traceback names the line that raised, also after non-matching `except` lines ran.
  const raisedAt = f.line;
  for (const h of hs) {
    f.line = h.line;
    f.pos = null;
    if (h.type && !excMatches(exc, h.type(f))) continue;
    if (h.store) h.store(f, exc);
    caughtHere(exc, f, raisedAt);
    chainCaught(exc);
    const prev = f.handled;
    f.handled = exc;
    return { h, exc, prev };
  }
  f.line = raisedAt;
  throw e;
}

/** An exception leaving an except clause: the one handled is its context; where it came from is held. */
function escaping(e2: unknown, exc: PyExceptionObject, f: Frame): void {
  if (e2 instanceof PyExc) {
    chainContext(e2.exc, exc);
    // Where it came from, before the clause's `as` name is deleted.
    held(e2.exc, f);
  }
}

/**
 * An except clause ends: the exception handled before it is back, its `as` name is deleted (in
 * the program's code, a clause without one lets go of its exception: `user`), and what the
 * exception's traceback held goes with it, unless it goes on (re-raised, or the context of a new one).
 */
function leaving(
  f: Frame,
  h: Handler,
  prev: Frame['handled'],
  exc: PyExceptionObject,
  user: boolean,
  escaped: boolean,
): void {
  f.handled = prev;
  if (h.del) {
    try {
      h.del(f);
    } catch {
      /* already deleted by the handler */
    }
  } else if (user && !escaped) dropValue(exc);
  if (!escaped) releaseHeld(exc);
}

export function compileTry(cx: CompileContext, s: ir.Try): S {
  // In the program's code, a handler without `as` lets go of its exception as it ends (interp/drops.ts).
  const user = cx.user;
  const body = cx.block(s.body);
  const hs = handlers(cx, s).map((h, i) => ({ ...h, body: cx.block(s.handlers[i].body) }));
  const orelse = s.orelse.length ? cx.block(s.orelse) : null;
  const finalbody = s.finalbody.length ? cx.block(s.finalbody) : null;
  const tryBody = (f: Frame): number => {
    let c: number;
    try {
      c = body(f);
    } catch (thrown) {
      const { h, exc, prev } = enterHandler(f, hs, thrown);
      let escaped = false;
      try {
        return h.body(f);
      } catch (e2) {
        escaped = true;
        escaping(e2, exc, f);
        throw e2;
      } finally {
        leaving(f, h, prev, exc, user, escaped);
      }
    }
    return c === NORMAL && orelse ? orelse(f) : c;
  };
  if (!finalbody) return tryBody;
  return (f) => {
    let c = NORMAL;
    let pending: PyExc | null = null;
    let raisedAt = 0;
    try {
      c = tryBody(f);
    } catch (thrown) {
      raisedAt = f.line;
      pending = pendingOf(thrown, f);
    }
    const savedRet = f.retval;
    let fc: number;
    try {
      fc = finalbody(f);
    } catch (e2) {
      if (pending !== null && e2 instanceof PyExc) chainContext(e2.exc, pending.exc);
      throw e2;
    }
    return afterFinally(f, fc, c, savedRet, pending, raisedAt);
  };
}

export function compileTrySuspending(cx: CompileContext, s: ir.Try): GS {
  const user = cx.user;
  const body = cx.gblock(s.body);
  const hs = handlers(cx, s).map((h, i) => ({ ...h, body: cx.gblock(s.handlers[i].body) }));
  const orelse = cx.gblock(s.orelse);
  const finalbody = s.finalbody.length ? cx.gblock(s.finalbody) : null;
  // try/finally alone: the finally wraps the body itself, without a generator layer of its own
  // (withFinally turns a RangeError into MemoryError as the layer would, before its finally runs).
  if (finalbody && hs.length === 0 && s.orelse.length === 0) return withFinally(body, finalbody);
  const tryBody = function* (f: Frame): Generator<PyValue, number, PyValue> {
    let c: number;
    try {
      c = yield* body(f);
    } catch (thrown) {
      const { h, exc, prev } = enterHandler(f, hs, thrown);
      let escaped = false;
      try {
        return yield* h.body(f);
      } catch (e2) {
        escaped = true;
        escaping(e2, exc, f);
        throw e2;
      } finally {
        leaving(f, h, prev, exc, user, escaped);
      }
    }
    return c === NORMAL ? yield* orelse(f) : c;
  };
  return finalbody ? withFinally(tryBody, finalbody) : tryBody;
}

/**
 * `finally` around a generator try body: it runs whichever way the body left; a return, break
 * or continue in it wins, an exception raised in it gets the pending one as `__context__`.
 * Loopline's own stops (limits, internal errors) unwind without running Python code.
 */
function withFinally(tryBody: GS, finalbody: GS): GS {
  return function* (f) {
    let c = NORMAL;
    let pending: PyExc | null = null;
    let raisedAt = 0;
    try {
      c = yield* tryBody(f);
    } catch (thrown) {
      raisedAt = f.line;
      pending = pendingOf(thrown, f);
    }
    const savedRet = f.retval;
    let fc: number;
    try {
      fc = yield* finalbody(f);
    } catch (e2) {
      if (pending !== null && e2 instanceof PyExc) chainContext(e2.exc, pending.exc);
      throw e2;
    }
    return afterFinally(f, fc, c, savedRet, pending, raisedAt);
  };
}

/**
 * What a try's body threw, to be thrown again once its `finally` has run (a RangeError as
 * MemoryError; where in the line it failed is held). Loopline's own stops (limits, internal
 * errors) unwind at once, without running Python code.
 */
function pendingOf(thrown: unknown, f: Frame): PyExc {
  const e = thrown instanceof RangeError ? asMemoryError(thrown) : thrown;
  if (!(e instanceof PyExc)) throw e;
  held(e.exc, f);
  return e;
}

/**
 * After a `finally` ran (`fc`: how it ended): a return, break or continue in it wins; else the
 * return value from before it is back, and the pending exception is thrown again from the line
 * that raised it, or the body's outcome `c` goes on.
 */
function afterFinally(
  f: Frame,
  fc: number,
  c: number,
  savedRet: Frame['retval'],
  pending: PyExc | null,
  raisedAt: number,
): number {
  if (fc !== NORMAL) return fc;
  f.retval = savedRet;
  if (pending !== null) {
    f.line = raisedAt;
    throw pending;
  }
  return c;
}

/**
 * An exception caught in this frame keeps where (its traceback's entry for the frame), unless an
 * `except*` of the frame raised it again: its traceback has no more entry for the frame then.
 */
function caughtHere(exc: PyExceptionObject, f: Frame, raisedAt: number): void {
  if (exc.reraisedIn === f) {
    exc.reraisedIn = null;
    // No entry for the frame: nor the position it was held at.
    exc.pendingPos = null;
  } else exc.caughtAt = entryFor(f, raisedAt, exc);
}

/**
 * What an `except*` raises at its end goes on as CPython's RERAISE sends it: its traceback is the
 * one it has (the frame's entry where it was raised or caught, if any), and the frame adds none.
 */
function reraiseHere(out: PyExceptionObject, f: Frame): PyExc {
  if (out.caughtAt !== null && out.caughtAt.frame === f) {
    out.traceback.push(out.caughtAt);
    out.caughtAt = null;
  }
  out.reraisedIn = f;
  return new PyExc(out);
}

/** `try ... except* T` (PEP 654) in synchronous code: the generator form, driven at once. */
export function compileTryStar(cx: CompileContext, s: ir.Try): S {
  const g = compileTryStarSuspending(cx, s);
  return (f) => {
    const it = g(f);
    const r = it.next();
    if (!r.done) throw new Error('synchronous except* suspended');
    return r.value;
  };
}

/** `try ... except* T`: each handler takes the matching part of the exception group. */
export function compileTryStarSuspending(cx: CompileContext, s: ir.Try): GS {
  const body = cx.gblock(s.body);
  const hs = handlers(cx, s).map((h, i) => ({ ...h, body: cx.gblock(s.handlers[i].body) }));
  const orelse = cx.gblock(s.orelse);
  const finalbody = s.finalbody.length ? cx.gblock(s.finalbody) : null;
  const tryBody = function* (f: Frame): Generator<PyValue, number, PyValue> {
    let c: number;
    try {
      c = yield* body(f);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const original = e.exc;
      // A naked exception stays naked unless a handler matches it (then that handler sees it wrapped).
      let rest: PyExceptionObject | null = original;
      const raised: PyExceptionObject[] = [];
      const reraised: PyExceptionObject[] = [];
      const raisedAt = f.line;
      // The group's traceback has this frame (CPython's has it from the raise), which its parts copy.
      caughtHere(original, f, raisedAt);
      for (const h of hs) {
        if (!rest) break;
        f.line = h.line;
        f.pos = null;
        const t = h.type!(f);
        let match: PyExceptionObject | null;
        if (rest.exceptions) [match, rest] = splitGroup(rest, (x) => excMatches(x, t));
        else [match, rest] = excMatches(rest, t) ? [wrapInGroup(rest), null] : [null, rest];
        if (!match) continue;
        if (h.store) h.store(f, match);
        // As in `except`: the part a handler takes has this frame's line in its traceback.
        match.caughtAt = original.caughtAt;
        const prev = f.handled;
        f.handled = match;
        try {
          const hc = yield* h.body(f);
          if (hc !== NORMAL) return hc;
        } catch (e2) {
          if (!(e2 instanceof PyExc)) throw e2;
          // A bare `raise` re-raises the part as it was caught; `raise e` is a new raise of it
          // (its traceback grew, so CPython's _PyExc_PrepReraiseStar does not count it as re-raised).
          if (e2.exc === match && e2 instanceof BareReraise) reraised.push(match);
          else {
            chainContext(e2.exc, match);
            // Raised in this frame: its traceback has the frame at the raise, as CPython's does.
            if (e2.exc.caughtAt === null) e2.exc.caughtAt = entryFor(f, f.line, e2.exc);
            raised.push(e2.exc);
          }
        } finally {
          f.handled = prev;
        }
      }
      if (!original.exceptions) {
        // A naked exception: one handler at most ran, so there is one exception at most to raise.
        const out = raised[0] ?? reraised[0] ?? rest;
        if (out === null) return NORMAL;
        throw reraiseHere(out, f);
      }
      if (rest) reraised.push(rest);
      const out = reraiseStar(original, raised, reraised);
      if (out === null) return NORMAL;
      throw reraiseHere(out, f);
    }
    return c === NORMAL ? yield* orelse(f) : c;
  };
  return finalbody ? withFinally(tryBody, finalbody) : tryBody;
}
