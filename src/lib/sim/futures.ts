/**
 * asyncio.Future, modelled on Lib/asyncio/futures.py: done-callbacks are scheduled with
 * call_soon, and a future awaited by a task sets `_asyncio_future_blocking` (`blocking`).
 */
import { contextArg, type Ctx } from './contexts';
import {
  PyObject,
  PyExc,
  PyExceptionObject,
  PyClass,
  PyList,
  PyTuple,
  builtinClass,
  defMethod,
  getExcClass,
  makeError,
  markCType,
  native,
  pyError,
  type PyValue,
} from '../runtime/core';
import { call, repr } from '../runtime/ops';
import { run, RunSlot } from '../runtime/run';
import { NOT_SUSPENDED, type Awaitable, type Body } from '../interp/generator';
import { defLoopMethod, runPyCallback, type EventLoop } from './base_events';
import { defNativeMethod } from '../runtime/native';
import { defGetter } from '../runtime/types/util';
import { dropValue } from '../interp/drops';
import { formatCallback } from './events';
import { formatNamed } from './callback-source';
import { limitedRepr } from './reprlib';
import { createdAtText, creationSite, withSite } from './debug-mode';
import type { Why } from '../trace/why';

export const futureClass = builtinClass('Future');
futureClass.module = '_asyncio';
markCType(futureClass);

export type FutState = 'PENDING' | 'CANCELLED' | 'FINISHED';

export interface DoneCallback {
  /** Called as a method of this record (`this` is it: a task's wake-up finds its task in `owner`). */
  fn: (this: DoneCallback, fut: Future) => void;
  /** The Python callable, when added from Python (remove_done_callback compares it). */
  py: PyValue | undefined;
  label: string;
  /** The context it runs in (add_done_callback's `context=`, a task's own for its wakeup). */
  ctx: Ctx | undefined;
  /** What `fn` acts for, when one function serves many (a task's wake-up: the task), else null. */
  owner: object | null;
  /** A callback of asyncio's own: the qualname CPython's handle shows for it (see Handle.cname). */
  cname?: string;
}

export function cancelledError(msg: PyValue): PyExceptionObject {
  return makeError('CancelledError', msg === null || msg === undefined ? undefined : (msg as string));
}

/** What the simulation is told when a future completes (for the trace and final warnings). */
export interface FutureHooks {
  futureDone(f: Future): void;
}

/** The run's future hooks, set by the simulation. */
export const futureHooks = new RunSlot<FutureHooks>('future hooks');

/** A future's callbacks while it has none (shared: no array is made for a future without callbacks). */
const NO_CALLBACKS = Object.freeze([]) as unknown as DoneCallback[];

export class Future extends PyObject implements Awaitable {
  // Declared fields assigned in the constructor (as PyObject's): a future is made for every sleep,
  // queue wait and task.
  declare state: FutState;
  declare result: PyValue;
  declare exception: PyExceptionObject | null;
  /**
   * Its done callbacks in order: one is held on its own, two or more in an array (most futures get
   * exactly one, a task's wake-up or gather's, and every parked task holds two such futures).
   */
  declare callbacks: DoneCallback | DoneCallback[];
  declare cancelMessage: PyValue;
  declare blocking: boolean;
  declare logTraceback: boolean;
  /** Done callbacks scheduled and not run yet: their handles hold the future (CPython's call_soon args). */
  declare pendingCallbacks: number;
  /** For a GatheringFuture: set when cancel() reached a child. */
  declare cancelRequested: boolean;
  /** What a deadlock report says this future is (gather, Event, Lock, ...). */
  declare waitLabel: string;
  /** Who completed it: the task running then, or the loop callback (e.g. 'sleep timer'). */
  declare doneBy: string | null;
  /** Why it completed (the true cause: who set it, which timer, which cancel). */
  declare why: Why | null;
  /** For a queue's waiter: what it waits to do ('Queue.get', 'Queue.put', 'Queue.join'). */
  declare waitOp: string | null;
  /** The task that last suspended on it (its `_fut_waiter`), for the sync-object panel's waiter names. */
  declare awaitedBy: { name: string } | null;
  /**
   * 3.14's `_asyncio_awaited_by`: the future (task) that awaits it, or a set when several do, for
   * asyncio's call graphs (call-graph.ts); one waiter is held as is, as the C Future holds it.
   */
  declare graphWaiters: Future | Set<Future> | null;
  declare loop: EventLoop;
  /** Where it was created when its loop was in debug mode (its repr's `created at`, debug-mode.ts), else null. */
  declare createdAt: string | null;
  constructor(loop: EventLoop, cls: PyClass = futureClass) {
    // a subclass's instance has a __dict__ for its own attributes
    super(cls, cls.isBuiltin ? null : new Map());
    this.loop = loop;
    this.state = 'PENDING';
    this.result = null;
    this.exception = null;
    this.callbacks = NO_CALLBACKS;
    this.cancelMessage = null;
    this.blocking = false;
    this.logTraceback = false;
    this.pendingCallbacks = 0;
    this.cancelRequested = false;
    this.waitLabel = 'Future';
    this.doneBy = null;
    this.why = null;
    this.waitOp = null;
    this.awaitedBy = null;
    this.graphWaiters = null;
    this.createdAt = creationSite(loop);
  }

  done(): boolean {
    return this.state !== 'PENDING';
  }
  cancelled(): boolean {
    return this.state === 'CANCELLED';
  }

  makeCancelledError(): PyExceptionObject {
    return cancelledError(this.cancelMessage);
  }

  getResult(): PyValue {
    if (this.state === 'CANCELLED') throw new PyExc(this.makeCancelledError());
    if (this.state !== 'FINISHED') throw pyError('InvalidStateError', 'Result is not set.');
    this.logTraceback = false;
    if (this.exception) throw new PyExc(this.exception.raisedAgain());
    return this.result;
  }

  getException(): PyExceptionObject | null {
    if (this.state === 'CANCELLED') throw new PyExc(this.makeCancelledError());
    if (this.state !== 'FINISHED') throw pyError('InvalidStateError', 'Exception is not set.');
    this.logTraceback = false;
    return this.exception;
  }

  cancel(msg: PyValue = null): boolean {
    this.logTraceback = false;
    if (this.state !== 'PENDING') return false;
    this.state = 'CANCELLED';
    this.cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  setResult(v: PyValue): void {
    if (this.state !== 'PENDING') throw pyError('InvalidStateError', 'invalid state');
    this.result = v;
    this.state = 'FINISHED';
    this.scheduleCallbacks();
  }

  setException(e: PyExceptionObject): void {
    if (this.state !== 'PENDING') throw pyError('InvalidStateError', 'invalid state');
    if (e.cls === getExcClass('StopIteration') && run.minor <= 12) {
      // Up to 3.12 the future refuses it.
      throw pyError('TypeError', 'StopIteration interacts badly with generators and cannot be raised into a Future');
    }
    if (e.cls === getExcClass('StopIteration')) {
      const te = makeError(
        'RuntimeError',
        'StopIteration interacts badly with generators and cannot be raised into a Future',
      );
      te.cause = e;
      te.context = e;
      e = te;
    }
    this.exception = e;
    this.state = 'FINISHED';
    this.scheduleCallbacks();
    this.logTraceback = true;
  }

  protected scheduleCallbacks(): void {
    run.get(futureHooks).futureDone(this);
    const cbs = this.callbacks;
    if (cbs === NO_CALLBACKS) return;
    this.callbacks = NO_CALLBACKS;
    if (!Array.isArray(cbs)) this.callSoonWithSelf(cbs);
    else for (const cb of cbs) this.callSoonWithSelf(cb);
  }

  /** Its done callbacks as an array, in order (a new array when it holds one or none). */
  callbackList(): DoneCallback[] {
    const cbs = this.callbacks;
    return Array.isArray(cbs) ? cbs.slice() : [cbs];
  }

  /** How many done callbacks it holds. */
  callbackCount(): number {
    const cbs = this.callbacks;
    return Array.isArray(cbs) ? cbs.length : 1;
  }

  /** Run cb.fn(this) soon; the handle holds the future until it has run. */
  private callSoonWithSelf(cb: DoneCallback): void {
    this.pendingCallbacks++;
    const h = this.loop.callSoon(() => {
      try {
        cb.fn(this);
      } finally {
        this.pendingCallbacks--;
        dropValue(this);
      }
    }, cb.label);
    h.origin = this;
    h.py = cb.py;
    h.cname = cb.cname ?? null;
    // The future is a Python callback's argument (its repr shows it up to 3.12; asyncio's own
    // callbacks find it as the handle's origin, with no array made for every wake-up).
    if (cb.py !== undefined) h.pyArgs = [this];
  }

  /** `owner`: what `fn` acts for (see DoneCallback.owner). */
  addDoneCallback(
    fn: (this: DoneCallback, f: Future) => void,
    label: string,
    py?: PyValue,
    ctx?: Ctx,
    owner: object | null = null,
    cname?: string,
  ): void {
    const cb: DoneCallback = { fn, py, label, ctx, owner, cname };
    if (this.state !== 'PENDING') {
      this.callSoonWithSelf(cb);
      return;
    }
    const cbs = this.callbacks;
    if (cbs === NO_CALLBACKS) this.callbacks = cb;
    else if (Array.isArray(cbs)) cbs.push(cb);
    else this.callbacks = [cbs, cb];
  }

  removeDoneCallback(pred: (cb: DoneCallback) => boolean): number {
    const cbs = this.callbacks;
    if (cbs === NO_CALLBACKS) return 0;
    const before = this.callbackCount();
    const kept = (Array.isArray(cbs) ? cbs : [cbs]).filter((c) => !pred(c));
    this.callbacks = kept.length === 0 ? NO_CALLBACKS : kept.length === 1 ? kept[0] : kept;
    return before - kept.length;
  }

  /** `yield from fut` works too (Future.__iter__ is __await__). */
  get iterableAwait(): boolean {
    return true;
  }

  *awaitIter(): Body {
    const first = this.awaitStart();
    if (first !== NOT_SUSPENDED) yield first;
    return this.awaitEnd();
  }

  /** Future.__await__ up to its yield: a pending future is yielded to the task, marked blocking. */
  awaitStart(): PyValue | typeof NOT_SUSPENDED {
    if (this.done()) return NOT_SUSPENDED;
    this.blocking = true;
    return this;
  }

  /** Future.__await__ after its yield: the result, or an error if the future is still pending. */
  awaitEnd(): PyValue {
    if (!this.done()) throw pyError('RuntimeError', "await wasn't used with future");
    return this.getResult();
  }
}

// ------------------------------------------------------------------ Python-visible methods

/** asyncio's own callbacks by the names CPython gives them (a task's wakeup, gather's, run_until_complete's). */
const INTERNAL_NAMES: [string, string][] = [
  ['wakeup ', 'task_wakeup'],
  ['gather callback', '_done_callback'],
  ['run_until_complete', '_run_until_complete_cb'],
];
function internalCallback(c: DoneCallback, f: PyValue): PyValue {
  const name = INTERNAL_NAMES.find(([prefix]) => c.label.startsWith(prefix))?.[1] ?? c.label;
  return native(name, () => {
    c.fn(f as Future);
    return null;
  });
}

function fut(self: PyValue): Future {
  return self as Future;
}

// The private state tutorials print: 'PENDING', 'CANCELLED' or 'FINISHED', as CPython's _state.
defGetter(futureClass, '_state', (self) => fut(self).state);
// The exception it ended with, without marking it retrieved (the C Future's getter; Task.print_stack reads it).
defGetter(futureClass, '_exception', (self) => fut(self).exception);
// The done callbacks as (callback, context) pairs, None when there are none (as the C Future's getter).
defGetter(futureClass, '_callbacks', (self) => {
  const cbs = fut(self).callbackList();
  if (cbs.length === 0) return null;
  return new PyList(cbs.map((c) => new PyTuple([c.py ?? internalCallback(c, self), c.ctx?.object() ?? null])));
});
// Set while a pending future was yielded to the task awaiting it (Future.__await__'s first step).
defGetter(futureClass, '_asyncio_future_blocking', (self) => fut(self).blocking);
defNativeMethod(futureClass, 'done', '()', (self) => fut(self).done());
defNativeMethod(futureClass, 'cancelled', '()', (self) => fut(self).cancelled());
defNativeMethod(futureClass, 'result', '()', (self) => fut(self).getResult());
defNativeMethod(futureClass, 'exception', 'METH_METHOD()', (self) => fut(self).getException());
defNativeMethod(futureClass, 'set_result', 'METH_METHOD(result, /)', (self, [result]) => {
  fut(self).setResult(result);
  return null;
});
defNativeMethod(futureClass, 'set_exception', 'METH_METHOD(exception, /)', (self, [exception]) => {
  let e = exception;
  if (e instanceof PyClass) e = call(e, [], null);
  if (!(e instanceof PyExceptionObject)) throw pyError('TypeError', 'invalid exception object');
  fut(self).setException(e);
  return null;
});
defNativeMethod(futureClass, 'cancel', '(msg=None)', (self, [msg]) => fut(self).cancel(msg));
defNativeMethod(futureClass, 'add_done_callback', 'METH_METHOD(fn, /, *, context=None)', (self, [fn, context]) => {
  const f0 = fut(self);
  const ctx = contextArg(context);
  f0.addDoneCallback((f) => runPyCallback(f0.loop, fn, [f], ctx), 'callback', fn, ctx);
  return null;
});
defNativeMethod(futureClass, 'remove_done_callback', 'METH_METHOD(fn, /)', (self, [fn]) =>
  BigInt(fut(self).removeDoneCallback((c) => c.py === fn)),
);
defNativeMethod(futureClass, 'get_loop', 'METH_METHOD()', (self) => fut(self).loop);
// loop.create_future (BaseEventLoop.create_future), defined here so that base_events need not know futures.
defLoopMethod('create_future', 'def (self)', (self) => newLoopFuture(self as EventLoop));

/** loop.create_future() as asyncio's own code calls it (its source traceback ends in create_future). */
export function newLoopFuture(loop: EventLoop): Future {
  return withSite('createFuture', () => new Future(loop));
}
defMethod(futureClass, '__repr__', (self) => `<${fut(self).cls.name} ${futureReprInfo(fut(self)).join(' ')}>`);

/** base_futures._future_repr_info: the state, the result (through reprlib) or exception, the callbacks. */
export function futureReprInfo(f: Future): string[] {
  const info = [f.state.toLowerCase()];
  if (f.state === 'FINISHED')
    info.push(f.exception ? `exception=${repr(f.exception)}` : `result=${limitedRepr(f.result)}`);
  const cbs = f.callbackList();
  const n = cbs.length;
  if (n > 0) {
    const shown =
      n === 1
        ? callbackText(cbs[0])
        : n === 2
          ? `${callbackText(cbs[0])}, ${callbackText(cbs[1])}`
          : `${callbackText(cbs[0])}, <${n - 2} more>, ${callbackText(cbs[n - 1])}`;
    info.push(`cb=[${shown}]`);
  }
  const created = createdAtText(f.createdAt, 'a future or task');
  if (created) info.push(created.slice(1));
  return info;
}

/** asyncio's own callbacks as a future's repr names them (CPython adds their place in asyncio's source). */
const REPR_NAMES: [string, string][] = [
  ['wakeup ', 'Task.task_wakeup'],
  ['gather callback', 'gather.<locals>._done_callback'],
  ['run_until_complete', '_run_until_complete_cb'],
];
function callbackText(c: DoneCallback): string {
  if (c.py !== undefined) return formatCallback(c.py, []);
  const name = REPR_NAMES.find(([prefix]) => c.label.startsWith(prefix))?.[1];
  return name === undefined ? `${c.label}()` : formatNamed(name, []);
}
