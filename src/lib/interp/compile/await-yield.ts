/**
 * The suspension points: `await`, `yield` and `yield from` (suspending forms only), and the
 * await and async-iteration protocols the other families use.
 */
import type * as ir from '../../ir/types';
import { PyObject, PyExc, PyNativeMethod, pyError, typeOf, typeName, type PyValue } from '../../runtime/core';
import { callMethod, getIter, loadMethod, loadedMethod, callLoadedOwned } from '../../runtime/ops';
import { run } from '../../runtime/run';
import { tick } from '../state';
import type { Frame } from '../frame';
import {
  awaitTarget,
  yieldFromTarget,
  driveCoroutine,
  AgenYield,
  PyGenerator,
  PyCoroutine,
  Delegation,
  driveAwaits,
  isAwaitable,
  NOT_SUSPENDED,
  type Awaitable,
  type Body,
  canAwait,
  asyncGenAwaited,
} from '../generator';
import { dropHooks } from '../drops';
import type { GX, CompileContext } from './context';
import { suspends } from './suspends';
import { finished } from './finished';
import { delegateToIterator, isIterator } from '../delegate-iter';

export function compileAwait(cx: CompileContext, e: ir.Await): GX {
  return compileAwaitStatement(cx, e, awaited);
}

/**
 * A statement whose value is an `await` (`await x`, `y = await x`, `return await x`) as one
 * generator: the await runs in the statement's own generator, `then` finishes the statement
 * with the awaited value and returns its completion. An `await` expression is the same with
 * `then` giving the awaited value back (compileAwait).
 */
export function compileAwaitStatement<T>(
  cx: CompileContext,
  e: ir.Await,
  then: (f: Frame, v: PyValue) => T,
): (f: Frame) => Generator<PyValue, T, PyValue> {
  const line = e.span.line;
  // Where an exception thrown into the await shows in a traceback's caret line (compile/positions.ts).
  const pos = cx.positions ? e.span : null;
  if (!suspends(e.value)) {
    if (makesTemporaries(e.value)) return awaitTemporaryAgen(cx, e, then);
    const method = awaitMethodCall(cx, e, then);
    if (method !== null) return method;
    // The statement's generator is awaitThen's own (one generator per await): the operand is
    // evaluated as the statement is entered, as `yield*` does at once.
    const plain = cx.expr(e.value);
    return (f) => {
      const v = plain(f);
      f.line = line;
      f.pos = pos;
      return awaitThen(f, v, then);
    };
  }
  const x = cx.gexpr(e.value);
  return function* (f) {
    const v = yield* x(f);
    f.line = line;
    f.pos = pos;
    return yield* awaitThen(f, v, then);
  };
}

/** A call whose receiver or an argument is itself a call's result: `anext(agen())`, `agen().asend(None)`. */
function makesTemporaries(x: ir.Expr): boolean {
  if (x.type !== 'Call') return false;
  if (x.func.type === 'Attribute' && x.func.value.type === 'Call') return true;
  return x.args.some((a) => a.value.type === 'Call');
}

/**
 * `await anext(agen())` and the like: when the awaited object runs an async generator made by the
 * expression itself, that generator's last reference goes with the awaitable as the await ends
 * (CPython frees both before the statement goes on): left suspended and held by nothing else, it
 * dies then, and the loop's finalizer hook schedules its aclose().
 */
function awaitTemporaryAgen<T>(
  cx: CompileContext,
  e: ir.Await,
  then: (f: Frame, v: PyValue) => T,
): (f: Frame) => Generator<PyValue, T, PyValue> {
  const plain = cx.expr(e.value);
  const line = e.span.line;
  const pos = cx.positions ? e.span : null;
  return (f) => {
    const first = run.nextId;
    const v = plain(f);
    f.line = line;
    f.pos = pos;
    const ag = asyncGenAwaited(v);
    if (ag === null || ag.id < first) return awaitThen(f, v, then);
    return awaitThen(f, v, (f2, r) => {
      if (ag.state === 'suspended') run.get(dropHooks)?.checkTemporaries([ag], r);
      return then(f2, r);
    });
  };
}

/**
 * `await obj.meth()` / `await obj.meth(a)`: the call as compilePositionalCall makes it, except
 * that a native method with an `awaitNow` shortcut that is ready (a queue get with an item
 * waiting, a put with room) is done at once: no coroutine is made, and the step is otherwise the
 * one the coroutine's first resume would be (an object id and an operation are still counted).
 * Null: not such an await.
 */
function awaitMethodCall<T>(
  cx: CompileContext,
  e: ir.Await,
  then: (f: Frame, v: PyValue) => T,
): ((f: Frame) => Generator<PyValue, T, PyValue>) | null {
  const c = e.value;
  if (c.type !== 'Call' || c.func.type !== 'Attribute' || c.args.length > 1) return null;
  if (!c.args.every((a) => a.kind === 'pos')) return null;
  const obj = cx.expr(c.func.value);
  const name = c.func.attr;
  const n = c.args.length;
  const x0 = n === 1 ? cx.expr(c.args[0].value) : null;
  const callLine = c.span.line;
  const [callPos, attrPos] = cx.positions ? [c.span, c.func.span] : [null, null];
  const line = e.span.line;
  // Where an exception thrown into the await shows in a traceback's caret line (compile/positions.ts).
  const pos = cx.positions ? e.span : null;
  return (f) => {
    const o = obj(f);
    f.pos = attrPos;
    const m = loadMethod(o, name);
    const u = loadedMethod.unbound;
    const a0 = x0 === null ? null : x0(f);
    f.line = callLine;
    f.pos = callPos;
    if (u && m instanceof PyNativeMethod && m.awaitNow !== null && o instanceof PyObject) {
      const now = m.awaitNow;
      if (now.ready(o, n) && run.depth < run.limits.recursion) {
        f.line = line;
        f.pos = pos;
        // The coroutine's id and its first resume's operation.
        run.nextId++;
        tick(0);
        return finished(then(f, now.now(o, a0)));
      }
    }
    const v = callLoadedOwned(m, u, o, x0 === null ? [null] : [null, a0]);
    f.line = line;
    f.pos = pos;
    return awaitThen(f, v, then);
  };
}

export function compileYield(cx: CompileContext, e: ir.Yield): GX {
  const x = e.value ? cx.gx(e.value) : null;
  const isAsyncGen = cx.code.kind === 'asyncgen';
  const line = e.span.line;
  return function* (f) {
    const v = x ? yield* x(f) : null;
    f.line = line;
    return yield isAsyncGen ? new AgenYield(v) : v;
  };
}

export function compileYieldFrom(cx: CompileContext, e: ir.YieldFrom): GX {
  const x = cx.gx(e.value);
  return function* (f) {
    const v = yield* x(f);
    if (v instanceof PyCoroutine) {
      // A generator-based coroutine (types.coroutine) may delegate to a native one.
      if (f.code.iterableCoroutine) return yield* awaitValue(f, v);
      throw pyError('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
    if (v instanceof PyGenerator) {
      f.awaiting = v;
      try {
        return yield* driveCoroutine(v);
      } finally {
        f.awaiting = null;
      }
    }
    const inner = yieldFromTarget(v);
    if (inner) {
      f.awaiting = v as PyObject;
      try {
        return yield* inner;
      } finally {
        f.awaiting = null;
      }
    }
    const own = v instanceof PyObject && !v.cls.isBuiltin ? v.cls.lookup('__iter__') : undefined;
    if (own !== undefined) {
      // A class's iterator: sends, throws and its StopIteration's value go through it.
      const it = callMethod(own, v, []);
      if (!isIterator(it)) throw pyError('TypeError', `iter() returned non-iterator of type '${typeName(it)}'`);
      f.awaiting = it as PyObject;
      try {
        return yield* yieldFromTarget(it) ?? delegateToIterator(it);
      } finally {
        f.awaiting = null;
      }
    }
    const it = getIter(v);
    for (let item = it.next(); item !== undefined; item = it.next()) yield item;
    return null;
  };
}

/** `await v` from frame f: delegate, recording what the frame waits on for the trace. */
export function awaitValue(f: Frame, v: PyValue): Body {
  return awaitThen(f, v, awaited);
}

const awaited = (_f: Frame, v: PyValue) => v;

/**
 * `await v` from frame f, then `then(f, result)` once the frame no longer waits. A coroutine is
 * started at once (as `yield*` would): when it finishes without suspending, as most awaits of
 * queue and lock operations do, no generator is made for the await.
 */
function awaitThen<T>(f: Frame, v: PyValue, then: (f: Frame, v: PyValue) => T): Generator<PyValue, T, PyValue> {
  if (!(v instanceof PyCoroutine)) {
    if (!isAwaitable(v) || v.awaitStart === undefined) return awaitOther(f, v, then);
    // A future: done, its result is taken at once; else the one yield is this await's own.
    f.awaiting = v;
    const first = v.awaitStart();
    if (first !== NOT_SUSPENDED) return awaitOnce(f, v, first, then);
    let result: PyValue;
    try {
      result = v.awaitEnd!();
    } finally {
      f.awaiting = null;
    }
    return finished(then(f, result));
  }
  v.checkAwaitable();
  f.awaiting = v;
  if (driveAwaits()) return awaitDriven(f, v, then);
  let r: IteratorResult<PyValue, PyValue>;
  try {
    r = v.resume(null);
  } catch (e) {
    f.awaiting = null;
    throw e;
  }
  if (!r.done) return new AwaitRest(f, v, r, then) as unknown as Generator<PyValue, T, PyValue>;
  f.awaiting = null;
  return finished(then(f, r.value));
}

/**
 * The rest of an await of coroutine `v` that suspended with `r`: driveCoroutine's loop, as an
 * iterator object rather than a generator (lighter to make and to resume through; every parked
 * await of a coroutine holds one). `yield*` drives it as it would the generator: it yields `r`'s
 * value first, forwards what is sent or thrown to `v`, and ends with `then`'s value once `v` returns.
 */
class AwaitRest<T> {
  private first: boolean = true;
  constructor(
    private f: Frame,
    private v: PyCoroutine,
    private r: IteratorResult<PyValue, PyValue>,
    private then: (f: Frame, v: PyValue) => T,
  ) {}
  next(sent: PyValue): IteratorResult<PyValue, T> {
    if (this.first) {
      this.first = false;
      return this.r as IteratorResult<PyValue, T>;
    }
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = this.v.resume(sent);
    } catch (e) {
      this.f.awaiting = null;
      throw e;
    }
    return this.settle(r);
  }
  throw(e: unknown): IteratorResult<PyValue, T> {
    if (this.first) {
      // Not started (as a generator's body would not be): it leaves at once.
      this.first = false;
      throw e;
    }
    if (!(e instanceof PyExc)) {
      this.f.awaiting = null;
      throw e;
    }
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = this.v.resumeThrow(e);
    } catch (e2) {
      this.f.awaiting = null;
      throw e2;
    }
    return this.settle(r);
  }
  return(value: T): IteratorResult<PyValue, T> {
    // A started one was suspended inside the await, which it leaves (a generator's finally would run).
    if (!this.first) this.f.awaiting = null;
    this.first = false;
    return { done: true, value };
  }
  /** `v` yielded again (passed on), or returned: the frame waits no more and the await's `then` runs. */
  private settle(r: IteratorResult<PyValue, PyValue>): IteratorResult<PyValue, T> {
    if (!r.done) return r as IteratorResult<PyValue, T>;
    this.f.awaiting = null;
    return { done: true, value: this.then(this.f, r.value) };
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/** The rest of an await of a one-yield awaitable (a pending future) that yielded `first`. */
function* awaitOnce<T>(
  f: Frame,
  v: Awaitable,
  first: PyValue,
  then: (f: Frame, v: PyValue) => T,
): Generator<PyValue, T, PyValue> {
  let result: PyValue;
  try {
    yield first;
    result = v.awaitEnd!();
  } finally {
    f.awaiting = null;
  }
  return then(f, result);
}

/** An await of coroutine `v` on a deep JS stack: the frame's driver loop runs `v` (generator.ts drive()). */
function* awaitDriven<T>(f: Frame, v: PyCoroutine, then: (f: Frame, v: PyValue) => T): Generator<PyValue, T, PyValue> {
  let result: PyValue;
  try {
    result = yield new Delegation(v) as unknown as PyValue;
  } finally {
    f.awaiting = null;
  }
  return then(f, result);
}

function* awaitOther<T>(f: Frame, v: PyValue, then: (f: Frame, v: PyValue) => T): Generator<PyValue, T, PyValue> {
  const [it, chain] = awaitTarget(v);
  f.awaiting = chain as PyObject;
  let result: PyValue;
  try {
    result = yield* it;
  } finally {
    f.awaiting = null;
  }
  return then(f, result);
}

export function aiterOf(v: PyValue): PyValue {
  const m = typeOf(v).lookup('__aiter__');
  if (m === undefined)
    throw pyError('TypeError', `'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  return callMethod(m, v, []);
}

export function anextOf(it: PyValue): PyValue {
  const m = typeOf(it).lookup('__anext__');
  if (m === undefined)
    throw pyError(
      'TypeError',
      `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
    );
  const r = callMethod(m, it, []);
  if (!canAwait(r)) throw pyError('TypeError', `'async for' received an invalid object from __anext__: ${typeName(r)}`);
  return r;
}
