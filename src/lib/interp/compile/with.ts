/** `with` and `async with`: plain, suspending, and the asynchronous form. */
import type * as ir from '../../ir/types';
import { PyExc, pyError, typeOf, type PyValue, type PyExceptionObject, type SourceSpan } from '../../runtime/core';
import { entryFor } from '../frame-error';
import { tracebackOf } from '../frame-objects';
import { truthy, callMethod } from '../../runtime/ops';
import { type Frame, NORMAL } from '../frame';
import type { S, GS, GX, CompileContext } from './context';
import { suspends } from './suspends';
import { assignTarget } from './assignment';
import { awaitValue } from './await-yield';
import { threadedCallMethod } from '../threaded';
import { chainContext } from './exceptions';
import { run } from '../../runtime/run';

/**
 * Where a context manager's protocol or its `__enter__`/`__aenter__` failing is located: from
 * 3.13 at the context expression (caret lines, compile/positions.ts); before, at the whole
 * statement, which no caret line marks.
 */
function contextPos(cx: CompileContext, it: ir.WithItem): SourceSpan | null {
  return cx.positions && run.minor >= 13 ? it.context.span : null;
}

export function compileWith(cx: CompileContext, s: ir.With): S {
  const items = s.items.map((it) => ({
    cm: cx.expr(it.context),
    target: it.target ? assignTarget(cx, it.target) : null,
    pos: contextPos(cx, it),
  }));
  const body = cx.block(s.body);
  const line = s.span.line;
  const run = (f: Frame, i: number): number => {
    if (i === items.length) return body(f);
    const item = items[i];
    const cm = item.cm(f);
    f.pos = item.pos;
    const { enter, exit } = withMethods(cm, false);
    const v = callMethod(enter, cm, []);
    if (item.target) item.target(f, v);
    let c: number;
    try {
      c = run(f, i + 1);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const prev = f.handled;
      f.handled = e.exc;
      const caught = e.exc.caughtAt;
      const raisedAt = f.line;
      const tb = handledHere(e.exc, f);
      // __exit__ is called from the `with` line (a traceback through it names that line), at the
      // context expression from 3.13.
      f.line = line;
      const bodyPos = f.pos;
      f.pos = item.pos;
      let suppress: PyValue;
      let replaced = false;
      try {
        suppress = callMethod(exit, cm, [e.exc.cls, e.exc, tb]);
      } catch (e2) {
        replaced = replacedBy(e2, e);
        throw chainedToBody(e2, e);
      } finally {
        f.handled = prev;
        if (!replaced) {
          e.exc.caughtAt = caught;
          f.pos = bodyPos;
        }
      }
      if (truthy(suppress)) return NORMAL;
      f.line = raisedAt;
      throw e;
    }
    f.line = line;
    f.pos = item.pos;
    callMethod(exit, cm, [null, null, null]);
    return c;
  };
  return (f) => run(f, 0);
}

export function compileWithSuspending(cx: CompileContext, s: ir.With): GS {
  const items = suspendingItems(cx, s);
  const body = cx.gblock(s.body);
  // In a simulated thread's body, __enter__ and __exit__ may block (a lock's acquire).
  const threaded = cx.threadedCode === cx.code;
  const method = function* (m: PyValue, self: PyValue, args: PyValue[]): Generator<PyValue, PyValue, PyValue> {
    return threaded ? yield* threadedCallMethod(m, self, args, null) : callMethod(m, self, args);
  };
  const line = s.span.line;
  const run = function* (f: Frame, i: number): Generator<PyValue, number, PyValue> {
    const item = items[i];
    const cm = item.plain !== null ? item.plain(f) : yield* item.cm!(f);
    f.pos = item.pos;
    const { enter, exit } = withMethods(cm, false);
    const v = yield* method(enter, cm, []);
    if (item.target) item.target(f, v);
    let c: number;
    try {
      // The innermost item runs the body in this generator's delegation (no generator of its own).
      c = yield* i + 1 === items.length ? body(f) : run(f, i + 1);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const raisedAt = f.line;
      f.line = line;
      const exited = yield* exitOnError(f, e, (tb) => method(exit, cm, [e.exc.cls, e.exc, tb]), raisedAt, item.pos);
      if (truthy(exited)) return NORMAL;
      f.line = raisedAt;
      throw e;
    }
    f.line = line;
    f.pos = item.pos;
    yield* method(exit, cm, [null, null, null]);
    return c;
  };
  return (f) => run(f, 0);
}

export function compileAsyncWith(cx: CompileContext, s: ir.With): GS {
  const items = suspendingItems(cx, s);
  const body = cx.gblock(s.body);
  const line = s.span.line;
  const run = function* (f: Frame, i: number): Generator<PyValue, number, PyValue> {
    const item = items[i];
    const cm = item.plain !== null ? item.plain(f) : yield* item.cm!(f);
    f.pos = item.pos;
    const t = typeOf(cm);
    const enter = t.lookup('__aenter__');
    const exit = t.lookup('__aexit__');
    if (enter === undefined || exit === undefined) withMethods(cm, true);
    f.line = line;
    const v = yield* awaitValue(f, callMethod(enter!, cm, []));
    if (item.target) item.target(f, v);
    let c: number;
    try {
      c = yield* i + 1 === items.length ? body(f) : run(f, i + 1);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const raisedAt = f.line;
      f.line = line;
      const exited = yield* exitOnError(
        f,
        e,
        (tb) => awaitValue(f, callMethod(exit!, cm, [e.exc.cls, e.exc, tb])),
        raisedAt,
        item.pos,
      );
      if (truthy(exited)) return NORMAL;
      // Going on up, its traceback names the line it came through, not the `async with` (as in CPython).
      f.line = raisedAt;
      throw e;
    }
    f.line = line;
    f.pos = item.pos;
    yield* awaitValue(f, callMethod(exit!, cm, [null, null, null]));
    return c;
  };
  return (f) => run(f, 0);
}

/**
 * CPython calls `__exit__` / `__aexit__` inside the handler of the body's exception: one it raises
 * gets that exception as its `__context__` ("During handling of the above exception..."), and
 * `sys.exc_info()` in it is the body's exception (the caller sets `f.handled` meanwhile).
 */
/**
 * While `__exit__` runs, the body's exception is handled in this frame as by an `except`: its
 * traceback (the `tb` argument, exc.__traceback__) starts at this frame; the caller restores
 * `caughtAt` afterwards, since the exception goes on from here unless suppressed.
 */
function handledHere(e: PyExceptionObject, f: Frame, raisedAt = f.line): PyValue {
  e.caughtAt = entryFor(f, raisedAt, e);
  return tracebackOf(e);
}

function chainedToBody(thrown: unknown, body: PyExc): unknown {
  if (thrown instanceof PyExc) chainContext(thrown.exc, body.exc);
  return thrown;
}

/** The suspending forms' `__exit__`/`__aexit__` call (`exit`, started only here) for the body's exception `e`. */
function* exitOnError(
  f: Frame,
  e: PyExc,
  exit: (tb: PyValue) => Generator<PyValue, PyValue, PyValue>,
  raisedAt = f.line,
  pos: SourceSpan | null = null,
): Generator<PyValue, PyValue, PyValue> {
  const prev = f.handled;
  f.handled = e.exc;
  const caught = e.exc.caughtAt;
  let replaced = false;
  const tb = handledHere(e.exc, f, raisedAt);
  // What __exit__ raises is located at the context expression (from 3.13; `pos` null before).
  const bodyPos = f.pos;
  f.pos = pos;
  try {
    return yield* exit(tb);
  } catch (e2) {
    replaced = replacedBy(e2, e);
    throw chainedToBody(e2, e);
  } finally {
    f.handled = prev;
    if (!replaced) {
      e.exc.caughtAt = caught;
      f.pos = bodyPos;
    }
  }
}

/**
 * Whether `__exit__` raised another exception than the body's. The body's goes on from here
 * otherwise (its traceback gains this frame as it leaves, so `caughtAt` is put back); when
 * replaced, it stays the new one's `__context__` with the traceback it had while handled here
 * (the frame and line it was raised at, as CPython prints the chain).
 */
function replacedBy(thrown: unknown, body: PyExc): boolean {
  return thrown instanceof PyExc && thrown.exc !== body.exc;
}

/**
 * The items of a suspending `with`: a context expression that cannot suspend is evaluated plainly
 * (`plain`), without a generator of its own.
 */
function suspendingItems(
  cx: CompileContext,
  s: ir.With,
): {
  plain: ((f: Frame) => PyValue) | null;
  cm: GX | null;
  target: ((f: Frame, v: PyValue) => void) | null;
  pos: SourceSpan | null;
}[] {
  return s.items.map((it) => {
    const plain = suspends(it.context) ? null : cx.expr(it.context);
    return {
      plain,
      cm: plain === null ? cx.gx(it.context) : null,
      target: it.target ? assignTarget(cx, it.target) : null,
      pos: contextPos(cx, it),
    };
  });
}

function withMethods(cm: PyValue, isAsync: boolean): { enter: PyValue; exit: PyValue } {
  const t = typeOf(cm);
  const enter = t.lookup(isAsync ? '__aenter__' : '__enter__');
  const exit = t.lookup(isAsync ? '__aexit__' : '__exit__');
  if (enter === undefined || exit === undefined) {
    const proto = isAsync ? 'asynchronous context manager protocol' : 'context manager protocol';
    const exitName = isAsync ? '__aexit__' : '__exit__';
    if (run.minor < 14) {
      // Before 3.14 only a missing exit method is named (the enter method is looked up first).
      const why = enter === undefined ? '' : ` (missed ${exitName} method)`;
      throw pyError('TypeError', `'${t.name}' object does not support the ${proto}${why}`);
    }
    // 3.14 looks the exit method up first.
    const missing = exit === undefined ? exitName : isAsync ? '__aenter__' : '__enter__';
    const extra =
      !isAsync && t.lookup('__aenter__') !== undefined && t.lookup('__aexit__') !== undefined
        ? " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
        : isAsync && t.lookup('__enter__') !== undefined && t.lookup('__exit__') !== undefined
          ? " but it supports the context manager protocol. Did you mean to use 'with'?"
          : '';
    throw pyError('TypeError', `'${t.name}' object does not support the ${proto} (missed ${missing} method)${extra}`);
  }
  return { enter, exit };
}
