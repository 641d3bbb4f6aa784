/** Control flow: `if`, `while`, `for`, `async for` and `return`, each plain and suspending. */
import type * as ir from '../../ir/types';
import { PyExc, getExcClass, type PyValue, type SourceSpan } from '../../runtime/core';
import { getIter } from '../../runtime/ops';
import { noteSetLoop } from '../../runtime/address-order';
import { NORMAL, BREAK, RETURN } from '../frame';
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
  return cx.user && run.minor >= 13 ? s.iter.span : null;
}

export function compileFor(cx: CompileContext, s: ir.For): S {
  const it = cx.expr(s.iter);
  const target = assignTarget(cx, s.target);
  const body = cx.block(s.body);
  const orelse = s.orelse.length ? cx.block(s.orelse) : null;
  const line = s.span.line;
  const user = cx.user;
  const pos = iterPos(cx, s);
  return (f) => {
    const iterable = it(f);
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
    return orelse ? orelse(f) : NORMAL;
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
  return function* (f) {
    const iterable = plain !== null ? plain(f) : yield* it!(f);
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
  const nextPos = cx.user && run.minor >= 13 ? s.span : null;
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
