/**
 * Calls inside a simulated thread (sim/threads.md): a thread's body runs as a JS generator so the
 * thread scheduler can switch threads at a blocking call. A Python function called from a thread
 * runs its threaded body (compiled on first use, every call and `with` a place it may block); a
 * native that blocks (time.sleep, a lock's acquire) yields what it waits for; anything else is
 * called as usual.
 */
import { PyBoundMethod, PyClass, PyExc, PyObject, type KwArgs, type PyValue } from '../runtime/core';
import { call, callMethod } from '../runtime/ops';
import { RETURN, type Frame } from './frame';
import { PyFunction, type GenBody } from './function';
import { addTraceback } from './frame-error';
import { tick } from './state';
import { run } from '../runtime/run';
import { frameStack } from './drops';
import { runningCallers } from './frame-objects';

/** What a blocked thread waits for: a condition, and a time at which it stops waiting (null: none). */
export interface Wait {
  ready(): boolean;
  deadline: number | null;
}

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
      // An instance whose class defines __call__ in Python (functools.partial, a callable object).
      const m = callee.cls.lookup('__call__');
      if (m instanceof PyFunction) return yield* threadedCallMethod(m, callee, args, kw);
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

/** currentThreadFrames with the event loops between them: null where a loop runs the frames above it. */
export function* currentThreadStack(stack: readonly (Frame | null)[]): Generator<Frame | null> {
  for (let i = stack.length - 1; i >= threadFrames.base; i--) yield stack[i];
  const mine = threadFrames.current;
  for (let i = mine.length - 1; i >= 0; i--) yield mine[i];
}

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
  try {
    const c = yield* body(frame);
    return c === RETURN ? frame.retval : null;
  } catch (e) {
    throw e instanceof PyExc || e instanceof RangeError ? addTraceback(e, frame) : e;
  } finally {
    mine.pop();
  }
}
