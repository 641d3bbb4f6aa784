/**
 * asyncio.Task and the task functions, modelled on Lib/asyncio/tasks.py: a Task's step is
 * `Task.__step`, its wake-up `__wakeup`, and cancellation follows `_must_cancel` / `_fut_waiter`
 * exactly; sleep, ensure_future and gather follow their CPython code step for step.
 */
import { isAcloseTask } from '../interp/aclose-task';
import {
  PyObject,
  PyClass,
  PyList,
  PyExc,
  PyExceptionObject,
  PyNativeMethod,
  builtinClass,
  defMethod,
  getExcClass,
  isExitOrInterrupt,
  markCType,
  pyError,
  typeName,
  type KwArgs,
  type PyValue,
} from '../runtime/core';
import { repr, hashKey, call, callMethodByName, getattr, truthy } from '../runtime/ops';
import { isCallable } from '../runtime/builtins';
import { signature, type Signature } from '../runtime/signature';
import { run, RunSlot } from '../runtime/run';
import { PyCoroutine, PySuspendable, awaitTarget, isAwaitable, type Body } from '../interp/generator';
import { settleDrops } from '../interp/drops';
import { isWait, type Wait } from '../interp/waits';
import type { Frame } from '../interp/frame';
import { baseLoopClass, defLoopMethod, isEventLoop, loopClass, type EventLoop } from './base_events';
import { placeLoopFunction } from './loop-functions';
import { defNativeMethod } from '../runtime/native';
import { addGraphWaiter, removeGraphWaiter } from './call-graph';
import { Future, futureClass, cancelledError, futureReprInfo, newLoopFuture, type DoneCallback } from './futures';
import { creationSite, debugOn, withSite } from './debug-mode';
import { STEP, type Handle } from './events';
import type { Why } from '../trace/why';
import type { CurrentTasks } from './current-tasks';
import { contextArg, enterContext, leaveContext, type Ctx } from './contexts';
import { since } from '../runtime/since';

export const taskClass = builtinClass('Task', futureClass);
taskClass.module = '_asyncio';
markCType(taskClass);

/** What the simulation is told about tasks: trace recording and task bookkeeping. */
export interface TaskHooks {
  taskCreated(t: Task): void;
  stepStart(t: Task): void;
  stepEnd(t: Task): void;
  /** The running step stops where its thread blocks (other threads run); what it keeps goes to stepResumed. */
  stepSuspended(t: Task): unknown;
  /** The step stepSuspended stopped goes on. */
  stepResumed(t: Task, kept: unknown): void;
  nextTaskName(): string;
  /** set_name() gave it a new name. */
  taskRenamed(t: Task): void;
  setCurrentTask(loop: EventLoop, t: Task | null): void;
  /** Why `target` is being cancelled now (who called cancel(), and where). */
  cancelWhy(target: Future): Why;
  /** Runs `fn` with every cancel inside it caused by `why`. */
  during<T>(why: Why, fn: () => T): T;
}

/** The run's task hooks, set by the simulation. */
export const taskHooks = new RunSlot<TaskHooks>('task hooks');

/** What the task functions read from the run: the running loop, the current loop and each loop's current task. */
export interface TaskContext {
  runningLoop: EventLoop | null;
  currentTask: CurrentTasks<EventLoop, Task>;
  /** events.get_event_loop (the running loop, else the current one, made on demand). */
  getEventLoop(): EventLoop;
}

/** The run's task context, set by the simulation. */
export const taskContext = new RunSlot<TaskContext>('task context');

/** A coroutine implemented in TS (asyncio.sleep and friends): not a user frame. */
class NativeCoroutine extends PyCoroutine {
  // A parameter property, not a declared field assigned through a cast: that form made the
  // 100,000-item queue bench 5x slower (V8 shapes; measured, commit a27cd34).
  constructor(
    name: string,
    body: Body,
    readonly waitLabel: string | null,
    qualname: string,
  ) {
    super(null, body, name, qualname);
  }
}

/** A coroutine implemented in TS; `waitLabel`: what a task waiting in it waits for (see waitsFor). */
export function nativeCoroutine(
  name: string,
  body: Body,
  waitLabel: string | null = null,
  qualname = name,
): PyCoroutine {
  return new NativeCoroutine(name, body, waitLabel, qualname);
}

/**
 * Whether `coro` is one of the loop's own shutdown coroutines (`loop.shutdown_asyncgens()`,
 * `loop.shutdown_default_executor()`): a task running one is asyncio's, also when a program that
 * runs its loop by hand makes it (run_until_complete), as the recorder leaves them out.
 */
function isLoopShutdown(coro: PyValue): boolean {
  if (coro instanceof NativeCoroutine) return coro.name === 'shutdown_asyncgens';
  if (!(coro instanceof PyCoroutine) || coro.frame === null) return false;
  const code = coro.frame.code;
  return !code.user && code.name === '_loop_shutdown_default_executor';
}

/** `waiter.cancel(msg)` as the C task calls it: through the method, which a Future subclass may override. */
function cancelWaiter(waiter: Future, msg: PyValue): boolean {
  return waiter.cls.isBuiltin ? waiter.cancel(msg) : truthy(callMethodByName(waiter, 'cancel', [msg]));
}

export class Task extends Future {
  // Declared fields assigned in the constructor (as Future's).
  declare name: string;
  declare mustCancel: boolean;
  declare numCancelsRequested: number;
  declare futWaiter: Future | null;
  declare cancelledExc: PyExceptionObject | null;
  /** Not one of the program's tasks: asyncio.run's shutdown helpers. */
  declare internal: boolean;
  /** The future whose completion woke the task for its next step (null: a plain call_soon). */
  declare wokenBy: Future | null;
  /** Report 'Task was destroyed but it is pending!' if it is dropped unfinished. */
  declare logDestroyPending: boolean;
  /** The id the trace recorder gave it (-1: asyncio's own task, not recorded). */
  declare traceId: number;
  /** Why cancel() was last called on it (until a step delivers the CancelledError). */
  declare cancelWhy: Why | null;
  /** The cause of the last CancelledError a step delivered (why it ended, if it ends cancelled). */
  declare lastCancel: Why | null;
  /** The step starting now throws CancelledError into the coroutine. */
  declare cancelStep: boolean;
  /** What it waited on after its last step (for the cause of its wake-up). */
  declare waitedLabel: string | null;
  /** The name its callbacks' labels were made for, and those labels (`step Task-1`, `wakeup Task-1`). */
  declare labelsFor: string | null;
  declare stepLabelText: string;
  declare wakeupLabelText: string;
  declare sleepLabelText: string;
  /** The context its steps run in: a copy of its creator's, or the one create_task was given. */
  declare context: Ctx;

  declare coro: PyValue;
  /** An eager first step finished it: CPython dropped its coroutine (repr shows none, get_coro() is None). */
  declare coroDropped: boolean;
  /**
   * `loop` null: only allocated (a subclass's instance before Task.__init__ runs); otherwise a
   * task that starts at once when `eager` and the loop runs (3.12's eager_start), else scheduled.
   */
  constructor(
    loop: EventLoop | null,
    coro: PyValue,
    name: PyValue,
    internal = false,
    context: PyValue = null,
    cls: PyClass = taskClass,
    eager = false,
  ) {
    super(loop as EventLoop, cls);
    this.coro = coro;
    this.coroDropped = false;
    this.mustCancel = false;
    this.numCancelsRequested = 0;
    this.futWaiter = null;
    this.cancelledExc = null;
    this.wokenBy = null;
    this.logDestroyPending = true;
    this.traceId = -1;
    this.cancelWhy = null;
    this.lastCancel = null;
    this.cancelStep = false;
    this.waitedLabel = null;
    this.internal = internal;
    this.labelsFor = null;
    this.stepLabelText = '';
    this.wakeupLabelText = '';
    this.sleepLabelText = '';
    if (loop === null) {
      this.name = '';
      this.context = contextArg(null);
      return;
    }
    this.start(loop, coro, name, context, eager);
  }

  /** The rest of Task.__init__: its name, its context, then its first step (eager, or scheduled). */
  start(loop: EventLoop, coro: PyValue, name: PyValue, context: PyValue, eager: boolean): void {
    this.loop = loop;
    // A subclass's instance, allocated before its loop was known.
    if (this.createdAt === null) this.createdAt = creationSite(loop);
    this.coro = coro;
    this.name =
      name === null || name === undefined
        ? run.get(taskHooks).nextTaskName()
        : typeof name === 'string'
          ? name
          : repr(name);
    this.context = contextArg(context);
    if (coro === internalCoro.coro || isLoopShutdown(coro)) this.internal = true;
    if (coro instanceof PyCoroutine) coro.awaited = true;
    // Its steps take what its threaded body blocks on (stepRun).
    if (coro instanceof PySuspendable) coro.waitsUp = true;
    if (eager && loop.running) {
      // Registered first, as CPython's eager tasks are (all_tasks() sees it during its first step).
      loop.tasks.add(this);
      run.get(taskHooks).taskCreated(this);
      this.eagerStart();
      return;
    }
    this.scheduleStep();
    loop.tasks.add(this);
    run.get(taskHooks).taskCreated(this);
  }

  /** Schedule its next step with no exception (CPython's call_soon of its bound __step). */
  private scheduleStep(): void {
    const h = this.loop.callSoon(stepOwnTask, this.stepLabel());
    h.origin = this;
    h.cname = STEP;
  }

  /** Schedule its next step to throw `e` into its coroutine. */
  private scheduleThrow(e: PyExc): void {
    this.loop.callSoon(() => this.step(e), this.stepLabel()).cname = STEP;
  }

  /**
   * Task.__eager_start: the first step runs now, inside its creator's step, as the loop's current
   * task; the creator is current again after it. A task it finished is never scheduled.
   */
  private eagerStart(): void {
    const loop = this.loop;
    const hooks = run.get(taskHooks);
    const prev = run.get(taskContext).currentTask.get(loop) ?? null;
    hooks.setCurrentTask(loop, this);
    hooks.stepStart(this);
    try {
      const ctx = this.context;
      const prevCtx = enterContext(ctx);
      try {
        this.stepRun(null);
      } finally {
        leaveContext(ctx, prevCtx);
      }
    } finally {
      hooks.stepEnd(this);
      hooks.setCurrentTask(loop, prev);
    }
    if (this.done()) this.coroDropped = true;
  }

  /** The label of its step callbacks, `step <name>` (made again only when set_name changed the name). */
  stepLabel(): string {
    if (this.labelsFor !== this.name) this.makeLabels();
    return this.stepLabelText;
  }

  wakeupLabel(): string {
    if (this.labelsFor !== this.name) this.makeLabels();
    return this.wakeupLabelText;
  }

  /** The label of the timer that ends its sleep, `<name> sleep`. */
  sleepLabel(): string {
    if (this.labelsFor !== this.name) this.makeLabels();
    return this.sleepLabelText;
  }

  private makeLabels(): void {
    this.labelsFor = this.name;
    this.stepLabelText = `step ${this.name}`;
    this.wakeupLabelText = 'wakeup ' + this.name;
    this.sleepLabelText = `${this.name} sleep`;
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
    this.cancelWhy = run.get(taskHooks).cancelWhy(this);
    this.numCancelsRequested++;
    if (this.futWaiter !== null) {
      if (cancelWaiter(this.futWaiter, msg)) return true;
    }
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) {
      this.numCancelsRequested--;
      // 3.13 also withdraws a cancel not delivered yet; before, it still arrives at the next await.
      if (this.numCancelsRequested === 0 && run.minor >= 13) this.mustCancel = false;
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
    this.cancelStep = exc !== null && exc.exc.cls.isSubclassOf(getExcClass('CancelledError'));
    this.runStep(exc, undefined);
  }

  /**
   * The step, the task current in its context: a new one, or the rest of one whose thread blocked
   * in it (`suspended`: what the simulation kept of it). A step the loop's run started may stop
   * where the coroutine blocks its thread (a coroutine of a thread's loop calling time.sleep or a
   * lock's acquire, sim/threads.md): the loop's run waits as the thread, then goes on with it.
   */
  private runStep(exc: PyExc | null, suspended: unknown): void {
    const loop = this.loop;
    const canStop = loop.stepsMayBlock;
    loop.stepsMayBlock = false;
    const hooks = run.get(taskHooks);
    hooks.setCurrentTask(loop, this);
    if (suspended === undefined) hooks.stepStart(this);
    else hooks.stepResumed(this, suspended);
    let blocked: Wait | null = null;
    try {
      const ctx = this.context;
      const prev = enterContext(ctx);
      try {
        blocked = this.stepRun(exc, canStop);
      } finally {
        leaveContext(ctx, prev);
      }
    } finally {
      if (blocked === null) {
        hooks.stepEnd(this);
        hooks.setCurrentTask(loop, null);
      }
    }
    if (blocked !== null) {
      // Still the loop's current task while its thread waits.
      const kept = hooks.stepSuspended(this);
      loop.blockedStep = { wait: blocked, rest: () => this.runStep(null, kept) };
    }
  }

  /** The step's run of the coroutine and what it yielded; the Wait its thread blocks on when `canStop` and it blocks. */
  private stepRun(exc: PyExc | null, canStop = false): Wait | null {
    const coro = this.coro as PySuspendable;
    let r: IteratorResult<PyValue, PyValue>;
    try {
      r = exc === null ? coro.resume(null) : coro.resumeThrow(exc);
      // The coroutine blocked its thread (its threaded body's wait): the loop's run takes the
      // wait up when it can, else the thread blocks here.
      while (!r.done && isWait(r.value)) {
        if (canStop) return r.value;
        run.blockInPlace!(r.value);
        r = coro.resume(null);
      }
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      const cls = e.exc.cls;
      if (cls.isSubclassOf(getExcClass('CancelledError'))) {
        this.cancelledExc = e.exc;
        Future.prototype.cancel.call(this, null);
      } else {
        Future.prototype.setException.call(this, e.exc);
        // Task.__step_run_and_handle_result re-raises these after recording them:
        // https://github.com/python/cpython/blob/3.13/Lib/asyncio/tasks.py#L303
        if (isExitOrInterrupt(e.exc)) throw e;
      }
      return null;
    }
    if (r.done) {
      // The coroutine's frame has just let go of its locals: CPython frees them on return, before
      // the task's result is set (an async generator's finalizer hook schedules its aclose() first).
      if (run.lifetimesDue) settleDrops();
      if (this.mustCancel) {
        this.mustCancel = false;
        Future.prototype.cancel.call(this, this.cancelMessage);
      } else Future.prototype.setResult.call(this, r.value);
      return null;
    }
    const result = r.value;
    if (result instanceof Future) {
      if (result.loop !== this.loop) {
        const ne = pyError(
          'RuntimeError',
          `Task ${repr(this)} got Future ${repr(result)} attached to a different loop`,
        );
        this.scheduleThrow(ne);
      } else if (result.blocking) {
        if (result === this) {
          const ne = pyError('RuntimeError', `Task cannot await on itself: ${repr(this)}`);
          this.scheduleThrow(ne);
        } else {
          result.blocking = false;
          result.addDoneCallback(wakeupOwnTask, this.wakeupLabel(), undefined, this.context, this, 'Task.task_wakeup');
          this.futWaiter = result;
          if (!this.internal) result.awaitedBy = this;
          if (run.minor >= 14) addGraphWaiter(result, this);
          if (this.mustCancel) {
            if (cancelWaiter(this.futWaiter, this.cancelMessage)) this.mustCancel = false;
          }
        }
      } else {
        const ne = pyError(
          'RuntimeError',
          `yield was used instead of yield from in task ${repr(this)} with ${repr(result)}`,
        );
        this.scheduleThrow(ne);
      }
    } else if (result === null) {
      this.scheduleStep();
    } else {
      const ne = pyError('RuntimeError', `Task got bad yield: ${repr(result)}`);
      this.scheduleThrow(ne);
    }
    return null;
  }

  /** Task.__wakeup */
  wakeup(fut: Future): void {
    this.wokenBy = fut;
    // For debug mode's slow-callback report, which names the task a wake-up ran.
    if (this.loop.debug !== false && debugOn(this.loop)) this.loop.wokenTask = this;
    if (fut.graphWaiters !== null) removeGraphWaiter(fut, this);
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

/*
 * A task's step and wake-up callbacks: one function each for every task, called as a method of
 * their handle or done-callback record, which holds the task (a closure per task and callback
 * cost 150 bytes a task, and every parked task holds both).
 */
function stepOwnTask(this: Handle): void {
  (this.origin as Task).step(null);
}
function wakeupOwnTask(this: DoneCallback, f: Future): void {
  (this.owner as Task).wakeup(f);
}

// ------------------------------------------------------------------ Python-visible methods

// base_tasks._task_repr_info: the future's info, 'cancelling' while a cancel is pending, the name, the coroutine, what it waits for.
defMethod(taskClass, '__repr__', (self) => {
  const t = self as Task;
  const info = futureReprInfo(t);
  if (t.numCancelsRequested > 0 && !t.done()) info[0] = 'cancelling';
  info.splice(1, 0, `name=${repr(t.name)}`);
  if (t.futWaiter !== null) info.splice(2, 0, `wait_for=${repr(t.futWaiter)}`);
  if (!t.coroDropped) info.splice(2, 0, `coro=<${formatCoroutine(t)}>`);
  return `<${t.cls.name} ${info.join(' ')}>`;
});

/**
 * coroutines._format_coroutine: a coroutine of the program says where it is suspended (`running at
 * file:line`) or, finished, where it is defined; one of asyncio's own gives its name only.
 */
function formatCoroutine(t: Task): string {
  const c = t.coro;
  // A built-in awaitable with no __name__ (the aclose() of a dropped async generator).
  if (isAcloseTask(c)) return `<${(c as PyObject).cls.name} without __name__>()`;
  const frame = c instanceof PySuspendable ? c.frame : null;
  if (frame === null || !frame.code.user || !run.fileName) return `${t.coroName()}() ${t.done() ? 'done' : 'running'}`;
  if ((c as PySuspendable).state === 'closed')
    return `${t.coroName()}() done, defined at ${run.fileName}:${frame.code.firstLine}`;
  return `${t.coroName()}() running at ${run.fileName}:${frame.line}`;
}
defNativeMethod(taskClass, 'cancel', '(msg=None)', (self, [msg]) => (self as Task).cancel(msg));
// A task's result is its coroutine's: Task overrides these to refuse (Lib/asyncio/tasks.py).
for (const name of ['set_result', 'set_exception'])
  defNativeMethod(taskClass, name, 'METH_METHOD(arg, /)', () => {
    throw pyError('RuntimeError', `Task does not support ${name} operation`);
  });
defNativeMethod(taskClass, 'uncancel', '()', (self) => BigInt((self as Task).uncancel()));
defNativeMethod(taskClass, 'cancelling', '()', (self) => BigInt((self as Task).numCancelsRequested));
defNativeMethod(taskClass, 'get_name', '()', (self) => (self as Task).name);
defNativeMethod(taskClass, 'set_name', '(value, /)', (self, [value]) => {
  const t = self as Task;
  t.name = typeof value === 'string' ? value : repr(value);
  // The trace knows it by its new name now, even done (a task factory's task is named after it ran eagerly).
  run.get(taskHooks).taskRenamed(t);
  return null;
});
defNativeMethod(taskClass, 'get_coro', '()', (self) => ((self as Task).coroDropped ? null : (self as Task).coro));
defNativeMethod(taskClass, 'get_context', '()', (self) => (self as Task).context.object());
since(12, taskClass, 'get_context');
// get_stack and print_stack are asyncio's Python (sim/py/task_stack.py), installed by the asyncio module.

export function isCoroutine(v: PyValue): v is PyCoroutine {
  return v instanceof PyCoroutine;
}

/** The coroutine of one of asyncio's own tasks a task factory is making now (its task is not the program's). */
const internalCoro: { coro: PyValue } = { coro: undefined as unknown as PyValue };

/**
 * One of asyncio's own tasks (asyncio.run's shutdown steps): made by the loop's task factory when
 * it has one, as CPython's run_until_complete makes it through loop.create_task.
 */
export function internalTask(loop: EventLoop, coro: PyCoroutine): Future {
  if (loop.taskFactory === null) return new Task(loop, coro, null, true);
  internalCoro.coro = coro;
  try {
    return asFuture(loopCreateTask(loop, coro, null, null));
  } finally {
    internalCoro.coro = undefined as unknown as PyValue;
  }
}

/** Task(coro, loop=..., name=..., context=...): only a coroutine can become a task. */
export function createTask(
  loop: EventLoop,
  coro: PyValue,
  name: PyValue,
  context: PyValue = null,
  eager = false,
  cls: PyClass = taskClass,
): Task {
  if (!isCoroutine(coro)) {
    throw pyError('TypeError', `a coroutine was expected, got ${repr(coro)}`);
  }
  return new Task(loop, coro, name, false, context, cls, eager);
}

/**
 * loop.create_task as the simulated version writes it (Lib/asyncio/base_events.py): the loop's
 * task factory, when set, makes the task; up to 3.13 it is called as factory(loop, coro[, context=])
 * and the name is set afterwards (3.12 only a name given, 3.13 always, so None names it 'None'),
 * 3.14 hands it the keywords create_task got. `kw`: those keywords (3.14).
 */
export function loopCreateTask(
  loop: EventLoop,
  coro: PyValue,
  name: PyValue,
  context: PyValue,
  kw: KwArgs = null,
): PyValue {
  loop.checkClosed();
  const factory = loop.taskFactory;
  if (run.minor >= 14) {
    if (factory !== null) return call(factory, [loop, coro], kw);
    const [, , n, c, eager] = taskSignature().bind([coro], kw);
    return createTask(loop, coro, n, c, truthy(eager));
  }
  if (factory === null) return createTask(loop, coro, name, context);
  const task = call(factory, [loop, coro], context === null ? null : new Map([['context', context]]));
  if (name !== null || run.minor >= 13) call(getattr(task, 'set_name'), [name], null);
  return task;
}

/**
 * 3.14's `create_task(coro, **kwargs)`: binds `coro` (by position or by name) with `sig` and
 * returns it with the other keywords, which go on to the factory or Task().
 */
export function splitCoroKwargs(sig: Signature, args: PyValue[], kw: KwArgs): [PyValue, KwArgs] {
  if (kw === null || !kw.has('coro') || args.length > 0) return [sig.bind(args, null)[0], kw];
  const rest = new Map(kw);
  const coro = rest.get('coro')!;
  rest.delete('coro');
  return [coro, rest.size ? rest : null];
}

const CREATE_TASK_SIG = signature(
  'create_task',
  'def (self, coro, *, name=None, context=None)',
  'BaseEventLoop.create_task',
);
const CREATE_TASK_314_SIG = signature('create_task', 'def (self, coro)', 'BaseEventLoop.create_task');
// Called on the class with `self` by name, its keywords are bound as 3.13's (3.14 passes the rest on).
const CREATE_TASK_UNBOUND = signature(
  'create_task',
  'def (self, self, coro, *, name=None, context=None)',
  'BaseEventLoop.create_task',
);
const createTaskFunction = placeLoopFunction(
  baseLoopClass,
  'create_task',
  (self, args, kw) => {
    if (!isEventLoop(self))
      throw pyError(
        'NotSimulatedError',
        `BaseEventLoop.create_task() on a ${typeName(self)} object is not simulated in Loopline`,
      );
    const loop = self as EventLoop;
    if (run.minor >= 14) {
      const [coro, rest] = splitCoroKwargs(CREATE_TASK_314_SIG, args, kw);
      return withSite('caller', () => loopCreateTask(loop, coro, null, null, rest));
    }
    const [coro, name, context] = CREATE_TASK_SIG.bind(args, kw);
    return withSite('caller', () => loopCreateTask(loop, coro, name, context));
  },
  () => CREATE_TASK_UNBOUND,
);
// 3.14 passes every keyword on to the task factory or Task.
createTaskFunction.pySig = () =>
  run.minor >= 14 ? '(self, coro, **kwargs)' : '(self, coro, *, name=None, context=None)';
defLoopMethod('set_task_factory', 'def (self, factory)', (self, [factory]) => {
  if (factory !== null && !isCallable(factory)) throw pyError('TypeError', 'task factory must be a callable or None');
  (self as EventLoop).taskFactory = factory;
  return null;
});
defLoopMethod('get_task_factory', 'def (self)', (self) => (self as EventLoop).taskFactory);

const TASK_SIG_311 = signature('Task', '(coro, *, loop=None, name=None, context=None)');
const TASK_SIG = signature('Task', '(coro, *, loop=None, name=None, context=None, eager_start=False)');
/** Task()'s arguments: eager_start is 3.12's. */
function taskSignature(): Signature {
  return run.minor >= 12 ? TASK_SIG : TASK_SIG_311;
}

/** The loop a Task() call without one runs on. */
function taskLoop(loopArg: PyValue): EventLoop {
  if (loopArg instanceof PyObject && loopArg.cls === loopClass) return loopArg as EventLoop;
  const loop = run.get(taskContext).runningLoop;
  if (!loop) throw pyError('RuntimeError', 'no running event loop');
  return loop;
}

// asyncio.Task(...) (a class shared by every run) uses the current run's loops; a subclass's
// instance is allocated bare and made a task by Task.__init__ (its own __init__ calls it).
taskClass.slots.call = (_c, args, kw) => {
  const [coro, loopArg, name, context, eager] = taskSignature().bind(args, kw);
  return withSite('caller', () =>
    createTask(taskLoop(loopArg), coro, name, context, eager !== undefined && truthy(eager)),
  );
};
taskClass.slots.alloc = (cls) => new Task(null, null, null, false, null, cls);
taskClass.dict!.set(
  '__init__',
  new PyNativeMethod(
    '__init__',
    (self, args, kw) => {
      const t = self as Task;
      const [coro, loopArg, name, context, eager] = taskSignature().bind(args, kw);
      if (!isCoroutine(coro)) {
        t.logDestroyPending = false;
        throw pyError('TypeError', `a coroutine was expected, got ${repr(coro)}`);
      }
      t.start(taskLoop(loopArg), coro, name, context, eager !== undefined && truthy(eager));
      return null;
    },
    taskClass,
  ),
);

/** What a task factory made, where asyncio needs a future. */
function asFuture(v: PyValue): Future {
  if (v instanceof Future) return v;
  throw pyError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
}

/** inspect.isawaitable: what `await` accepts. */
export function isAwaitableValue(v: PyValue): boolean {
  return v instanceof Future || isAwaitable(v) || (v instanceof PyObject && v.cls.lookup('__await__') !== undefined);
}

/** tasks.ensure_future */
export function ensureFuture(ctx: TaskContext, v: PyValue, loop: EventLoop | null): Future {
  if (v instanceof Future) return v;
  if (isCoroutine(v))
    return asFuture(withSite('ensureFuture', () => loopCreateTask(loop ?? ctx.getEventLoop(), v, null, null)));
  if (isAwaitable(v) || (v instanceof PyObject && v.cls.lookup('__await__') !== undefined)) {
    return createTask(loop ?? ctx.getEventLoop(), wrapAwaitable(v), null);
  }
  throw pyError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
}

/**
 * tasks._wrap_awaitable: a coroutine that awaits `v`. It calls `v.__await__()` at its first step
 * (not when wrapped), and its await chain then continues into what that returned, so a step inside
 * a user `__await__` is located there, as in CPython.
 */
export function wrapAwaitable(v: PyValue, qualname = ensureFutureWrapperName()): PyCoroutine {
  const body = awaitWrapped(v, (next) => (chain.chainNext = next));
  const c = nativeCoroutine('_wrap_awaitable', body, null, qualname);
  const chain = c as unknown as { chainNext: PyValue };
  return c;
}

/** 3.11's wrapper is a module-level generator function; 3.12 made it a local of ensure_future. */
function ensureFutureWrapperName(): string {
  return run.minor >= 12 ? 'ensure_future.<locals>._wrap_awaitable' : '_wrap_awaitable';
}

function* awaitWrapped(v: PyValue, follow: (next: PyValue) => void): Body {
  const [body, next] = awaitTarget(v);
  follow(next);
  return yield* body;
}

/**
 * asyncio.sleep's body (Lib/asyncio/tasks.py: sleep, __sleep0), written out as the states of
 * its generator, because every sleeping task holds one: start, then either the bare yield of
 * sleep(0) or the wait on its future (Future.awaitIter), whose end cancels the timer.
 */
class SleepBody {
  private state: 'start' | 'yielded' | 'waiting' | 'over' = 'start';
  private fut: Future | null = null;
  private timer: Handle | null = null;
  constructor(
    private ctx: TaskContext,
    private delay: number,
    private result: PyValue,
  ) {}
  /** The future it waits on (what its timer's callback holds). */
  get future(): Future | null {
    return this.fut;
  }
  next(): IteratorResult<PyValue, PyValue> {
    switch (this.state) {
      case 'start':
        return this.start();
      case 'yielded':
        this.state = 'over';
        return { done: true, value: this.result };
      case 'waiting': {
        this.state = 'over';
        const fut = this.fut!;
        try {
          if (!fut.done()) throw pyError('RuntimeError', "await wasn't used with future");
          return { done: true, value: fut.getResult() };
        } finally {
          fut.loop.cancelHandle(this.timer!);
        }
      }
      case 'over':
        return { done: true, value: undefined as unknown as PyValue };
    }
  }
  throw(e: unknown): IteratorResult<PyValue, PyValue> {
    if (this.state === 'waiting') this.fut!.loop.cancelHandle(this.timer!);
    this.state = 'over';
    throw e;
  }
  return(v: PyValue): IteratorResult<PyValue, PyValue> {
    if (this.state === 'waiting') this.fut!.loop.cancelHandle(this.timer!);
    this.state = 'over';
    return { done: true, value: v };
  }
  [Symbol.iterator](): this {
    return this;
  }
  private start(): IteratorResult<PyValue, PyValue> {
    const delay = this.delay;
    if (Number.isNaN(delay)) {
      this.state = 'over';
      throw pyError('ValueError', 'Invalid delay: NaN (not a number)');
    }
    if (delay <= 0) {
      // __sleep0: a bare yield gives up one loop iteration.
      this.state = 'yielded';
      return { done: false, value: null };
    }
    const ctx = this.ctx;
    // sleep()'s get_running_loop(): none after a refused run_forever cleaned up (3.13, runners.ts).
    const loop = ctx.runningLoop;
    if (loop === null) {
      this.state = 'over';
      throw pyError('RuntimeError', 'no running event loop');
    }
    const fut = newLoopFuture(loop);
    fut.waitLabel = 'sleep';
    const sleeper = ctx.currentTask.get(loop);
    this.fut = fut;
    this.timer = loop.callAt(
      loop.after(delay),
      endSleep,
      // What the timer heap panel shows: whose sleep ends then.
      sleeper ? sleeper.sleepLabel() : 'sleep timer',
    );
    this.timer.origin = this;
    // The timer's callback is futures._set_result_unless_cancelled(future, result) (reprArgs).
    this.timer.cname = '_set_result_unless_cancelled';
    // Future.awaitIter: a pending future is yielded to the task.
    fut.blocking = true;
    this.state = 'waiting';
    return { done: false, value: fut };
  }

  /** Its timer fired: futures._set_result_unless_cancelled(future, result). */
  /** Its timer's callback arguments, for the handle's repr: (future, result). */
  reprArgs(): PyValue[] {
    return [this.fut!, this.result];
  }

  timerFired(): void {
    const fut = this.fut!;
    if (!fut.cancelled()) fut.setResult(this.result);
  }
}

/** What a queued handle's callback holds, from its origin: a sleep's timer holds the sleep's future. */
export function handleHolds(origin: object | null): object | null {
  return origin instanceof SleepBody ? origin.future : origin;
}

/** A sleep's timer callback, called as a method of its handle, whose origin is the sleep (no closure per sleep). */
function endSleep(this: Handle): void {
  (this.origin as SleepBody).timerFired();
}

/** asyncio.sleep(delay, result)'s body. */
export function sleep(ctx: TaskContext, delay: number, result: PyValue): Body {
  return new SleepBody(ctx, delay, result) as unknown as Body;
}

const gatheringFutureClass = builtinClass('_GatheringFuture', futureClass);
gatheringFutureClass.module = 'asyncio.tasks';
/** The done callback gather() adds to each child, as CPython's handles name it. */
export const GATHER_CALLBACK = 'gather.<locals>._done_callback';

export class GatheringFuture extends Future {
  constructor(
    loop: EventLoop,
    public children: Future[],
  ) {
    super(loop, gatheringFutureClass);
    this.waitLabel = 'gather';
  }
  cancel(msg: PyValue = null): boolean {
    if (this.done()) return false;
    let ret = false;
    const hooks = run.get(taskHooks);
    hooks.during({ kind: 'gather', because: hooks.cancelWhy(this) }, () => {
      for (const c of this.children) if (c.cancel(msg)) ret = true;
    });
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

/** tasks.gather: one _GatheringFuture over the distinct awaitables, results in argument order. */
export function gather(ctx: TaskContext, args: PyValue[], returnExceptions: boolean): Future {
  if (args.length === 0) {
    const outer = new Future(ctx.getEventLoop());
    outer.setResult(new PyList([]));
    return outer;
  }
  const argToFut = new Map<unknown, Future>();
  const children: Future[] = [];
  const doneFuts: Future[] = [];
  let nfuts = 0;
  let nfinished = 0;
  let loop: EventLoop | null = null;
  let outer: GatheringFuture | null = null;
  // 3.14: the children are awaited by the task that called gather (its call graph shows them).
  const running = ctx.runningLoop;
  const curTask = run.minor >= 14 && running !== null ? (ctx.currentTask.get(running) ?? null) : null;
  const doneCallback = (f: Future) => {
    nfinished++;
    if (curTask !== null && f.graphWaiters !== null) removeGraphWaiter(f, curTask);
    if (outer === null || outer.done()) {
      if (!f.cancelled()) f.getException();
      return;
    }
    if (!returnExceptions) {
      if (f.cancelled()) {
        outer.setException(f.makeCancelledError());
        return;
      }
      const exc = f.getException();
      if (exc !== null) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: PyValue[] = [];
      for (const c of children) {
        if (c.cancelled()) results.push(cancelledError(c.cancelMessage === null ? '' : c.cancelMessage));
        else {
          const e = c.getException();
          results.push(e !== null ? e : c.getResult());
        }
      }
      if (outer.cancelRequested) outer.setException(f.makeCancelledError());
      else outer.setResult(new PyList(results));
    }
  };
  for (const a of args) {
    const key = a instanceof PyObject ? a : hashKey(a);
    let f = argToFut.get(key);
    if (!f) {
      f = ensureFuture(ctx, a, loop);
      if (loop === null) loop = f.loop;
      if (f !== a && f instanceof Task) f.logDestroyPending = false;
      nfuts++;
      argToFut.set(key, f);
      // 3.12 settles a gather of done futures at once; 3.11 waits for their callbacks.
      if (f.done() && run.minor >= 12) doneFuts.push(f);
      else {
        if (curTask !== null) addGraphWaiter(f, curTask);
        f.addDoneCallback(doneCallback, 'gather callback', undefined, undefined, null, GATHER_CALLBACK);
      }
    }
    children.push(f);
  }
  outer = new GatheringFuture(loop!, children);
  for (const f of doneFuts) doneCallback(f);
  return outer;
}

/** function:line of the innermost frame of an await chain that is in the user's program. */
export function locationOf(coro: PyValue): string | null {
  const fr = innermostUserFrame(coro);
  if (fr === null) return null;
  const at = (fr.code.at ??= []);
  return (at[fr.line] ??= `${fr.code.name}:${fr.line}`);
}

/** The innermost frame of an await chain that is in the user's program (null: none). */
export function innermostUserFrame(coro: PyValue): Frame | null {
  let found: Frame | null = null;
  let o: PyValue = coro;
  // Run at every step: a coroutine with a frame is tested once (not as a PyObject, then as a PySuspendable).
  for (let guard = 0; guard < 10000; guard++) {
    if (o instanceof PySuspendable && o.frame !== null) {
      const fr: Frame = o.frame;
      if (fr.code.user) found = fr;
      o = fr.awaiting;
    } else if (o instanceof PyObject) o = (o as unknown as { chainNext?: PyValue }).chainNext ?? null;
    else break;
  }
  return found;
}

export function waitsFor(t: Task): string {
  const fw = t.futWaiter;
  if (fw instanceof Task) return fw.name;
  let o: PyValue = t.coro;
  let label: string | null = null;
  for (let guard = 0; o instanceof PySuspendable && guard < 10000; guard++) {
    const fr: Frame | null = o.frame;
    const nativeLabel = o instanceof NativeCoroutine ? o.waitLabel : null;
    if (!fr && nativeLabel && label === null) label = nativeLabel;
    if (fr && !fr.code.user && label === null) {
      const self = fr.code.scope.slots.has('self') ? fr.locals[fr.code.scope.slots.get('self')!] : undefined;
      if (self instanceof PyObject && self.cls.module.startsWith('asyncio.')) label = self.cls.name;
      else label = o.name;
    }
    o = fr ? fr.awaiting : null;
  }
  if (label !== null) return label;
  if (fw instanceof GatheringFuture) return 'gather';
  return fw ? fw.waitLabel : 'Future';
}
