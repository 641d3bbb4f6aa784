/**
 * asyncio.Future and asyncio.Task, modelled on Lib/asyncio/futures.py and tasks.py:
 * done-callbacks are scheduled with call_soon, a Task's step is `Task.__step`, its wake-up
 * `__wakeup`, and cancellation follows `_must_cancel` / `_fut_waiter` exactly.
 */
import {
  PyObject,
  PyExc,
  PyExceptionObject,
  PyClass,
  builtinClass,
  defMethod,
  getExcClass,
  makeError,
  pyError,
  addressOf,
  type PyValue,
} from '../runtime/core';
import { call, repr } from '../runtime/ops';
import { PyCoroutine, PySuspendable, type Awaitable, type Body } from '../interp/generator';
import type { EventLoop } from './loop';

export const futureClass = builtinClass('Future');
futureClass.module = 'asyncio';
export const taskClass = builtinClass('Task', futureClass);
taskClass.module = 'asyncio';

export type FutState = 'PENDING' | 'CANCELLED' | 'FINISHED';

export interface DoneCallback {
  fn: (fut: Future) => void;
  /** The Python callable, when added from Python (remove_done_callback compares it). */
  py: PyValue | undefined;
  label: string;
}

export function cancelledError(msg: PyValue): PyExceptionObject {
  return makeError('CancelledError', msg === null || msg === undefined ? undefined : (msg as string));
}

/** Hooks the simulation installs: trace recording and task bookkeeping. */
export interface SimHooks {
  taskCreated(t: Task): void;
  stepStart(t: Task): void;
  stepEnd(t: Task): void;
  futureDone(f: Future): void;
  nextTaskName(): string;
  setCurrentTask(loop: EventLoop, t: Task | null): void;
}

export let hooks: SimHooks;
export function setSimHooks(h: SimHooks): void {
  hooks = h;
}

export class Future extends PyObject implements Awaitable {
  state: FutState = 'PENDING';
  result: PyValue = null;
  exception: PyExceptionObject | null = null;
  callbacks: DoneCallback[] = [];
  cancelMessage: PyValue = null;
  blocking = false;
  logTraceback = false;
  /** For a GatheringFuture: set when cancel() reached a child. */
  cancelRequested = false;
  /** What a deadlock report says this future is (gather, Event, Lock, ...). */
  waitLabel = 'Future';
  /** Who completed it: the task running then, or the loop callback (e.g. 'sleep timer'). */
  doneBy: string | null = null;
  constructor(public loop: EventLoop, cls: PyClass = futureClass) {
    super(cls);
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
    if (this.exception) throw new PyExc(this.exception);
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
    if (e.cls === getExcClass('StopIteration')) {
      const te = makeError('RuntimeError', 'StopIteration interacts badly with generators and cannot be raised into a Future');
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
    hooks.futureDone(this);
    const cbs = this.callbacks;
    if (cbs.length === 0) return;
    this.callbacks = [];
    for (const cb of cbs) this.loop.callSoon(() => cb.fn(this), cb.label);
  }

  addDoneCallback(fn: (f: Future) => void, label: string, py?: PyValue): void {
    if (this.state !== 'PENDING') this.loop.callSoon(() => fn(this), label);
    else this.callbacks.push({ fn, py, label });
  }

  removeDoneCallback(pred: (cb: DoneCallback) => boolean): number {
    const before = this.callbacks.length;
    this.callbacks = this.callbacks.filter((c) => !pred(c));
    return before - this.callbacks.length;
  }

  *awaitIter(): Body {
    if (!this.done()) {
      this.blocking = true;
      yield this;
    }
    if (!this.done()) throw pyError('RuntimeError', "await wasn't used with future");
    return this.getResult();
  }

  stateRepr(): string {
    return this.state.toLowerCase();
  }
}

export class Task extends Future {
  name: string;
  mustCancel = false;
  numCancelsRequested = 0;
  futWaiter: Future | null = null;
  cancelledExc: PyExceptionObject | null = null;
  /** Not one of the program's tasks: asyncio.run's shutdown helpers. */
  internal = false;
  /** The future whose completion woke the task for its next step (null: a plain call_soon). */
  wokenBy: Future | null = null;
  /** Report 'Task was destroyed but it is pending!' if it is dropped unfinished. */
  logDestroyPending = true;
  /** Trace bookkeeping, owned by the simulation. */
  traceId = -1;
  constructor(loop: EventLoop, public coro: PyValue, name: PyValue, internal = false) {
    super(loop, taskClass);
    this.internal = internal;
    this.name = name === null || name === undefined ? hooks.nextTaskName() : typeof name === 'string' ? name : repr(name);
    if (coro instanceof PyCoroutine) coro.awaited = true;
    loop.callSoon(() => this.step(null), `step ${this.name}`);
    loop.tasks.add(this);
    hooks.taskCreated(this);
  }

  makeCancelledError(): PyExceptionObject {
    if (this.cancelledExc) {
      const e = this.cancelledExc;
      this.cancelledExc = null;
      return e;
    }
    return cancelledError(this.cancelMessage);
  }

  cancel(msg: PyValue = null): boolean {
    if (this.done()) return false;
    this.numCancelsRequested++;
    if (this.futWaiter !== null) {
      if (this.futWaiter.cancel(msg)) return true;
    }
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) {
      this.numCancelsRequested--;
      if (this.numCancelsRequested === 0) this.mustCancel = false;
    }
    return this.numCancelsRequested;
  }

  /** Task.__step */
  step(exc: PyExc | null): void {
    if (this.done()) throw new Error(`__step(): already done: ${this.name}`);
    if (this.mustCancel) {
      if (!(exc && exc.exc.cls.isSubclassOf(getExcClass('CancelledError')))) exc = new PyExc(this.makeCancelledError());
      this.mustCancel = false;
    }
    this.futWaiter = null;
    hooks.setCurrentTask(this.loop, this);
    hooks.stepStart(this);
    try {
      this.stepRun(exc);
    } finally {
      hooks.stepEnd(this);
      hooks.setCurrentTask(this.loop, null);
    }
  }

  private stepRun(exc: PyExc | null): void {
    const coro = this.coro as PySuspendable;
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = exc === null ? coro.resume(null) : coro.resumeThrow(exc);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const cls = e.exc.cls;
      if (cls.isSubclassOf(getExcClass('CancelledError'))) {
        this.cancelledExc = e.exc;
        Future.prototype.cancel.call(this, null);
      } else {
        Future.prototype.setException.call(this, e.exc);
      }
      return;
    }
    if (r.done) {
      if (this.mustCancel) {
        this.mustCancel = false;
        Future.prototype.cancel.call(this, this.cancelMessage);
      } else Future.prototype.setResult.call(this, r.value);
      return;
    }
    const result = r.value;
    if (result instanceof Future) {
      if (result.loop !== this.loop) {
        const ne = pyError('RuntimeError', `Task ${repr(this)} got Future ${repr(result)} attached to a different loop`);
        this.loop.callSoon(() => this.step(ne), `step ${this.name}`);
      } else if (result.blocking) {
        if (result === this) {
          const ne = pyError('RuntimeError', `Task cannot await on itself: ${repr(this)}`);
          this.loop.callSoon(() => this.step(ne), `step ${this.name}`);
        } else {
          result.blocking = false;
          result.addDoneCallback((f) => this.wakeup(f), 'wakeup ' + this.name);
          this.futWaiter = result;
          if (this.mustCancel) {
            if (this.futWaiter.cancel(this.cancelMessage)) this.mustCancel = false;
          }
        }
      } else {
        const ne = pyError('RuntimeError', `yield was used instead of yield from in task ${repr(this)} with ${repr(result)}`);
        this.loop.callSoon(() => this.step(ne), `step ${this.name}`);
      }
    } else if (result === null) {
      this.loop.callSoon(() => this.step(null), `step ${this.name}`);
    } else {
      const ne = pyError('RuntimeError', `Task got bad yield: ${repr(result)}`);
      this.loop.callSoon(() => this.step(ne), `step ${this.name}`);
    }
  }

  /** Task.__wakeup */
  wakeup(fut: Future): void {
    this.wokenBy = fut;
    try {
      fut.getResult();
    } catch (e) {
      if (e instanceof PyExc) {
        this.step(e);
        return;
      }
      throw e;
    }
    this.step(null);
  }

  coroName(): string {
    const c = this.coro;
    if (c instanceof PySuspendable) return c.qualname;
    return c instanceof PyObject ? c.cls.name : String(c);
  }
}

// ------------------------------------------------------------------ Python-visible methods

function fut(self: PyValue): Future {
  return self as Future;
}

defMethod(futureClass, 'done', (self) => fut(self).done());
defMethod(futureClass, 'cancelled', (self) => fut(self).cancelled());
defMethod(futureClass, 'result', (self) => fut(self).getResult());
defMethod(futureClass, 'exception', (self) => fut(self).getException());
defMethod(futureClass, 'set_result', (self, args) => {
  fut(self).setResult(args[0] ?? null);
  return null;
});
defMethod(futureClass, 'set_exception', (self, args) => {
  let e = args[0];
  if (e instanceof PyClass) e = call(e, [], null);
  if (!(e instanceof PyExceptionObject)) throw pyError('TypeError', 'invalid exception object');
  fut(self).setException(e);
  return null;
});
defMethod(futureClass, 'cancel', (self, args, kw) => fut(self).cancel(kw?.get('msg') ?? args[0] ?? null));
defMethod(futureClass, 'add_done_callback', (self, args) => {
  const fn = args[0];
  const f0 = fut(self);
  f0.addDoneCallback((f) => pyCallbackRunner(f0.loop, fn, [f]), 'callback', fn);
  return null;
});

/** Set by asyncio.ts (runPyCallback) to avoid an import cycle. */
export let pyCallbackRunner: (loop: EventLoop, fn: PyValue, args: PyValue[]) => void = (_l, fn, args) => void call(fn, args, null);
export function setPyCallbackRunner(f: typeof pyCallbackRunner): void {
  pyCallbackRunner = f;
}
defMethod(futureClass, 'remove_done_callback', (self, args) => BigInt(fut(self).removeDoneCallback((c) => c.py === args[0])));
defMethod(futureClass, 'get_loop', (self) => fut(self).loop);
defMethod(futureClass, '__repr__', (self) => {
  const f = fut(self);
  let extra = '';
  if (f.state === 'FINISHED') extra = f.exception ? ` exception=${repr(f.exception)}` : ` result=${repr(f.result)}`;
  return `<Future ${f.stateRepr()}${extra}>`;
});
defMethod(taskClass, '__repr__', (self) => {
  const t = self as Task;
  const st = t.state === 'CANCELLED' ? 'cancelled' : t.state === 'FINISHED' ? 'finished' : t.mustCancel ? 'cancelling' : 'pending';
  let extra = '';
  if (t.state === 'FINISHED') extra = t.exception ? ` exception=${repr(t.exception)}` : ` result=${repr(t.result)}`;
  return `<Task ${st} name='${t.name}' coro=<${t.coroName()}() ${t.done() ? 'done' : 'running'}>${extra}>`;
});
defMethod(taskClass, 'cancel', (self, args, kw) => (self as Task).cancel(kw?.get('msg') ?? args[0] ?? null));
defMethod(taskClass, 'uncancel', (self) => BigInt((self as Task).uncancel()));
defMethod(taskClass, 'cancelling', (self) => BigInt((self as Task).numCancelsRequested));
defMethod(taskClass, 'get_name', (self) => (self as Task).name);
defMethod(taskClass, 'set_name', (self, args) => {
  (self as Task).name = typeof args[0] === 'string' ? args[0] : repr(args[0]);
  return null;
});
defMethod(taskClass, 'get_coro', (self) => (self as Task).coro);
defMethod(taskClass, 'get_context', () => null);
defMethod(taskClass, 'get_stack', () => null);

export function futureAddress(f: Future): string {
  return addressOf(f);
}
