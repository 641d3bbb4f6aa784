/**
 * Calls inside a simulated thread (sim/threads.md): a thread's body runs as a JS generator so the
 * thread scheduler can switch threads at a blocking call. A Python function called from a thread
 * runs its threaded body (compiled on first use, every call and `with` a place it may block); a
 * native that blocks (time.sleep, a lock's acquire) yields what it waits for; anything else is
 * called as usual.
 */
import { PyBoundMethod, PyClass, PyExc, PyList, PyObject, type KwArgs, type PyValue } from '../runtime/core';
import { call, callMethod, getIter, truthy, type PyIterator } from '../runtime/ops';
import { isExcInstance } from '../runtime/types/util';
import { builtinFunctions, CallableIter } from '../runtime/builtins';
import { PyIteratorObject } from '../runtime/types/iterator';
import { generatorOf, PyGenerator } from './generator';
import { isWait } from './waits';
import { RETURN, type Frame } from './frame';
import { PyFunction, type GenBody } from './function';
import { addTraceback } from './frame-error';
import { tick } from './state';
import { run } from '../runtime/run';
import { frameStack } from './drops';
import { runningCallers } from './frame-objects';
import { originThread } from './coroutine-origin';
import type { Wait } from './waits';

export type { Wait } from './waits';

/**
 * Yielded by a thread whose time slice is over (sim/threads.md): the scheduler turns it into the
 * wait for the GIL (and, when CPU time is on the clock, for the CPU time the slice took).
 */
export const END_SLICE: Wait = { ready: () => true, deadline: null };

/** A thread's running code: yields the Waits it blocks on (typed as values for the compiler's generators). */
export type ThreadGen = Generator<PyValue, PyValue, PyValue>;

/** The blocking form of a native: `self` for a method (undefined for a function). */
export type BlockingImpl = (self: PyValue | undefined, args: PyValue[], kw: KwArgs) => ThreadGen;

const blockingImpls = new WeakMap<object, BlockingImpl>();

/** Declare the blocking form of a native function or method (its plain call blocks where it is). */
export function markBlocking(native: object, impl: BlockingImpl): void {
  blockingImpls.set(native, impl);
}

/** `stand` blocks as `native` does (a function shown in its place: sim/asyncio-functions.ts). */
export function blocksAs(stand: object, native: object): void {
  const impl = blockingImpls.get(native);
  if (impl !== undefined) blockingImpls.set(stand, impl);
}

/** Yield one Wait from a thread's generator. */
export function* waitFor(w: Wait): ThreadGen {
  yield w as unknown as PyValue;
  return null;
}

/** `callee(*args, **kw)` from a thread's body. */
export function* threadedCall(callee: PyValue, args: PyValue[], kw: KwArgs): ThreadGen {
  if (run.sliceDue) yield END_SLICE as unknown as PyValue;
  if (callee instanceof PyBoundMethod) return yield* threadedCallMethod(callee.func, callee.self, args, kw);
  if (callee instanceof PyFunction) {
    const body = threadedBodyOf(callee);
    if (body !== null) return yield* runThreaded(callee, body, args, kw);
  } else if (callee !== null && typeof callee === 'object') {
    const b = blockingImpls.get(callee);
    if (b !== undefined) return yield* b(undefined, args, kw);
    if (callee instanceof PyObject && !(callee instanceof PyClass)) {
      // An instance whose class defines __call__ in Python (a callable object), or natively with a
      // blocking form (functools.partial).
      const m = callee.cls.lookup('__call__');
      if (m instanceof PyFunction || (m instanceof PyObject && blockingImpls.has(m)))
        return yield* threadedCallMethod(m, callee, args, kw);
    }
  }
  return call(callee, args, kw);
}

/** A method found on the class, called with `self` from a thread's body. */
export function* threadedCallMethod(m: PyValue, self: PyValue, args: PyValue[], kw: KwArgs): ThreadGen {
  if (run.sliceDue) yield END_SLICE as unknown as PyValue;
  if (m instanceof PyFunction) {
    const body = threadedBodyOf(m);
    if (body !== null) return yield* runThreaded(m, body, [self, ...args], kw);
  } else if (m !== null && typeof m === 'object') {
    const b = blockingImpls.get(m);
    if (b !== undefined) return yield* b(self, args, kw);
  }
  return callMethod(m, self, args, kw);
}

function threadedBodyOf(fn: PyFunction): GenBody | null {
  const code = fn.code;
  if (code.kind !== 'function' || !code.threaded) return null;
  return code.threaded();
}

/**
 * The running thread's frames (the thread scheduler swaps them), innermost last, and where its plain calls start on the frame stack (interp/drops.ts frameStack):
 * a thread runs inside the main thread's blocking call, whose frames lie below `base` and are not
 * the thread's (0 for the main thread).
 */
export const threadFrames: { current: Frame[]; base: number } = { current: [], base: 0 };

/** The frames of the running thread, innermost first: its plain calls, then its threaded ones. */
export function* currentThreadFrames(stack: readonly (Frame | null)[]): Generator<Frame> {
  for (const f of currentThreadStack(stack)) if (f !== null) yield f;
}

/**
 * A threaded call made above the thread's plain calls (a coroutine's threaded body, run by a
 * task step of the thread's loop, calling a function): how many of the frame stack's entries
 * above the thread's base lay below it then. The thread's own calls (none below) are not listed.
 */
const framesAbove = new WeakMap<Frame, number>();

/** currentThreadFrames with the event loops between them: null where a loop runs the frames above it. */
export function* currentThreadStack(stack: readonly (Frame | null)[]): Generator<Frame | null> {
  const base = threadFrames.base;
  const mine = threadFrames.current;
  let i = stack.length - 1;
  let j = mine.length - 1;
  for (;;) {
    if (j >= 0 && (framesAbove.get(mine[j]) ?? 0) > i - base) yield mine[j--];
    else if (i >= base) yield stack[i--];
    else if (j >= 0) yield mine[j--];
    else return;
  }
}

originThread.stack = currentThreadStack;
originThread.frames = () => threadFrames.current;

runningCallers.of = (frame) => {
  const user = [...currentThreadFrames(run.get(frameStack))].filter((f) => f.code.user);
  const i = user.indexOf(frame);
  return i < 0 ? [] : user.slice(i);
};

function* runThreaded(fn: PyFunction, body: GenBody, args: PyValue[], kw: KwArgs): ThreadGen {
  const frame = fn.makeFrame(args, kw);
  tick(fn.code.firstLine);
  // The thread's list, kept across its switches (the scheduler sets `current` while it runs):
  // library frames too, as plain calls push them on the frame stack (sys.exc_info() in a library
  // `except`, warnings' stacklevel).
  const mine = threadFrames.current;
  mine.push(frame);
  const above = run.get(frameStack).length - threadFrames.base;
  if (above > 0) framesAbove.set(frame, above);
  try {
    const c = yield* body(frame);
    return c === RETURN ? frame.retval : null;
  } catch (e) {
    throw e instanceof PyExc || e instanceof RangeError ? addTraceback(e, frame) : e;
  } finally {
    mine.pop();
  }
}

/**
 * The next item of `it` from a thread's body (undefined: exhausted). A generator's threaded body
 * hands what it blocks on up here, so the thread suspends (other threads run) rather than blocking
 * where the generator runs; `iter(callable, sentinel)` calls its callable as the thread's call.
 */
export function* threadedNext(it: PyIterator): Generator<PyValue, PyValue | undefined, PyValue> {
  const g = generatorOf(it);
  if (g !== null) {
    for (;;) {
      g.waitsUp = true;
      let r: IteratorResult<PyValue, PyValue>;
      try {
        r = g.resume(null);
      } finally {
        g.waitsUp = false;
      }
      if (r.done) return undefined;
      if (!isWait(r.value)) return r.value;
      yield r.value;
    }
  }
  const c = it instanceof PyIteratorObject && it.it instanceof CallableIter ? it.it : null;
  if (c === null || c.done) return it.next();
  let v: PyValue;
  try {
    v = yield* threadedCall(c.fn, [], null);
  } catch (e) {
    if (isExcInstance(e, 'StopIteration')) {
      c.done = true;
      return undefined;
    }
    throw e;
  }
  return c.take(v);
}

/** Is `v` a generator's iteration (or a generator), whose items a thread's body takes one by one? */
function isGeneratorLike(v: PyValue | undefined): v is PyValue {
  return v instanceof PyGenerator || (v instanceof PyIteratorObject && v.it instanceof CallableIter);
}

/** Every item of `iterable`, taken from a thread's body. */
function* threadedItems(iterable: PyValue): ThreadGen {
  const it = getIter(iterable);
  const out: PyValue[] = [];
  for (let v = yield* threadedNext(it); v !== undefined; v = yield* threadedNext(it)) out.push(v);
  return new PyList(out);
}

/**
 * Builtins that consume a generator, called from a thread's body: the items are taken as the
 * thread's (so a generator that blocks suspends the thread). list, tuple, sorted and sum take them
 * all first (list, tuple and sorted do so in CPython too); next, any and all one at a time.
 */
function markConsumers(): void {
  const b = builtinFunctions();
  const whole = (name: string) => {
    const native = b.get(name) as object;
    markBlocking(native, function* (_self, args, kw): ThreadGen {
      if (!isGeneratorLike(args[0])) return call(native as PyValue, args, kw);
      const items = yield* threadedItems(args[0]);
      return call(native as PyValue, [items, ...args.slice(1)], kw);
    });
  };
  for (const name of ['list', 'tuple', 'sorted', 'sum']) whole(name);
  const next = b.get('next') as PyValue;
  markBlocking(next as object, function* (_self, args, kw): ThreadGen {
    const [it, dflt] = args;
    if (!isGeneratorLike(it) || kw !== null) return call(next, args, kw);
    const v = yield* threadedNext(getIter(it));
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    return call(next, args, kw);
  });
  for (const [name, stopAt] of [
    ['any', true],
    ['all', false],
  ] as const) {
    const native = b.get(name) as PyValue;
    markBlocking(native as object, function* (_self, args, kw): ThreadGen {
      if (!isGeneratorLike(args[0]) || kw !== null || args.length !== 1) return call(native, args, kw);
      const it = getIter(args[0]);
      for (let v = yield* threadedNext(it); v !== undefined; v = yield* threadedNext(it))
        if (truthy(v) === stopAt) return stopAt;
      return !stopAt;
    });
  }
}

markConsumers();
