/**
 * CPython's event loop on a virtual clock: a FIFO ready queue, a timer heap ordered exactly as
 * `heapq` orders TimerHandles (by `_when` only, so ties fall where heapq's sifting puts them),
 * and `_run_once` (Lib/asyncio/base_events.py) step for step.
 */
import { contextArg, runInContext, type Ctx } from './contexts';
import {
  PyObject,
  PyDict,
  PyExc,
  PyExceptionObject,
  PyTuple,
  builtinClass,
  getExcClass,
  isExitOrInterrupt,
  pyError,
  typeName,
  type PyClass,
  type PyValue,
} from '../runtime/core';
import { call, hashKey, repr, str, toFloat, isNumber, truthy } from '../runtime/ops';
import { isCallable } from '../runtime/builtins';
import { importModule } from '../interp/state';
import { defNativeMethod } from '../runtime/native';
import { abstractLoopFunctions, defLoopFunction, notSimulatedOn, type LoopFunction } from './loop-functions';
import { run } from '../runtime/run';
import { PyCoroutine, PyGenerator, type PyAsyncGenerator } from '../interp/generator';
import type { Wait } from '../interp/waits';
import { excLine } from '../interp/traceback';
import { leftLibraryFrame } from '../interp/library-frames';
import { Handle, PyHandle, callbackLabel, formatCallback, threadSafeHandleClass } from './events';
import { UNKNOWN_SITE, callerSite, debugOn, handlerReportRefused } from './debug-mode';
import { originDepth, setOriginDepth } from '../interp/coroutine-origin';
import { reportSlowCallback } from './slow-callbacks';
import { DEBUG, logOnAsyncio } from './asyncio-logger';

const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
export const CLOCK_RESOLUTION = 1e-9;

/** CPython's loop classes above the one a Unix program runs (their methods are the loop's own here). */
export const abstractLoopClass = builtinClass('AbstractEventLoop');
abstractLoopClass.module = 'asyncio.events';
export const baseLoopClass = builtinClass('BaseEventLoop', abstractLoopClass);
baseLoopClass.module = 'asyncio.base_events';
export const selectorLoopClass = builtinClass('BaseSelectorEventLoop', baseLoopClass);
selectorLoopClass.module = 'asyncio.selector_events';
export const loopClass = builtinClass('_UnixSelectorEventLoop', selectorLoopClass);
loopClass.module = 'asyncio.unix_events';

/** What a ready queue's slot holds once its handle was taken (the queue holds nothing there). */
const SPENT = new Handle(() => {}, '');

/** Observes loop activity for the trace (iterations, clock jumps, errors the default handler reports). */
export interface LoopObserver {
  iteration(loop: EventLoop): void;
  clockJump(from: number, to: number): void;
  /**
   * The default exception handler's report: `text` its one line for the trace, `log` what CPython
   * logs on stderr before the exception's traceback (the message, then the context's other keys).
   */
  loopError(text: string, log?: string, exc?: PyExceptionObject | null): void;
}

/** asyncio's constants.DEBUG_STACK_DEPTH: the origin tracking depth of a debug-mode loop. */
const DEBUG_STACK_DEPTH = 10;

export class EventLoop extends PyObject {
  ready: Handle[] = [];
  /** Read position in `ready` (a deque without shifting). */
  private head = 0;
  scheduled: Handle[] = [];
  timerCancelledCount = 0;
  stopping = false;
  running = false;
  /** Its run set coroutine origin tracking on (debug mode), keeping the thread's depth before. */
  originTracking = false;
  savedOriginDepth = 0;
  closed = false;
  /** loop.set_task_factory's factory (null: create_task makes a plain Task). */
  taskFactory: PyValue = null;
  /** Python-level exception handler (loop.set_exception_handler). */
  exceptionHandler: PyValue = null;
  /** loop.set_debug's value, kept as given (asyncio.run(debug=...) sets it before running). */
  debug: PyValue = false;
  /** loop.slow_callback_duration, an attribute of CPython's loop (0.1 s). */
  slowCallbackDuration: PyValue = 0.1;
  /** Tasks on this loop in creation order (asyncio.all_tasks). */
  tasks = new Set<PyObject>();
  iterations = 0;
  /** The callback running now (for the trace: what completed a future). */
  currentHandle: Handle | null = null;
  /** Async generators first iterated on this loop (closed by shutdown_asyncgens). */
  asyncgens = new Set<PyAsyncGenerator>();
  constructor(
    public clock: { now: number },
    public observer: LoopObserver,
    public onIdle: (loop: EventLoop) => void,
  ) {
    super(loopClass);
  }

  time(): number {
    return this.clock.now;
  }

  /** slow_callback_duration, the one attribute of its own a loop has here (CPython's has a __dict__). */
  getAttr(_o: PyObject, name: string): PyValue | undefined {
    if (name === 'slow_callback_duration') return this.slowCallbackDuration;
    // A method only AbstractEventLoop has along the loop's classes: CPython's concrete loop has it, Loopline's not.
    if (abstractLoopFunctions.has(this.cls.lookup(name) ?? null)) throw notSimulatedOn(this, name);
    return undefined;
  }

  setAttr(name: string, value: PyValue): boolean {
    if (name !== 'slow_callback_duration') return false;
    this.slowCallbackDuration = value;
    return true;
  }

  /**
   * When a wait of `delay` seconds from now ends. A positive delay too small to change the clock's
   * float (now + delay === now) still ends one step of it later: CPython's time moves on while the
   * loop waits, and a program that computes its sleeps from the clock (a token bucket topping up
   * to exactly 1.0) would otherwise wait forever on a virtual clock that never moves.
   */
  after(delay: number): number {
    const when = this.clock.now + delay;
    return delay > 0 && when <= this.clock.now ? nextUp(this.clock.now) : when;
  }

  /** BaseEventLoop._check_closed: a closed loop takes no callbacks, tasks or runs. */
  checkClosed(): void {
    if (this.closed) throw pyError('RuntimeError', 'Event loop is closed');
  }

  callSoon(fn: () => void, label: string): Handle {
    this.checkClosed();
    const h = new Handle(fn, label);
    // In debug mode a handle knows where it was made (a Python entry point says where; asyncio's own: unknown).
    if (this.debug !== false && debugOn(this)) h.createdAt = UNKNOWN_SITE;
    this.ready.push(h);
    return h;
  }

  callAt(when: number, fn: () => void, label: string): Handle {
    this.checkClosed();
    const h = new Handle(fn, label, when, true);
    if (this.debug !== false && debugOn(this)) h.createdAt = UNKNOWN_SITE;
    heapPush(this.scheduled, h);
    h.scheduled = true;
    return h;
  }

  /**
   * The clock as the running thread sees it now: with the CPU time it has spent so far where CPU
   * work takes time (the simulation sets this; debug mode's callback timing).
   */
  readClock: () => number = () => this.clock.now;

  /** The task whose wake-up ran last (debug mode reports a slow wake-up as its task); cleared after each callback. */
  wokenTask: PyObject | null = null;

  /** The thread running the loop (BaseEventLoop._thread_id; null while it does not run), set by the simulation. */
  threadId: () => unknown = () => null;
  runningThread: unknown = null;

  cancelHandle(h: Handle): void {
    if (h.cancelled) return;
    if (h.isTimer && h.scheduled) this.timerCancelledCount++;
    h.cancelled = true;
  }

  /** BaseEventLoop.close: the queues are emptied (the handles in them, and what they hold, go). */
  clearQueues(): void {
    this.ready = [];
    this.head = 0;
    this.scheduled = [];
  }

  readyCount(): number {
    return this.ready.length - this.head;
  }

  /**
   * Labels of the first `limit` live handles in the ready queue, in order (one pass, one array);
   * `prev` itself when it holds the same labels (nothing is allocated then).
   */
  readyLabels(limit: number, prev: string[] | null = null): string[] {
    const ready = this.ready;
    if (prev !== null) {
      let n = 0;
      let same = true;
      for (let i = this.head; i < ready.length && n < limit; i++) {
        const h = ready[i];
        if (h.cancelled) continue;
        if (n >= prev.length || prev[n] !== h.label) {
          same = false;
          break;
        }
        n++;
      }
      if (same && n === prev.length) return prev;
    }
    // Gathered in a scratch array and copied at its final size: the trace keeps one per step.
    const scratch = labelScratch;
    let n = 0;
    for (let i = this.head; i < ready.length && n < limit; i++) if (!ready[i].cancelled) scratch[n++] = ready[i].label;
    return scratch.slice(0, n);
  }

  /** The first `limit` handles still waiting in the ready queue, in order. */
  readyHandles(limit = Infinity): Handle[] {
    return this.ready.slice(this.head, limit === Infinity ? undefined : this.head + limit);
  }

  /**
   * The `k` earliest live timers, in firing order, without sorting the whole heap: a best-first
   * walk down the heap with a small frontier heap. Cancelled timers are skipped; the walk visits
   * at most `budget` nodes so a heap full of cancelled timers cannot make a snapshot slow.
   */
  nextTimers(k: number, budget = 4 * k + 64, out: Handle[] = []): Handle[] {
    const heap = this.scheduled;
    out.length = 0;
    if (heap.length === 0) return out;
    // The frontier is itself a small binary heap of indices into `heap` (no closures: this runs
    // after every task step).
    const fr = frontierScratch;
    fr.length = 0;
    fr.push(0);
    for (let visited = 0; fr.length && out.length < k && visited < budget; visited++) {
      const idx = frontierPop(fr, heap);
      const h = heap[idx];
      if (!h.cancelled) out.push(h);
      if (2 * idx + 1 < heap.length) frontierPush(fr, heap, 2 * idx + 1);
      if (2 * idx + 2 < heap.length) frontierPush(fr, heap, 2 * idx + 2);
    }
    return out;
  }

  /**
   * While other threads run, the selector's wait (threads.md): they run until the loop has a
   * callback or `deadline` passes; false when no other thread is alive (nothing to wait for).
   */
  threadWait: ((deadline: number | null) => boolean) | null = null;

  /**
   * The selector's report of the program's own sockets (asyncio streams, sim/py/sockets.py): it
   * schedules the callbacks of the ready ones, as _process_events adds them to the ready queue
   * before due timers are moved there. Null until the program opens a socket.
   */
  ioPoll: (() => void) | null = null;
  /** A socket became ready for the selector since the last poll (a thread's bytes arrived while the loop waited). */
  ioWoken = false;
  /**
   * The selector's report of child processes (asyncio's subprocesses, sim/py/subprocesses.py),
   * asked only when nothing else is ready: the children settle, then the callbacks of their ready
   * pipes and pidfds are scheduled (subprocesses.md). Null until the program starts one.
   */
  childPoll: (() => void) | null = null;
  /** A child wrote, closed a pipe or ended since the last child poll (while the loop waited for a sleeping one). */
  childWoken = false;

  /**
   * Set while runOnce runs a callback: a task step it runs may stop where its coroutine blocks its
   * thread (Task.runStep), as a thread's own code would (threads.md). An eager step, run inside
   * another call, blocks in place.
   */
  stepsMayBlock = false;
  /** A step that stopped so: the Wait its thread blocks on, and the rest of the step. */
  blockedStep: { wait: Wait; rest: () => void } | null = null;

  /**
   * The self-pipe (signal.set_wakeup_fd's, signals.ts): the signals written to it and not yet
   * read, and whether _write_to_self put a byte there. Its reader runs when select() reports it.
   */
  signalBytes: number[] = [];
  selfByte = false;
  /** _read_from_self's handling of each signal read (signals.ts). */
  signalReader: ((n: number) => void) | null = null;

  /** select() reports the self-pipe readable: its reader is called soon, reading what is there when it runs. */
  private pollSelfPipe(): void {
    if (this.signalBytes.length === 0 && !this.selfByte) return;
    if (this.selfPipeRead !== null && !this.selfPipeRead.cancelled && this.ready.includes(this.selfPipeRead, this.head))
      return;
    this.selfPipeRead = this.callSoon(() => {
      const sigs = this.signalBytes;
      this.signalBytes = [];
      this.selfByte = false;
      for (const n of sigs) this.signalReader?.(n);
    }, '_read_from_self');
    this.selfPipeRead.cname = 'BaseSelectorEventLoop._read_from_self';
  }
  private selfPipeRead: Handle | null = null;

  /** Children are seen only when nothing else is ready (subprocesses.md). */
  private pollChildren(): void {
    if (this.childPoll === null || this.readyCount() > 0 || this.stopping) return;
    this.childWoken = false;
    this.childPoll();
  }

  /**
   * One iteration of the loop (BaseEventLoop._run_once). Where the selector would wait while other
   * threads run, it yields the wait's deadline (the next timer's, null: none) and takes back
   * whether it waited: the main thread's driver blocks in place (threadWait), another thread's
   * generator hands the wait up to the thread scheduler (threads.md).
   */
  *runOnce(): Generator<number | null | Wait, void, boolean> {
    const sched = this.scheduled;
    const n = sched.length;
    if (n > MIN_SCHEDULED_TIMER_HANDLES && this.timerCancelledCount / n > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
      const kept: Handle[] = [];
      for (const h of sched) {
        if (h.cancelled) h.scheduled = false;
        else kept.push(h);
      }
      heapify(kept);
      this.scheduled = kept;
      this.timerCancelledCount = 0;
    } else {
      while (sched.length && sched[0].cancelled) {
        this.timerCancelledCount--;
        const h = heapPop(sched)!;
        h.scheduled = false;
      }
    }
    const timers = this.scheduled;
    // Loopback I/O is ready at once: a select() that reports some never waits for a timer.
    this.ioWoken = false;
    if (this.ioPoll !== null) this.ioPoll();
    this.pollChildren();
    this.pollSelfPipe();
    // select()'s timeout is 0 when a timer is due already (the clock moved while a step blocked
    // the loop): it returns at once, no other thread runs then.
    if (this.readyCount() === 0 && !this.stopping && (timers.length === 0 || timers[0].when > this.clock.now)) {
      // Other threads run while the selector waits (threads.md): until one wakes the loop
      // (call_soon_threadsafe), sends to one of its sockets, a child process wakes it, or the next
      // timer is due.
      const from = this.clock.now;
      for (;;) {
        const deadline = timers.length ? timers[0].when : null;
        const waited: boolean = yield deadline;
        // The select() that waited reports the sockets that became ready meanwhile.
        if (this.ioWoken && this.ioPoll !== null) {
          this.ioWoken = false;
          this.ioPoll();
        }
        const child = this.childWoken;
        this.pollChildren();
        // A child's change that made nothing ready (a pipe nobody reads): the wait goes on.
        if (!waited || !child || this.readyCount() > 0 || this.stopping) break;
        if (deadline !== null && this.clock.now >= deadline) break;
      }
      if (this.clock.now > from) this.observer.clockJump(from, this.clock.now);
    }
    if (this.readyCount() === 0 && !this.stopping) {
      if (timers.length === 0) {
        // CPython would block forever in select(): nothing can ever run again.
        this.onIdle(this);
      } else if (timers[0].when > this.clock.now) {
        const from = this.clock.now;
        this.clock.now = timers[0].when;
        this.observer.clockJump(from, this.clock.now);
      }
    }
    const end = this.clock.now + CLOCK_RESOLUTION;
    while (timers.length) {
      if (timers[0].when >= end) break;
      const h = heapPop(timers)!;
      h.scheduled = false;
      this.ready.push(h);
    }
    this.iterations++;
    this.observer.iteration(this);
    const ntodo = this.readyCount();
    for (let i = 0; i < ntodo; i++) {
      const h = this.ready[this.head];
      // popleft(): the queue lets go of the handle (and what its arguments hold) as it runs.
      this.ready[this.head++] = SPENT;
      if (h.cancelled) continue;
      // Debug mode times each callback (on the loop's clock) and reports a slow one.
      const debug = this.debug !== false && debugOn(this);
      const t0 = debug ? this.readClock() : 0;
      this.currentHandle = h;
      this.stepsMayBlock = true;
      h.fn();
      this.stepsMayBlock = false;
      // A task step whose coroutine blocked the loop's thread: the loop's run waits as the thread
      // (its driver blocks in place or hands the wait to the thread scheduler), then the step goes on.
      for (let b = this.blockedStep; b !== null; b = this.blockedStep) {
        this.blockedStep = null;
        yield b.wait;
        this.currentHandle = h;
        this.stepsMayBlock = true;
        b.rest();
        this.stepsMayBlock = false;
      }
      if (debug) {
        this.currentHandle = null;
        const woken = this.wokenTask;
        this.wokenTask = null;
        reportSlowCallback(h, woken, this.readClock() - t0, this.slowCallbackDuration);
      }
    }
    this.currentHandle = null;
    if (this.head > 1024 && this.head * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.head);
      this.head = 0;
    }
  }

  /** BaseEventLoop.run_forever's loop: yields the selector's waits as runOnce does. */
  *runForever(): Generator<number | null | Wait, void, boolean> {
    this.running = true;
    this.runningThread = this.threadId();
    // run_forever's _set_coroutine_origin_tracking(self._debug): on while a debug-mode loop runs.
    this.setOriginTracking(debugOn(this));
    try {
      for (;;) {
        yield* this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      this.stopping = false;
      this.running = false;
      this.runningThread = null;
      this.setOriginTracking(false);
    }
  }

  /**
   * BaseEventLoop._set_coroutine_origin_tracking: on, the thread's depth is kept and set to
   * DEBUG_STACK_DEPTH (10); off, the depth kept is put back.
   */
  setOriginTracking(enabled: boolean): void {
    if (enabled === this.originTracking) return;
    if (enabled) {
      this.savedOriginDepth = originDepth();
      setOriginDepth(DEBUG_STACK_DEPTH);
    } else setOriginDepth(this.savedOriginDepth);
    this.originTracking = enabled;
  }
}

/**
 * What a loop's run yields where its selector waits: the deadline (null: none); it takes back
 * whether it waited. A Wait: a task step blocked the loop's thread on it (blockedStep).
 */
export type LoopRun<T> = Generator<number | null | Wait, T, boolean>;

/**
 * Runs `g` where it is: each selector wait is `wait(deadline)` (false: nothing waited, no other
 * thread runs), a step's Wait blocks the thread in place. An error of the wait (a deadlock, a
 * limit) is raised inside `g`, at its wait, so its finally blocks run as the plain call's did.
 */
export function runInPlace<T>(g: LoopRun<T>, wait: (deadline: number | null) => boolean): T {
  let r = g.next(false);
  for (;;) {
    if (r.done) return r.value;
    let waited: boolean;
    try {
      const v = r.value;
      if (v !== null && typeof v === 'object') {
        run.blockInPlace!(v);
        waited = true;
      } else waited = wait(v);
    } catch (e) {
      r = g.throw(e);
      continue;
    }
    r = g.next(waited);
  }
}

// ------------------------------------------------------------------ Python-visible loop methods

function loopOf(self: PyValue): EventLoop {
  return self as EventLoop;
}
/** Whether `self` is a loop of Loopline's (a loop method's own argument). */
export function isEventLoop(self: PyValue): boolean {
  return self instanceof EventLoop;
}

/**
 * A method CPython writes in Python on BaseEventLoop (or `owner`, a class under it): a function on
 * that class (sim/loop-functions.ts), so its TypeErrors name `BaseEventLoop.<name>()`.
 */
export function defLoopMethod(
  name: string,
  sig: string,
  impl: (self: PyValue, a: PyValue[]) => PyValue,
  owner: PyClass = baseLoopClass,
): LoopFunction {
  return defLoopFunction(owner, name, sig, impl, isEventLoop);
}

/** Remembers the Python callable a handle runs (the true cause of what it does names it). */
function withPy(h: Handle, fn: PyValue, args: PyValue[]): Handle {
  h.py = fn;
  h.pyArgs = args;
  return h;
}

defLoopMethod('time', 'def (self)', (self) => loopOf(self).time());

/**
 * What debug mode checks before a callback is scheduled from Python (call_soon, call_at; only the
 * callback for call_soon_threadsafe): that the loop's own thread calls (while it runs), and that the
 * callback is a callable and no coroutine.
 */
function debugChecks(loop: EventLoop, fn: PyValue, method: string, thread = true): void {
  if (loop.debug === false || !debugOn(loop)) return;
  if (thread && loop.runningThread !== null && loop.threadId() !== loop.runningThread)
    throw pyError('RuntimeError', 'Non-thread-safe operation invoked on an event loop other than the current one');
  // asyncio.iscoroutine: before 3.12 a generator counts too.
  if (fn instanceof PyCoroutine || (run.minor < 12 && fn instanceof PyGenerator) || isCoroutineFunction(fn))
    throw pyError('TypeError', `coroutines cannot be used with ${method}()`);
  if (!isCallable(fn)) throw pyError('TypeError', `a callable object was expected by ${method}(), got ${repr(fn)}`);
}

/** coroutines.iscoroutinefunction: an async def (a bound one too), else inspect's answer. */
function isCoroutineFunction(fn: PyValue): boolean {
  const f = fn as { code?: { kind: string }; func?: { code?: { kind: string } } } | null;
  const code = f?.code ?? f?.func?.code;
  if (code) return code.kind === 'coroutine';
  return truthy(call(importModule('inspect').dict!.get('iscoroutinefunction')!, [fn], null));
}

/** A handle made from Python on a loop in debug mode was created at the caller's line. */
function madeByCaller(h: Handle): Handle {
  if (h.createdAt !== null) h.createdAt = callerSite();
  return h;
}

const callSoon = (self: PyValue, [fn, args, context]: PyValue[], threadsafe = false): PyHandle => {
  const rest = (args as PyTuple).items;
  const ctx = contextArg(context);
  const loop = loopOf(self);
  loop.checkClosed();
  debugChecks(loop, fn, threadsafe ? 'call_soon_threadsafe' : 'call_soon', !threadsafe);
  const ph: PyHandle = new PyHandle(
    loop,
    madeByCaller(
      withPy(
        loop.callSoon(() => runPyCallback(loop, fn, rest, ctx, ph), callbackLabel(fn)),
        fn,
        rest,
      ),
    ),
    threadsafe && run.minor >= 14 ? threadSafeHandleClass : undefined,
    ctx,
  );
  return ph;
};
defLoopMethod('call_soon', 'def (self, callback, *args, context=None)', (self, args) => callSoon(self, args));
// Another thread's callback: the same (a _ThreadSafeHandle from 3.14); the self-pipe wakes the selector, which threadWait models (threads.md).
defLoopMethod('call_soon_threadsafe', 'def (self, callback, *args, context=None)', (self, args) =>
  callSoon(self, args, true),
);
defLoopMethod('call_later', 'def (self, delay, callback, *args, context=None)', (self, [delay, fn, args, context]) => {
  const rest = (args as PyTuple).items;
  const ctx = contextArg(context);
  const loop = loopOf(self);
  if (!isNumber(delay))
    throw pyError('TypeError', `unsupported operand type(s) for +: 'float' and '${typeName(delay)}'`);
  loop.checkClosed();
  debugChecks(loop, fn, 'call_at');
  const ph: PyHandle = new PyHandle(
    loop,
    madeByCaller(
      withPy(
        loop.callAt(loop.after(toFloat(delay)), () => runPyCallback(loop, fn, rest, ctx, ph), callbackLabel(fn)),
        fn,
        rest,
      ),
    ),
    undefined,
    ctx,
  );
  return ph;
});
defLoopMethod('call_at', 'def (self, when, callback, *args, context=None)', (self, [when, fn, args, context]) => {
  const rest = (args as PyTuple).items;
  const ctx = contextArg(context);
  const loop = loopOf(self);
  if (when === null) throw pyError('TypeError', 'when cannot be None');
  loop.checkClosed();
  debugChecks(loop, fn, 'call_at');
  const ph: PyHandle = new PyHandle(
    loop,
    madeByCaller(
      withPy(
        loop.callAt(toFloat(when), () => runPyCallback(loop, fn, rest, ctx, ph), callbackLabel(fn)),
        fn,
        rest,
      ),
    ),
    undefined,
    ctx,
  );
  return ph;
});
defLoopMethod('get_debug', 'def (self)', (self) => loopOf(self).debug);
defLoopMethod('set_debug', 'def (self, enabled)', (self, [enabled]) => {
  const loop = loopOf(self);
  loop.debug = enabled;
  // On a running loop the flag counts from the next callback on (each one's timing is decided as it
  // starts), and call_soon_threadsafe queues _set_coroutine_origin_tracking(enabled), which switches
  // the tracking run_forever set up (a handle made in debug mode: created at asyncio's own line).
  if (loop.running) {
    const h = loop.callSoon(() => loop.setOriginTracking(truthy(enabled)), 'coroutine origin tracking');
    h.cname = 'BaseEventLoop._set_coroutine_origin_tracking';
    h.pyArgs = [enabled];
    if (run.minor >= 14) h.view = new PyHandle(loop, h, threadSafeHandleClass);
  }
  return null;
});
defLoopMethod('set_exception_handler', 'def (self, handler)', (self, [handler]) => {
  loopOf(self).exceptionHandler = handler;
  return null;
});
defLoopMethod('get_exception_handler', 'def (self)', (self) => loopOf(self).exceptionHandler);
/** The context's message (its default when missing) and exception. */
function contextMessage(ctx: PyValue): { message: string; exc: PyExceptionObject | null } {
  const msg = ctx instanceof PyDict ? ctx.map.get(hashKey('message'))?.value : null;
  const exc = ctx instanceof PyDict ? ctx.map.get(hashKey('exception'))?.value : null;
  return {
    message: typeof msg === 'string' && msg !== '' ? msg : 'Unhandled exception in event loop',
    exc: exc instanceof PyExceptionObject ? exc : null,
  };
}
defLoopMethod('call_exception_handler', 'def (self, context)', (self, [ctx]) => {
  const { message, exc } = contextMessage(ctx);
  reportLoopError(loopOf(self), message, exc, ctx instanceof PyDict ? ctx : null);
  return null;
});
// Never the program's handler: a handler that defers to this one must not be called again.
defLoopMethod('default_exception_handler', 'def (self, context)', (self, [ctx]) => {
  defaultExceptionHandler(loopOf(self), ctx instanceof PyDict ? ctx : contextDict([]));
  return null;
});
defLoopMethod('is_running', 'def (self)', (self) => loopOf(self).running);
defLoopMethod('is_closed', 'def (self)', (self) => loopOf(self).closed);
defLoopMethod('stop', 'def (self)', (self) => {
  loopOf(self).stopping = true;
  return null;
});
/** BaseEventLoop.close's debug log call. */
const CLOSE_LOG = { file: 'base_events.py', lines: [676, 707, 744, 742], func: 'close' };

/** BaseEventLoop.close in debug mode: `logger.debug("Close %r", self)`, before the loop is closed. */
export function logClose(l: EventLoop): void {
  if (l.debug !== false && debugOn(l)) logOnAsyncio(DEBUG, CLOSE_LOG, 'Close %r', new PyTuple([l]));
}

/** What the simulation does when a loop closes: its queues go, and the tasks only they held (runners.ts). */
export const loopCloseHook: {
  closed: ((loop: EventLoop) => void) | null;
  /** _UnixSelectorEventLoop.close's removal of its signal handlers (signals.ts). */
  signals: ((loop: EventLoop) => void) | null;
} = { closed: null, signals: null };

defLoopMethod(
  'close',
  'def (self)',
  (self) => {
    const l = loopOf(self);
    if (l.running) throw pyError('RuntimeError', 'Cannot close a running event loop');
    if (l.closed) return null;
    logClose(l);
    loopCloseHook.signals?.(l);
    l.closed = true;
    l.clearQueues();
    loopCloseHook.closed?.(l);
    return null;
  },
  loopClass,
);
// The runtime's repr calls a built-in class's native __repr__ (CPython's is BaseEventLoop's).
defNativeMethod(
  loopClass,
  '__repr__',
  'def (self)',
  (self) => {
    const l = loopOf(self);
    return `<_UnixSelectorEventLoop running=${l.running ? 'True' : 'False'} closed=${l.closed ? 'True' : 'False'} debug=${str(l.debug)}>`;
  },
  'BaseEventLoop.__repr__',
);

/**
 * Handle._run: a callback's exception goes to the loop's exception handler, not up the stack; the
 * context names the handle that ran it, when the program holds one (call_soon, call_later, call_at).
 */
export function runPyCallback(
  loop: EventLoop,
  fn: PyValue,
  args: PyValue[],
  ctx: Ctx | null = null,
  handle: PyHandle | null = null,
): void {
  try {
    if (ctx === null) call(fn, args, null);
    else runInContext(ctx, () => call(fn, args, null));
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    if (isExitOrInterrupt(e.exc)) throw e;
    // It leaves the callback through Handle._run's frame, which its traceback shows.
    leftLibraryFrame(e.exc, 'Handle._run', true);
    const message = `Exception in callback ${formatCallback(fn, args)}`;
    // A done callback runs through a Handle in CPython too (call_soon): the context names one like it.
    const h = handle ?? new PyHandle(loop, withPy(new Handle(() => {}, callbackLabel(fn)), fn, args));
    reportAbout(loop, message, e.exc, 'handle', h);
  }
}

/** A report whose context is CPython's three keys: the message, the exception, and what it is about. */
function reportAbout(loop: EventLoop, message: string, exc: PyExceptionObject, key: string, about: PyValue): void {
  reportLoopError(
    loop,
    message,
    exc,
    contextDict([
      ['message', message],
      ['exception', exc],
      [key, about],
    ]),
  );
}

/** An exception handler's context dict, in CPython's key order. */
function contextDict(entries: [string, PyValue][]): PyDict {
  const d = new PyDict();
  for (const [key, value] of entries) d.map.set(hashKey(key), { key, value });
  return d;
}

/**
 * loop.call_exception_handler: the program's handler, or the default one. `ctx` is the context
 * (null: just the message and exception).
 */
function reportLoopError(loop: EventLoop, message: string, exc: PyExceptionObject | null, ctx: PyDict | null): void {
  if (loop.debug !== false && debugOn(loop))
    throw pyError('NotSimulatedError', handlerReportRefused(`'${message.split('\n')[0]}'`));
  const context = ctx ?? contextDict([['message', message], ...(exc ? [['exception', exc] as [string, PyValue]] : [])]);
  if (loop.exceptionHandler === null) {
    defaultExceptionHandler(loop, context);
    return;
  }
  try {
    call(loop.exceptionHandler, [loop, context], null);
  } catch (e) {
    // The handler's own error goes to the default handler, as BaseEventLoop.call_exception_handler does.
    if (!(e instanceof PyExc) || isExitOrInterrupt(e.exc)) throw e;
    leftLibraryFrame(e.exc, 'call_exception_handler', true);
    leftLibraryFrame(e.exc, 'call_exception_handler.312', true);
    defaultExceptionHandler(
      loop,
      contextDict([
        ['message', 'Unhandled error in exception handler'],
        ['exception', e.exc],
        ['context', context],
      ]),
    );
  }
}

/**
 * BaseEventLoop.default_exception_handler: one line for the trace (the message, and the
 * exception's); CPython's log besides: the message, then every other key of the context in
 * sorted order as `key: repr(value)` (the traceback follows it).
 */
function defaultExceptionHandler(loop: EventLoop, ctx: PyDict): void {
  const { message, exc } = contextMessage(ctx);
  const rest = [...ctx.map.values()]
    .filter(({ key }) => key !== 'message' && key !== 'exception')
    .map(({ key, value }) => [typeof key === 'string' ? key : repr(key), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const log = [message, ...rest.map(([key, value]) => `${key}: ${repr(value)}`)].join('\n');
  loop.observer.loopError(message + (exc ? ` (${excLine(exc)})` : ''), log, exc);
}

/**
 * A failed future dropped with its exception unread (Future.__del__): the program's loop exception
 * handler gets CPython's context (message, exception, future). False when there is none.
 */
export function shutdownErrorToHandler(loop: EventLoop, task: PyObject, exc: PyExceptionObject): void {
  const message = 'unhandled exception during asyncio.run() shutdown';
  reportAbout(loop, message, exc, 'task', task);
}

/** loop.shutdown_asyncgens(): an async generator whose aclose() raised an Exception (BaseEventLoop's report). */
export function asyncgenCloseErrorToHandler(loop: EventLoop, agen: PyValue, exc: PyExceptionObject): void {
  if (!exc.cls.isSubclassOf(getExcClass('Exception'))) return;
  const message = `an error occurred during closing of asynchronous generator ${repr(agen)}`;
  reportAbout(loop, message, exc, 'asyncgen', agen);
}

export function neverRetrievedToHandler(
  f: PyObject & { loop: EventLoop; exception: PyExceptionObject | null },
  message: string,
): boolean {
  const loop = f.loop;
  if (loop.exceptionHandler === null || f.exception === null) return false;
  reportAbout(loop, message, f.exception, 'future', f);
  return true;
}

// ------------------------------------------------------------------ snapshot frontier

/** readyLabels' scratch (it holds at most a snapshot's labels between calls). */
const labelScratch: string[] = [];

const frontierScratch: number[] = [];

function frontierPush(fr: number[], heap: Handle[], idx: number): void {
  fr.push(idx);
  let i = fr.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (heap[fr[i]].when >= heap[fr[p]].when) break;
    const t = fr[i];
    fr[i] = fr[p];
    fr[p] = t;
    i = p;
  }
}

function frontierPop(fr: number[], heap: Handle[]): number {
  const top = fr[0];
  const last = fr.pop()!;
  if (fr.length) {
    fr[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < fr.length && heap[fr[l]].when < heap[fr[m]].when) m = l;
      if (r < fr.length && heap[fr[r]].when < heap[fr[m]].when) m = r;
      if (m === i) break;
      const t = fr[i];
      fr[i] = fr[m];
      fr[m] = t;
      i = m;
    }
  }
  return top;
}

// ------------------------------------------------------------------ heapq, as CPython implements it

function lt(a: Handle, b: Handle): boolean {
  return a.when < b.when;
}

function siftDown(heap: Handle[], startpos: number, pos: number): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftUp(heap: Handle[], pos: number): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftDown(heap, startpos, pos);
}

function heapPush(heap: Handle[], item: Handle): void {
  heap.push(item);
  siftDown(heap, 0, heap.length - 1);
}

function heapPop(heap: Handle[]): Handle | undefined {
  const last = heap.pop();
  if (last === undefined) return undefined;
  if (heap.length) {
    const ret = heap[0];
    heap[0] = last;
    siftUp(heap, 0);
    return ret;
  }
  return last;
}

function heapify(heap: Handle[]): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftUp(heap, i);
}

/** The next float above `x` (x finite and non-negative: a clock reading). */
function nextUp(x: number): number {
  const b = new Float64Array([x]);
  const bits = new BigUint64Array(b.buffer);
  bits[0] += 1n;
  return b[0];
}
