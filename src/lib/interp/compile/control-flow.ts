/** Control flow: `if`, `while`, `for`, `async for` and `return`, each plain and suspending. */
import type * as ir from '../../ir/types';
import { PyExc, PyRange, getExcClass, type PyValue, type SourceSpan } from '../../runtime/core';
import { getIter } from '../../runtime/ops';
import { noteSetLoop } from '../../runtime/address-order';
import { NORMAL, BREAK, RETURN, type Frame } from '../frame';
import { holdIterable as hold, releaseIterables as release, temporaryIterable as temporary } from '../drops';
import { asyncGenHooks, PyAsyncGenerator } from '../generator';
import { tick } from '../state';
import { run } from '../../runtime/run';
import { END_SLICE, threadedNext } from '../threaded';
import type { S, GS, CompileContext } from './context';
import { assignTarget } from './assignment';
import { awaitValue, aiterOf, anextOf, compileAwaitStatement } from './await-yield';
import { suspends } from './suspends';
import { compileCondition, compileConditionSuspending } from './conditions';

export function compileIf(cx: CompileContext, s: ir.If): S {
  const t = compileCondition(cx, s.test, s.span);
  const body = cx.block(s.body);
  const orelse = s.orelse.length ? cx.block(s.orelse) : null;
  return (f) => (t(f) ? body(f) : orelse ? orelse(f) : NORMAL);
}

export function compileIfSuspending(cx: CompileContext, s: ir.If): GS {
  const body = cx.gblock(s.body);
  const orelse = cx.gblock(s.orelse);
  if (!suspends(s.test)) {
    // A plain test needs no generator: the branch's own is the statement's.
    const test = compileCondition(cx, s.test, s.span);
    return (f) => (test(f) ? body(f) : orelse(f));
  }
  const t = compileConditionSuspending(cx, s.test, s.span);
  return function* (f) {
    return (yield* t(f)) ? yield* body(f) : yield* orelse(f);
  };
}

export function compileWhile(cx: CompileContext, s: ir.While): S {
  const t = compileCondition(cx, s.test, s.span);
  const body = cx.block(s.body);
  const orelse = s.orelse.length ? cx.block(s.orelse) : null;
  const line = s.span.line;
  return (f) => {
    while (t(f)) {
      tick(line);
      const c = body(f);
      if (c === BREAK) return NORMAL;
      if (c === RETURN) return c;
      f.line = line;
    }
    return orelse ? orelse(f) : NORMAL;
  };
}

export function compileWhileSuspending(cx: CompileContext, s: ir.While): GS {
  const threaded = cx.threadedCode === cx.code;
  const body = cx.gblock(s.body);
  const orelse = cx.gblock(s.orelse);
  const line = s.span.line;
  if (!suspends(s.test)) {
    // A plain test, evaluated without a generator per iteration.
    const test = compileCondition(cx, s.test, s.span);
    return function* (f) {
      while (test(f)) {
        tick(line);
        if (threaded && run.sliceDue) yield END_SLICE as unknown as PyValue;
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
        f.line = line;
      }
      return yield* orelse(f);
    };
  }
  const t = compileConditionSuspending(cx, s.test, s.span);
  return function* (f) {
    while (yield* t(f)) {
      tick(line);
      if (threaded && run.sliceDue) yield END_SLICE as unknown as PyValue;
      const c = yield* body(f);
      if (c === BREAK) return NORMAL;
      if (c === RETURN) return c;
      f.line = line;
    }
    return yield* orelse(f);
  };
}

/**
 * Where a loop's iterable failing to give an iterator or its next item is located: from 3.13 at
 * the iterable (caret lines, compile/positions.ts); before, at the whole statement, which no
 * caret line marks.
 */
function iterPos(cx: CompileContext, s: ir.For): SourceSpan | null {
  return cx.positions && run.minor >= 13 ? s.iter.span : null;
}

/** A loop's items ran out (its `else` runs): no completion code of frame.ts has this value. */
const EXHAUSTED = -1;

export function compileFor(cx: CompileContext, s: ir.For): S {
  const it = cx.expr(s.iter);
  const target = assignTarget(cx, s.target);
  const body = cx.block(s.body);
  const orelse = s.orelse.length ? cx.block(s.orelse) : null;
  const line = s.span.line;
  const user = cx.user;
  const pos = iterPos(cx, s);
  /** The loop over `iterable`: its body's ending (break: NORMAL), or EXHAUSTED when the items ran out. */
  const loop = (f: Frame, iterable: PyValue): number => {
    if (user) noteSetLoop(iterable, line);
    f.pos = pos;
    const iter = getIter(iterable);
    for (let v = iter.next(); v !== undefined; v = iter.next()) {
      tick(line);
      target(f, v);
      const c = body(f);
      if (c === BREAK) return NORMAL;
      if (c === RETURN) return c;
      f.line = line;
      f.pos = pos;
    }
    return EXHAUSTED;
  };
  const after = (f: Frame, c: number): number => (c !== EXHAUSTED ? c : orelse ? orelse(f) : NORMAL);
  if (!temporary(s.iter)) return (f) => after(f, loop(f, it(f)));
  return (f) => {
    const iterable = it(f);
    // A range holds nothing that could die.
    if (iterable instanceof PyRange) return after(f, loop(f, iterable));
    const depth = hold(f, iterable);
    let c: number;
    try {
      c = loop(f, iterable);
    } finally {
      release(f, depth);
    }
    return after(f, c);
  };
}

export function compileForSuspending(cx: CompileContext, s: ir.For): GS {
  const threaded = cx.threadedCode === cx.code;
  // A plain iterable (the usual case) is evaluated without a generator of its own.
  const plain = suspends(s.iter) ? null : cx.expr(s.iter);
  const it = plain === null ? cx.gx(s.iter) : null;
  const target = assignTarget(cx, s.target);
  const body = cx.gblock(s.body);
  const orelse = cx.gblock(s.orelse);
  const line = s.span.line;
  const user = cx.user;
  const pos = iterPos(cx, s);
  const held = temporary(s.iter);
  return function* (f) {
    const iterable = plain !== null ? plain(f) : yield* it!(f);
    const depth = held ? hold(f, iterable) : -1;
    try {
      if (user) noteSetLoop(iterable, line);
      f.pos = pos;
      const iter = getIter(iterable);
      // A thread's loop takes a generator's items as the thread (they may block it).
      for (let v = threaded ? yield* threadedNext(iter) : iter.next(); v !== undefined;) {
        tick(line);
        if (threaded && run.sliceDue) yield END_SLICE as unknown as PyValue;
        target(f, v);
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
        f.line = line;
        f.pos = pos;
        v = threaded ? yield* threadedNext(iter) : iter.next();
      }
    } finally {
      if (depth >= 0) release(f, depth);
    }
    return yield* orelse(f);
  };
}

export function compileAsyncFor(cx: CompileContext, s: ir.For): GS {
  const it = cx.gx(s.iter);
  // `async for x in agen():` holds the only reference to the generator: leaving the loop
  // early frees it, and CPython's finalizer hook then schedules its aclose().
  const temporary = s.iter.type === 'Call';
  const target = assignTarget(cx, s.target);
  const body = cx.gblock(s.body);
  const orelse = cx.gblock(s.orelse);
  const line = s.span.line;
  // From 3.13 a missing __aiter__ is located at the iterable, a failing __anext__ at the whole statement.
  const pos = iterPos(cx, s);
  const nextPos = cx.positions && run.minor >= 13 ? s.span : null;
  return function* (f) {
    const iterable = yield* it(f);
    f.pos = pos;
    const aiter = aiterOf(iterable);
    let early = true;
    try {
      for (;;) {
        tick(line);
        f.line = line;
        f.pos = nextPos;
        let v: PyValue;
        try {
          v = yield* awaitValue(f, anextOf(aiter));
        } catch (e) {
          if (e instanceof PyExc && e.exc.cls === getExcClass('StopAsyncIteration')) break;
          throw e;
        }
        target(f, v);
        const c = yield* body(f);
        if (c === BREAK) return NORMAL;
        if (c === RETURN) return c;
      }
      early = false;
    } finally {
      if (early && temporary && aiter instanceof PyAsyncGenerator && aiter.state === 'suspended')
        run.get(asyncGenHooks).finalize(aiter);
    }
    return yield* orelse(f);
  };
}

export function compileReturn(cx: CompileContext, s: ir.Return): S {
  if (!s.value)
    return (f) => {
      f.retval = null;
      return RETURN;
    };
  const x = cx.expr(s.value);
  return (f) => {
    f.retval = x(f);
    return RETURN;
  };
}

export function compileReturnSuspending(cx: CompileContext, s: ir.Return): GS {
  if (s.value!.type === 'Await')
    return compileAwaitStatement(cx, s.value as ir.Await, (f, v) => {
      f.retval = v;
      return RETURN;
    });
  const x = cx.gexpr(s.value!);
  return function* (f) {
    f.retval = yield* x(f);
    return RETURN;
  };
}
