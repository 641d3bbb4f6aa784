/**
 * The simulation of one run: the virtual clock, the loops, asyncio.run's life cycle
 * (Lib/asyncio/runners.py). It tells the trace recorder what happens as plain facts: task names,
 * `func:line` locations, labels and snapshots of the loop's queues.
 */
import {
  PyExc,
  getExcClass,
  isExitOrInterrupt,
  isInstance,
  makeError,
  pyError,
  type PyExceptionObject,
  type PyModule,
  type PyObject,
  type PyValue,
} from '../runtime/core';
import { run, RunSlot, type Run, type RunLimits } from '../runtime/run';
import { noteAddressOrder } from '../runtime/address-order';
import { PyCoroutine, coroutines, asyncGenHooks, generatorHooks, type PyGenerator } from '../interp/generator';
import { athrowCoroutine } from '../interp/aclose-task';
import { asyncGenHooksOf, loopHooks, NO_HOOKS, type HookPair } from './asyncgen-hooks';
import { keepCallTexts } from '../interp/call-text';
import { dropHooks, frameStack, callerLine } from '../interp/drops';
import { markBlocking, threadFrames, type ThreadGen, type Wait } from '../interp/threaded';
import { excLine, formatTraceback, formatUnraisable } from '../interp/traceback';
import { callMethod, repr } from '../runtime/ops';
import { LimitExceeded, interpreter, stillRunning, mainGlobals } from '../interp/state';
import { Finalizers, TRACEMALLOC_HINT, type WarnHow } from './finalizers';
import { collectHook, destroyTasks, heldTasks, type Destroyer } from './destroyed-tasks';
import { FRAMES, addLibraryFrames, leftLibraryFrame, libraryWarning, tracebackEntries } from '../interp/library-frames';
import { installHeldViews } from './held-views';
import { Lifetimes, lifetimes } from './lifetimes';
import { releaseHook } from '../runtime/releases';
import { SimulationDrops } from './drop-hooks';
import { SNAPSHOT_LIMIT, type LoopSnapshot, type OpenStep, type TraceRecorder } from '../trace/recorder';
import {
  EventLoop,
  defLoopMethod,
  runInPlace,
  type LoopRun,
  loopCloseHook,
  logClose,
  neverRetrievedToHandler,
  shutdownErrorToHandler,
  asyncgenCloseErrorToHandler,
  type LoopObserver,
} from './base_events';
import type { Handle } from './events';
import { FrameRecorder } from './frames';
import { Future, futureHooks, type FutureHooks } from './futures';
import {
  Task,
  GatheringFuture,
  GATHER_CALLBACK,
  nativeCoroutine,
  internalTask,
  ensureFuture,
  taskHooks,
  taskContext,
  locationOf,
  waitsFor,
  type TaskContext,
  type TaskHooks,
} from './tasks';
import { CauseTracker } from './causes';
import { CurrentTasks } from './current-tasks';
import { SyncTracker } from './sync-state';
import type { Why } from '../trace/why';
import { ThreadScheduler, type SimThread } from './threads';
import { logSelector } from './selector-log';
import { logLoopError } from './loop-error-log';
import { debugOn, envDebugMode, handlerReportRefused, withSite } from './debug-mode';

/** The loop snapshot of a step when the app's details are not recorded. */
const NO_SNAPSHOT: LoopSnapshot = { ready: [], readyCount: 0, timers: [], timerCount: 0 };
/** The cause of a cancel when causes are not recorded. */
const NO_WHY: Why = { kind: 'cancel', by: { task: null, line: null, callback: null } };

/** Operations in one task step past which it is recorded as busy (CPU work that holds the loop). */
const BUSY_STEP_OPS = 1_000_000;

/** How often (real milliseconds) a run reports its progress at most. */
const PROGRESS_MS = 200;

/** A thread's event-loop slots (Simulation.loopSlots). */
interface LoopSlots {
  running: EventLoop | null;
  current: EventLoop | null;
  setCalled: boolean;
  /** The thread's async generator hooks, and those run_forever found (put back when it ends). */
  hooks: HookPair;
  hooksBefore: HookPair;
}

/** Thrown to end a run early (deadlock, limits): not catchable by the program. */
export class SimStop {
  constructor(public message: string) {}
}

/** What a step whose thread blocked in it keeps until it goes on (Simulation.stepSuspended). */
type SuspendedStep = { ops: number; lines: Map<number, number> | null; rec: OpenStep } | null;

/** The run's simulation (loop methods that run a loop reach it through this slot). */
const simulation = new RunSlot<Simulation>('simulation');

/** The simulation of the run executing now (natives shared by every run reach theirs through it). */
export function currentSimulation(): Simulation {
  return run.get(simulation);
}

export class Simulation implements TaskContext, TaskHooks, FutureHooks {
  clock = { now: 0 };
  /**
   * Each thread's event-loop slots (threads.md: a thread runs a loop of its own): the loop it
   * runs, the one set_event_loop() gave it (the policy's thread-local), and whether
   * set_event_loop() was called there (get_event_loop() no longer makes a loop then).
   */
  private loopSlots = new Map<SimThread | null, LoopSlots>();

  /** The slots of the running thread (null: the main thread, also before any thread exists). */
  private slots(): LoopSlots {
    const threads = this.threads;
    const key = threads === null || threads.current === threads.main ? null : threads.current;
    let s = this.loopSlots.get(key);
    if (s === undefined)
      this.loopSlots.set(
        key,
        (s = { running: null, current: null, setCalled: false, hooks: NO_HOOKS, hooksBefore: NO_HOOKS }),
      );
    return s;
  }

  /** The running thread's running loop (get_running_loop()'s answer). */
  get runningLoop(): EventLoop | null {
    return this.slots().running;
  }
  set runningLoop(loop: EventLoop | null) {
    const s = this.slots();
    // run_forever installs the loop's async generator hooks and puts back those it found.
    if (loop !== null && s.running === null) {
      s.hooksBefore = s.hooks;
      s.hooks = loopHooks(loop);
    } else if (loop === null && s.running !== null) s.hooks = s.hooksBefore;
    s.running = loop;
  }
  /** Every thread's running loop. */
  *runningLoops(): Generator<EventLoop> {
    for (const s of this.loopSlots.values()) if (s.running !== null) yield s.running;
  }
  /** The running thread's loop set by set_event_loop() (or made by get_event_loop()). */
  get currentLoop(): EventLoop | null {
    return this.slots().current;
  }
  set currentLoop(loop: EventLoop | null) {
    this.slots().current = loop;
  }
  /** set_event_loop() was called in the running thread (by the program or asyncio.run). */
  get loopSetCalled(): boolean {
    return this.slots().setCalled;
  }
  set loopSetCalled(called: boolean) {
    this.slots().setCalled = called;
  }

  /** Every thread's running and set loops. */
  private allLoops(): EventLoop[] {
    const out: EventLoop[] = [];
    for (const s of this.loopSlots.values()) {
      if (s.running !== null) out.push(s.running);
      if (s.current !== null && s.current !== s.running) out.push(s.current);
    }
    return out;
  }

  currentTask = new CurrentTasks<EventLoop, Task>();
  private taskCounter = 0;
  /** The tasks asyncio.run's shutdown is cancelling (alive until it has looked at them). */
  private shutdownTasks: Task[] = [];
  futuresWithErrors = new Set<Future>();
  shuttingDown = false;
  /** After the program's last line: CPython 3.13 drops loop errors reported then. */
  shuttingDownProgram = false;
  steps = 0;
  readonly limits: RunLimits;
  private outputLeft: number;
  /** The program's tasks (not asyncio's own helpers) in creation order. */
  private tasks: Task[] = [];
  /** Tasks done since `tasks` was last cleared of done ones. */
  private tasksDone = 0;
  /** The task whose step is being recorded (the parent of tasks it creates). */
  private stepping: Task | null = null;
  /** The steps an eager task's first step runs inside (innermost last), to resume after it. */
  private outerSteps: { task: Task; opsAt: number }[] = [];
  /** The run's operation count when the current step started, and the lines sampled in it (busy steps). */
  private stepOpsAt = 0;
  private stepLines: Map<number, number> | null = null;
  private lastSnapshot: LoopSnapshot | null = null;
  /** The timers a snapshot looks at (reused: snapshots copy what they keep). */
  private timerScratch: Handle[] = [];
  /** Finalizers at the moment CPython runs them (never awaited, exception never retrieved). */
  readonly finalizers: Finalizers;
  /** When objects with `__del__` or weak references die. */
  lifetimes!: Lifetimes;
  /** Works out the true cause of every wake-up and cancel. */
  readonly causes = new CauseTracker(this);
  /** Each task's frames and locals at the end of its steps. */
  private frameRec = new FrameRecorder();
  /** Records the state of the program's locks, events, semaphores, conditions, barriers and queues. */
  private readonly syncs = new SyncTracker();

  /**
   * A simulation for run `r` (which owns it from now on), recording into `rec`; `details`: record
   * what only the app shows (loop queues, frames, sync states, causes), false for the conformance
   * trace and output alone.
   */
  constructor(
    r: Run,
    public rec: TraceRecorder,
    readonly details = true,
  ) {
    this.limits = r.limits;
    this.outputLeft = r.limits.output;
    this.finalizers = this.makeFinalizers(r);
    r.write = (text) => {
      this.spendOutput(text.length);
      if (this.finalizers.pending) this.beforeWarning();
      this.rec.stdout(text, this.clock.now);
    };
    r.set(simulation, this);
    r.set(taskHooks, this);
    r.set(taskContext, this);
    r.set(futureHooks, this);
    r.set(stillRunning, this);
    r.set(keepCallTexts, details);
    const sim = this;
    r.set(
      asyncGenHooks,
      asyncGenHooksOf({
        get hooks() {
          return sim.slots().hooks;
        },
        set hooks(pair) {
          sim.slots().hooks = pair;
        },
        get runningLoop() {
          return sim.runningLoop;
        },
        get lifetimes() {
          return sim.lifetimes;
        },
        ignored: (head, exc) => this.printIgnored(head, exc),
      }),
    );
    // A generator dropped while suspended at a yield is closed as it dies (CPython's gen_dealloc
    // finalizes it): its finally blocks, `except GeneratorExit` and with-exits run then.
    r.set(generatorHooks, {
      suspended: (g: PyGenerator) =>
        this.lifetimes.onDeath(g, () => {
          if (g.state !== 'suspended') return;
          try {
            g.close();
          } catch (e) {
            if (!(e instanceof PyExc)) throw e;
            // 3.14 says what it was doing.
            const head = run.minor >= 14 ? `while closing generator ${repr(g)}:` : `in: ${repr(g)}`;
            this.printIgnored(`Exception ignored ${head}\n`, e.exc);
          }
        }),
    });
  }

  /** What the program can reach besides the frames running now: its modules, loops and pending tasks. */
  private roots(r: Run): unknown[] {
    const out: unknown[] = [r.get(interpreter).modules];
    for (const loop of this.allLoops()) {
      out.push(loop);
      for (const t of loop.tasks) if (!(t as Task).done()) out.push(t);
    }
    for (const t of this.tasks) if (!t.done()) out.push(t);
    out.push(this.shutdownTasks, this.raising);
    return out;
  }

  private makeFinalizers(r: Run): Finalizers {
    // Besides: the frames of the simulated threads that are not running now.
    installHeldViews(r, () => [...this.roots(r), ...(this.threads?.threads.map((t) => t.frames) ?? [])]);
    const f = new Finalizers({
      now: () => this.clock.now,
      step: () => this.rec.currentStep(),
      roots: () => this.roots(r),
      warn: (text, t, line, step, origin, how, at) =>
        this.rec.warning(text, t, line, step, origin, how && this.warningLog(text, how), at),
      written: () => this.rec.writes(),
      toHandler: (fut, message) => neverRetrievedToHandler(fut, message),
      refuse: (why) => {
        throw new SimStop(`Not simulated: ${why}`);
      },
      sourceLine: (file, line) => (run.isProgramFile(file) ? (this.sourceLines[line - 1] ?? '') : ''),
    });
    const lt = new Lifetimes({
      roots: () => [r.get(mainGlobals), ...f.roots().slice(1)],
      modules: () => r.get(interpreter).modules,
      ignored: (head, exc) => this.printIgnored(head, exc),
    });
    this.lifetimes = lt;
    r.set(lifetimes, lt);
    r.set(dropHooks, new SimulationDrops(f, lt));
    r.set(releaseHook, lt);
    r.get(coroutines).watcher = f;
    return f;
  }

  /**
   * What the stack holds that the frame stack does not show, as roots for the finalizers: the
   * futures run_until_complete runs, and exceptions on their way up while asyncio.run shuts down.
   */
  private readonly raising: PyObject[] = [];

  /**
   * The program failed with `exc`: what it dropped before (with no safe point since, as in a plain
   * module) is finalized now, as CPython did at each drop, before the traceback is printed; what
   * the traceback's frames (and the chained exceptions') hold stays until the end.
   */
  settleBeforeTraceback(exc: PyExceptionObject, globals: Map<string, PyValue>): void {
    const held: unknown[] = [globals];
    const seen = new Set<PyExceptionObject>();
    for (const todo = [exc]; todo.length;) {
      const x = todo.pop()!;
      if (seen.has(x)) continue;
      seen.add(x);
      held.push(x);
      for (const entry of x.traceback) if (entry.frame) held.push(entry.frame);
      if (x.caughtAt?.frame) held.push(x.caughtAt.frame);
      if (x.cause) todo.push(x.cause);
      if (x.context) todo.push(x.context);
    }
    this.finalizers.safePoint([], held);
  }

  /**
   * A warning or the program's output goes out now: what was dropped before it and died reports
   * first (Finalizers.beforeWarning), as CPython freed it then; a report logged through the
   * program's logging (loop-error-log.ts) writes before this output.
   */
  beforeWarning(): void {
    this.finalizers.beforeWarning(run.get(frameStack));
  }

  /** Finalize what nothing reaches any more (see Finalizers). */
  private safePoint(): void {
    this.lifetimes.settle(true);
    this.finalizers.safePoint(run.get(frameStack));
  }

  // ---- task and future hooks: trace recording and task bookkeeping

  taskCreated(t: Task): void {
    if (t.internal) return;
    const parent = this.stepping;
    t.traceId = this.rec.taskCreated(
      t.name,
      t.coroName(),
      parent ? parent.name : null,
      this.clock.now,
      parent ? parent.traceId : -1,
    );
    this.rec.taskLine(t.traceId, run.userLine || null);
    this.tasks.push(t);
  }

  /** Every 65,536 operations of a step: which program line runs (where a busy step spends them). */
  /** Now and then while the program computes (interp/state.ts's tick): the running line's sample and the progress report. */
  stillRunning(): void {
    if (this.stepping) this.sampleLine();
    this.reportProgress();
  }

  private sampleLine(): void {
    const lines = (this.stepLines ??= new Map());
    lines.set(run.userLine, (lines.get(run.userLine) ?? 0) + 1);
  }

  /** A step that ran BUSY_STEP_OPS operations or more is recorded with its busiest sampled line. */
  private noteBusyStep(): void {
    const ops = run.ops - this.stepOpsAt;
    const lines = this.stepLines;
    this.stepLines = null;
    if (ops < BUSY_STEP_OPS || !lines) return;
    let line = 0;
    let most = 0;
    for (const [l, n] of lines) if (n > most) [line, most] = [l, n];
    this.rec.busyStep(ops, line || null);
  }

  stepStart(t: Task): void {
    if (t.internal) return;
    if (++this.steps > this.limits.steps) throw new SimStop(`Limit: more than ${this.limits.steps} steps`);
    const outerOpsAt = this.stepOpsAt;
    this.stepOpsAt = run.ops;
    this.stepLines = null;
    if ((this.steps & 15) === 0) this.reportProgress();
    // An eager task's first step runs inside its creator's: the creator's step resumes after it.
    if (this.stepping !== null) this.outerSteps.push({ task: this.stepping, opsAt: outerOpsAt });
    this.stepping = t;
    this.threads?.loopTask(t.traceId);
    const w = t.wokenBy;
    if (!this.details) {
      t.wokenBy = null;
      this.rec.stepStart({ task: t.traceId, name: t.name, at: locationOf(t.coro), wokenBy: null }, this.clock.now);
      return;
    }
    const why = this.causes.stepWhy(t, !this.rec.hasStarted(t.traceId), t.waitedLabel);
    t.wokenBy = null;
    this.syncs.stepStart();
    this.rec.stepStart(
      { task: t.traceId, name: t.name, at: locationOf(t.coro), wokenBy: w ? (w.doneBy ?? 'loop') : null, why },
      this.clock.now,
    );
  }

  /**
   * Task `t`'s running step stops unfinished: its thread blocks inside it (a coroutine of a
   * thread's loop calling time.sleep or a lock's acquire) and other threads run, their loops'
   * steps too. The step it ran inside, if any, is the running one again.
   */
  stepSuspended(t: Task): SuspendedStep {
    if (t.internal) return null;
    // Its operations so far (the other threads' meanwhile are not its own).
    const kept = { ops: run.ops - this.stepOpsAt, lines: this.stepLines, rec: this.rec.stepSuspended() };
    const outer = this.outerSteps.pop();
    this.stepping = outer ? outer.task : null;
    if (outer) this.stepOpsAt = outer.opsAt;
    this.stepLines = null;
    return kept;
  }

  /** The step stepSuspended stopped goes on (inside the running one, if any, as an eager step would). */
  stepResumed(t: Task, suspended: unknown): void {
    const kept = suspended as SuspendedStep;
    if (kept === null) return;
    if (this.stepping !== null) this.outerSteps.push({ task: this.stepping, opsAt: this.stepOpsAt });
    this.stepping = t;
    this.stepOpsAt = run.ops - kept.ops;
    this.stepLines = kept.lines;
    this.threads?.loopTask(t.traceId);
    this.rec.stepResumed(kept.rec);
  }

  stepEnd(t: Task): void {
    // Not after an eager step: what its creator's native call holds (arguments, the new task) is on no frame.
    if (this.outerSteps.length === 0) this.safePoint();
    if (t.internal) return;
    this.noteBusyStep();
    const outer = this.outerSteps.pop();
    this.stepping = outer ? outer.task : null;
    if (outer) this.stepOpsAt = outer.opsAt;
    const done = t.done();
    if (!this.details) {
      const at = done ? null : locationOf(t.coro);
      this.rec.stepEnd({ task: t.traceId, name: t.name, done, at, waitsOn: null, loop: NO_SNAPSHOT });
      return;
    }
    const fw = t.futWaiter;
    const waitsOn = done || !fw ? null : fw.waitLabel === 'sleep' ? 'sleep' : waitsFor(t);
    t.waitedLabel = waitsOn;
    this.rec.stepEnd({
      task: t.traceId,
      name: t.name,
      done,
      at: done ? null : locationOf(t.coro),
      waitsOn,
      loop: this.snapshot(t.loop),
      frames: this.frameRec.frames(t.traceId, t.coro, done),
      sync: this.syncs.stepEnd(t),
    });
  }

  taskRenamed(t: Task): void {
    if (!t.internal && t.traceId >= 0) this.rec.taskRenamed(t.traceId, t.name);
  }

  nextTaskName(): string {
    return `Task-${++this.taskCounter}`;
  }

  setCurrentTask(loop: EventLoop, t: Task | null): void {
    if (t) this.currentTask.set(loop, t);
    else this.currentTask.delete(loop);
  }

  cancelWhy(target: Future): Why {
    return this.details ? this.causes.cancelWhy(target) : NO_WHY;
  }

  during<T>(why: Why, fn: () => T): T {
    return this.details ? this.causes.during(why, fn) : fn();
  }

  futureDone(f: Future): void {
    if (this.details) {
      const running = this.currentTask.first();
      f.doneBy = running ? running.name : (f.loop.currentHandle?.label ?? null);
      f.why = this.causes.completionWhy(f);
      this.syncs.futureDone(f);
    }
    // Done tasks are no longer the loop's or the run's to look after (every reader skips them): let them go.
    if (f instanceof Task) {
      f.loop.tasks.delete(f);
      if (++this.tasksDone * 2 > this.tasks.length && this.tasks.length > 64) {
        this.tasks = this.tasks.filter((t) => !t.done());
        this.tasksDone = 0;
      }
    }
    if (f instanceof Task && !f.internal)
      this.rec.taskDone(
        f.traceId,
        f.name,
        f.cancelled(),
        f.exception ? f.exception.cls.name : null,
        this.clock.now,
        f.cancelled() ? (f.lastCancel ?? f.cancelWhy) : null,
      );
    // Only a failed future can be reported at the end ("exception was never retrieved").
    if (f.exception !== null) this.futuresWithErrors.add(f);
    if (f instanceof Task && f.exception !== null && isExitOrInterrupt(f.exception)) this.finalizers.heldByCycle(f);
    else this.finalizers.completed(f);
    if (f instanceof Task && !f.internal && f.exception && !f.cancelled()) this.recordTaskError(f, f.exception);
  }

  /** Told how far the run has got (steps, virtual time), at most every PROGRESS_MS of real time. */
  onProgress: ((p: { steps: number; t: number; line: number }) => void) | null = null;
  private progressAt = 0;

  /** Report progress if PROGRESS_MS have passed since the last report. */
  reportProgress(): void {
    if (this.onProgress === null) return;
    const now = Date.now();
    if (now - this.progressAt < PROGRESS_MS) return;
    this.progressAt = now;
    this.onProgress({ steps: this.steps, t: this.clock.now, line: run.userLine });
  }

  /** The program's source lines, for tracebacks (simulate() sets them). */
  sourceLines: string[] = [];

  /**
   * What python3 writes on stderr for a finalizer's report: a warning at the interpreter's exit is
   * attributed to the sys module's pseudo file (`<sys>:0` from 3.13, `sys:1` before); a failed
   * future's is the exception handler's log.
   */
  private warningLog(text: string, how: WarnHow): string | undefined {
    if (how.failed) return this.neverRetrievedLog(how.failed);
    if (how.inLoop) return libraryWarning('Handle._run', text) + TRACEMALLOC_HINT;
    return how.atExit ? `${run.minor >= 13 ? '<sys>:0' : 'sys:1'}: ${text}\n` : undefined;
  }

  /**
   * What CPython's default exception handler logs on stderr for a failed future dropped unread: the
   * message, the future's repr, the exception's traceback (asyncio's own frames left out, as in all
   * of Loopline's tracebacks).
   */
  private neverRetrievedLog(f: Future): string {
    const log = `${f.cls.name} exception was never retrieved\nfuture: ${repr(f)}`;
    return logLoopError(log, f.exception) ? '' : `${log}\n${this.exceptionLog(f.exception!)}`;
  }

  /**
   * The exception as logging's exc_info prints it: its traceback (asyncio's frames alone when a
   * native callback raised it), or its line alone when it was never raised.
   */
  exceptionLog(exc: PyExceptionObject): string {
    return tracebackEntries(exc).length
      ? formatTraceback(exc, run.fileName, this.sourceLines, undefined, false, 'traceback')
      : `${excLine(exc, 'line')}\n`;
  }

  /** The traceback of a task that failed, as Python prints it, and the line that raised. */
  private recordTaskError(t: Task, e: PyExceptionObject): void {
    const inner = e.traceback.find((f) => f.user);
    this.rec.taskError(
      t.name,
      this.clock.now,
      inner ? inner.line : null,
      formatTraceback(e, run.fileName, this.sourceLines),
    );
  }

  /** The loop's queues for the trace, reusing the previous step's arrays when nothing changed. */
  private snapshot(loop: EventLoop): LoopSnapshot {
    const last = this.lastSnapshot;
    const ready = loop.readyLabels(SNAPSHOT_LIMIT, last && last.ready);
    const handles = loop.nextTimers(SNAPSHOT_LIMIT, undefined, this.timerScratch);
    let sameTimers = last !== null && last.timers.length === handles.length;
    for (let i = 0; sameTimers && i < handles.length; i++)
      sameTimers = last!.timers[i][0] === handles[i].when && last!.timers[i][1] === handles[i].label;
    let timers: [number, string][];
    if (last !== null && sameTimers) timers = last.timers;
    else {
      // At its final size: every step whose heap changed keeps one.
      timers = new Array<[number, string]>(handles.length);
      for (let i = 0; i < handles.length; i++) {
        const h = handles[i];
        timers[i] = h.snap ??= [h.when, h.label];
      }
    }
    const snap: LoopSnapshot = {
      ready,
      readyCount: loop.readyCount(),
      timers,
      timerCount: loop.scheduled.length - loop.timerCancelledCount,
    };
    this.lastSnapshot = snap;
    return snap;
  }

  /** What the program wrote, against the run's output budget: past it the run stops, at the writing line. */
  spendOutput(chars: number): void {
    this.outputLeft -= chars;
    if (this.outputLeft < 0) {
      const line = run.userLine;
      const cap = this.limits.output.toLocaleString('en-US');
      throw new LimitExceeded(`Limit: more than ${cap} characters of output, at line ${line}`, line, 'output');
    }
  }

  /** Shuts the loop's default executor down (asyncio's threads.py), once asyncio is imported. */
  shutdownExecutor: ((loop: EventLoop) => void) | null = null;

  /** Event loops run in the program's own process (threads.md): a child process running one stops the run, saying so. */
  private loopInMainProcess(): void {
    const threads = this.threads;
    if (threads !== null && threads.current.proc !== threads.main.proc)
      throw new SimStop(`Not simulated: an event loop run in ${threads.current.name} (a child process)`);
  }

  /**
   * A loop's run where it is (the main thread, or another thread's call from native code): its
   * selector waits block the thread in place (loop.threadWait).
   */
  private inPlace<T>(g: LoopRun<T>): T {
    return runInPlace(g, (deadline) => this.runningLoop?.threadWait?.(deadline) ?? false);
  }

  /**
   * A loop's run as a thread's own call (its threaded body, interp/threaded.ts): each selector
   * wait goes up to the thread scheduler as the thread's wait (the loop's callbacks, another
   * thread's call_soon_threadsafe or the next timer end it), so the other threads, the main one
   * too, run meanwhile. What the run keeps on the frame stack and in the call depth (the loop's
   * marker, its library frames' count) is put aside while the thread waits and put back when it
   * resumes (the stack is the running thread's).
   */
  *inThread<T>(g: LoopRun<T>): Generator<PyValue, T, PyValue> {
    const stack = run.get(frameStack);
    let depthAt = run.depth;
    let r = g.next(false);
    for (;;) {
      if (r.done) return r.value;
      const loop = this.runningLoop!;
      const kept = stack.splice(threadFrames.base);
      const depth = run.depth - depthAt;
      run.depth = depthAt;
      const v = r.value;
      // A task step's own wait (its coroutine blocked the thread), else the selector's.
      const wait: Wait & { what?: string } =
        v !== null && typeof v === 'object'
          ? v
          : {
              ready: () => loop.readyCount() > 0 || loop.stopping || loop.ioWoken || loop.childWoken,
              deadline: v,
              what: 'the event loop',
            };
      try {
        yield wait as unknown as PyValue;
      } catch (e) {
        r = g.throw(e);
        continue;
      } finally {
        depthAt = run.depth;
        run.depth += depth;
        stack.push(...kept);
      }
      r = g.next(true);
    }
  }

  /** The run's threads, made when the program first uses one (threads.md). */
  threads: ThreadScheduler | null = null;

  /** How many cores the simulated machine has (os.cpu_count(); RunOptions.cores). */
  cores = 4;
  /** Whether CPU work takes time on the clock once the program uses processes (RunOptions.cpuClock). */
  cpuClock = true;

  threadScheduler(): ThreadScheduler {
    return (this.threads ??= new ThreadScheduler(
      {
        now: () => this.clock.now,
        advanceTo: (t) => this.advanceTo(t),
        stop: (message) => {
          throw new SimStop(message);
        },
        log: this.rec.threads(() => this.clock.now),
        processes: () => this.rec.processes(() => this.clock.now),
      },
      this.cores,
    ));
  }

  block(seconds: number, what: string): void {
    if (seconds < 0) throw pyError('ValueError', 'sleep length must be non-negative');
    this.safePoint();
    const threads = this.threads;
    threads?.flushCpuInPlace();
    const inMain = threads === null || threads.current === threads.main;
    const line = run.userLine || null;
    if (threads !== null && (!inMain || threads.othersAlive()))
      threads.blockInPlace({ ready: () => false, deadline: this.clock.now + seconds, what });
    else this.advanceTo(this.clock.now + seconds);
    this.rec.blocked(what, seconds, this.clock.now, line, inMain ? (this.stepping?.name ?? null) : null);
  }

  advanceTo(t: number): void {
    if (t > this.limits.clock) throw new SimStop(`Limit: clock would pass ${this.limits.clock} s`);
    if (t > this.clock.now) this.clock.now = t;
  }

  newLoop(): EventLoop {
    const sim = this;
    const observer: LoopObserver = {
      iteration: () => {
        sim.safePoint();
        sim.rec.iteration();
      },
      clockJump: (from, to) => {
        if (to > sim.limits.clock) {
          sim.clock.now = from;
          throw new SimStop(`Limit: clock would pass ${sim.limits.clock} s`);
        }
      },
      loopError: (text, log, exc) => {
        if (sim.shuttingDownProgram) return;
        // The log's traceback is the exception's (asyncio's own frames left out, as in all of Loopline's tracebacks).
        const full =
          log === undefined
            ? undefined
            : logLoopError(log, exc ?? null)
              ? ''
              : `${log}\n${exc ? sim.exceptionLog(exc) : ''}`;
        sim.rec.warning(text, sim.clock.now, null, undefined, null, full);
      },
    };
    const loop = new EventLoop(this.clock, observer, (l) => {
      throw new SimStop(this.deadlockMessage(l));
    });
    logSelector();
    // BaseEventLoop.__init__: set_debug(coroutines._is_debug_mode()), PYTHONASYNCIODEBUG in os.environ.
    if (envDebugMode()) loop.debug = true;
    // With CPU time on the clock, the running thread's CPU time so far counts (without ending its slice).
    loop.readClock = () => this.clock.now + (this.threads?.pendingCpu() ?? 0);
    loop.threadId = () => {
      const threads = this.threads;
      return threads === null || threads.current === threads.main ? 'main' : threads.current;
    };
    loop.threadWait = (deadline) => {
      const threads = this.threads;
      // Before the loop waits, the CPU time of what it ran goes on the clock (when CPU work takes time).
      threads?.flushCpuInPlace();
      if (threads === null || !threads.othersAlive()) return false;
      // Children that wait for their input forever cannot wake the loop: with no timer it is stuck (its deadlock).
      if (deadline === null && threads.onlyStuckCommands()) return false;
      threads.blockInPlace({
        ready: () => loop.readyCount() > 0 || loop.stopping || loop.ioWoken || loop.childWoken,
        deadline,
        what: 'the event loop',
      });
      return true;
    };
    return loop;
  }

  /**
   * asyncio.get_event_loop() (the policy's): with no loop set yet, 3.11 makes one, 3.12 and 3.13 make
   * one with a DeprecationWarning, 3.14 refuses; once set_event_loop was called (asyncio.run calls it)
   * every version refuses when none is set.
   */
  getEventLoop(): EventLoop {
    const threads = this.threads;
    const inMain = threads === null || threads.current === threads.main;
    if (this.runningLoop) return this.runningLoop;
    // Only the main thread's policy makes a loop (another thread's get_event_loop() raises without one).
    if (inMain && !this.currentLoop && !this.loopSetCalled && run.minor <= 13) {
      if (run.minor >= 12) {
        this.beforeWarning();
        this.rec.warning('DeprecationWarning: There is no current event loop', this.clock.now, callerLine());
      }
      this.currentLoop = this.newLoop();
    }
    if (!this.currentLoop)
      throw pyError(
        'RuntimeError',
        `There is no current event loop in thread '${threads?.current.name ?? 'MainThread'}'.`,
      );
    return this.currentLoop;
  }

  /**
   * BaseEventLoop._check_running: the error for running `loop` now (this loop already runs, or
   * another does in this thread), or null.
   */
  private checkRunning(loop: EventLoop): PyExc | null {
    if (loop.running) return pyError('RuntimeError', 'This event loop is already running');
    if (this.runningLoop) return pyError('RuntimeError', 'Cannot run the event loop while another loop is running');
    return null;
  }

  /** BaseEventLoop.run_until_complete */
  runUntilComplete(loop: EventLoop, target: PyValue): PyValue {
    return this.inPlace(this.runUntilCompleteSteps(loop, target));
  }

  /** run_until_complete's run: its selector waits are yielded (inPlace, inThread). */
  *runUntilCompleteSteps(loop: EventLoop, target: PyValue): LoopRun<PyValue> {
    this.loopInMainProcess();
    if (loop.closed) {
      const e = pyError('RuntimeError', 'Event loop is closed');
      this.finalizers.holdUntilHandled(e.exc, [target]);
      throw e;
    }
    const running = this.checkRunning(loop);
    if (running !== null) {
      // The coroutine stays referenced from the traceback (run_until_complete's frame) until the
      // exception is let go: "never awaited" is reported then, as in CPython.
      this.finalizers.holdUntilHandled(running.exc, [target]);
      throw running;
    }
    let fut: Future;
    if (target instanceof Future) fut = target;
    else if (target instanceof PyCoroutine) {
      if (loop.taskFactory !== null) fut = ensureFuture(this, target, loop);
      else fut = new Task(loop, target, null);
      (fut as Task).logDestroyPending = false;
    } else throw pyError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
    // _run_until_complete_cb: a SystemExit or KeyboardInterrupt has already ended run_forever, and
    // its callback, still queued, must not stop the loop's next run.
    const cb = (f: Future) => {
      if (!f.cancelled()) {
        const exc = f.getException();
        if (exc !== null && isExitOrInterrupt(exc)) return;
      }
      loop.stopping = true;
    };
    fut.addDoneCallback(cb, 'run_until_complete', undefined, undefined, null, '_run_until_complete_cb');
    // run_until_complete's frame holds its future (and what the future holds) until it returns.
    this.raising.push(fut);
    this.safePoint();
    this.runningLoop = loop;
    // CPython has Python frames under every callback: run_until_complete, run_forever,
    // _run_once and Handle._run. They count towards the recursion limit.
    run.depth += 4;
    const stack = run.get(frameStack);
    stack.push(null);
    try {
      yield* loop.runForever();
    } catch (e) {
      // The coroutine's task raised a BaseException: consume it, the caller cannot reach that task.
      if (e instanceof PyExc && fut !== target && fut.done() && !fut.cancelled()) fut.getException();
      // It came out of a callback (a task's step) through the loop's frames.
      if (e instanceof PyExc && isExitOrInterrupt(e.exc))
        addLibraryFrames(e.exc, [
          FRAMES['Handle._run'],
          FRAMES._run_once,
          FRAMES.run_forever,
          FRAMES['run_until_complete.run_forever'],
        ]);
      throw e;
    } finally {
      stack.pop();
      run.depth -= 4;
      this.runningLoop = null;
      fut.removeDoneCallback((c) => c.fn === cb);
      this.raising.splice(this.raising.lastIndexOf(fut), 1);
    }
    if (!fut.done()) throw pyError('RuntimeError', 'Event loop stopped before Future completed.');
    try {
      return fut.getResult();
    } catch (e) {
      // `return future.result()`: the task's exception leaves through run_until_complete's frame.
      if (e instanceof PyExc) leftLibraryFrame(e.exc, 'run_until_complete', true);
      throw e;
    }
  }

  runForever(loop: EventLoop): void {
    this.inPlace(this.runForeverSteps(loop));
  }

  /** run_forever's run: its selector waits are yielded (inPlace, inThread). */
  *runForeverSteps(loop: EventLoop): LoopRun<PyValue> {
    this.loopInMainProcess();
    try {
      loop.checkClosed();
      const running = this.checkRunning(loop);
      if (running !== null) throw running;
    } catch (e) {
      // 3.13's run_forever sets up inside the try whose finally cleans up: a refused run leaves
      // the loop marked as not running (even while another thread runs it) and this thread
      // without a running loop.
      if (run.minor === 13) {
        loop.running = false;
        loop.stopping = false;
        this.runningLoop = null;
      }
      throw e;
    }
    this.safePoint();
    this.runningLoop = loop;
    run.depth += 3; // run_forever, _run_once, Handle._run
    const stack = run.get(frameStack);
    stack.push(null);
    try {
      yield* loop.runForever();
    } finally {
      stack.pop();
      run.depth -= 3;
      this.runningLoop = null;
    }
    return null;
  }

  /** asyncio.run(coro): Runner.run then Runner.close. */
  /** `debug`: asyncio.run's debug argument, given to the new loop's set_debug unless None. */
  asyncioRun(coro: PyCoroutine, debug: PyValue = null): PyValue {
    return this.inPlace(this.asyncioRunSteps(coro, debug));
  }

  /** asyncio.run's run: its selector waits are yielded (inPlace, inThread). */
  *asyncioRunSteps(coro: PyCoroutine, debug: PyValue = null): LoopRun<PyValue> {
    this.loopInMainProcess();
    const loop = this.newLoop();
    if (debug !== null) loop.debug = debug;
    this.currentLoop = loop;
    this.loopSetCalled = true;
    let result: PyValue;
    // asyncio.run and Runner.run are two more Python frames in CPython.
    run.depth += 2;
    try {
      const task = withSite('runnerTask', () => new Task(loop, coro, null));
      this.rec.runStarted(task.name, this.clock.now);
      result = yield* this.withSigint(null, task, this.runUntilCompleteSteps(loop, task));
    } catch (e) {
      run.depth -= 2;
      // A deadlock or a limit ends the whole run at once; a Python exception still shuts down,
      // and what its traceback holds stays alive meanwhile (it goes on up the stack).
      if (e instanceof PyExc) {
        if (!this.interrupts.has(e.exc)) leftLibraryFrame(e.exc, 'Runner.run');
        leftLibraryFrame(e.exc, 'run');
        this.raising.push(e.exc);
        try {
          yield* this.closeRunnerSteps(loop);
        } finally {
          this.raising.pop();
        }
      }
      throw e;
    }
    run.depth -= 2;
    yield* this.closeRunnerSteps(loop);
    return result;
  }

  /** asyncio.Runner.run(coro): its task, marked as an asyncio.run start in the trace, run to completion. */
  runnerRun(loop: EventLoop, coro: PyCoroutine, context: PyValue = null, runner: PyValue = null): PyValue {
    return this.inPlace(this.runnerRunSteps(loop, coro, context, runner));
  }

  /** Runner.run's run: its selector waits are yielded (inPlace, inThread). */
  *runnerRunSteps(loop: EventLoop, coro: PyCoroutine, context: PyValue, runner: PyValue): LoopRun<PyValue> {
    const task = withSite('runnerTask', () => new Task(loop, coro, null, false, context));
    this.rec.runStarted(task.name, this.clock.now);
    try {
      return yield* this.withSigint(runner, task, this.runUntilCompleteSteps(loop, task));
    } catch (e) {
      if (e instanceof PyExc && !this.interrupts.has(e.exc)) leftLibraryFrame(e.exc, 'Runner.run');
      throw e;
    }
  }

  /** Runner.run's SIGINT handler (sim/py/runners.py), set by the asyncio module. */
  sigint: {
    install(runner: PyValue, task: PyValue, signal: PyValue): PyValue;
    restore(handler: PyValue, signal: PyValue): void;
    /** Whether the main task's cancellation came from the handler alone (Runner.run then raises KeyboardInterrupt). */
    interrupted(handler: PyValue, task: PyValue): boolean;
  } | null = null;

  /**
   * Runs `g` with Runner.run's SIGINT handler in place, as CPython does in the main thread (another
   * thread's run installs none). CPython's asyncio has imported `signal` already; here a program
   * that imports it only during the run gets the handler installed at that import.
   */
  private *withSigint(runner: PyValue, task: Task, g: LoopRun<PyValue>): LoopRun<PyValue> {
    const sigint = this.sigint;
    const threads = this.threads;
    if (sigint === null || (threads !== null && threads.current !== threads.main)) return yield* g;
    const interp = run.get(interpreter);
    let signal = interp.modules.get('signal');
    let handler: PyValue = null;
    const install = (m: PyModule) => {
      signal = m;
      handler = sigint.install(runner, task, m);
    };
    if (signal !== undefined) install(signal);
    else interp.onImport.set('signal', install);
    try {
      return yield* g;
    } catch (e) {
      // `except CancelledError`: a cancellation that only the SIGINT handler asked for becomes
      // KeyboardInterrupt, raised in Runner.run while it is handled.
      if (e instanceof PyExc && isInstance(e.exc, getExcClass('CancelledError')) && sigint.interrupted(handler, task))
        throw new PyExc(this.runnerInterrupt(e.exc));
      throw e;
    } finally {
      interp.onImport.delete('signal');
      if (handler !== null && signal !== undefined) sigint.restore(handler, signal);
    }
  }

  /** The KeyboardInterrupt Runner.run raises for the main task `cancelled` by its SIGINT handler. */
  private runnerInterrupt(cancelled: PyExceptionObject): PyExceptionObject {
    // The cancellation's traceback ends in Runner.run, whose `except` caught it.
    leftLibraryFrame(cancelled, 'Runner.run');
    const exc = makeError('KeyboardInterrupt');
    exc.context = cancelled;
    leftLibraryFrame(exc, 'Runner.run.interrupt', true);
    this.interrupts.add(exc);
    return exc;
  }

  /** KeyboardInterrupts Runner.run raised itself: they leave it from their own line (runnerInterrupt). */
  private readonly interrupts = new WeakSet<PyExceptionObject>();

  /** Runner.close(): cancel what is left, close async generators and the default executor, close the loop. */
  closeRunner(loop: EventLoop): void {
    this.inPlace(this.closeRunnerSteps(loop));
  }

  /** Runner.close()'s runs: their selector waits are yielded (inPlace, inThread). */
  *closeRunnerSteps(loop: EventLoop): LoopRun<void> {
    // _cancel_all_tasks (its `to_cancel` list holds the tasks until their failures are reported)
    const pending = [...loop.tasks].filter((t) => !(t as Task).done()) as Task[];
    this.shutdownTasks = pending;
    // all_tasks() is a set: CPython cancels these in address order (Loopline: creation order).
    const line = callerLine();
    if (line !== null) noteAddressOrder('shutdown', line, pending.length, 'Task');
    if (pending.length) {
      this.causes.during({ kind: 'shutdown' }, () => {
        for (const t of pending) t.cancel();
      });
      const gather = new GatheringFuture(loop, pending);
      let n = 0;
      const results = () => {
        n++;
        if (n === pending.length) gather.setResult(null);
      };
      for (const t of pending)
        t.addDoneCallback(results, 'gather callback', undefined, undefined, null, GATHER_CALLBACK);
      yield* this.runUntilCompleteSteps(loop, gather);
      for (const t of pending) {
        if (t.cancelled()) continue;
        const exc = t.getException();
        if (exc) shutdownErrorToHandler(loop, t, exc);
      }
      this.shutdownTasks = [];
    }
    // shutdown_asyncgens() closes the async generators still open; shutdown_default_executor()
    // finishes at once. Both are tasks of asyncio's own (they take Task-N numbers, untraced).
    this.shuttingDown = true;
    const agens = this.shutdownAsyncgens(loop);
    yield* this.runUntilCompleteSteps(loop, internalTask(loop, nativeCoroutine('shutdown_asyncgens', agens)));
    const shutdownExecutor = this.shutdownExecutor;
    const exec = (function* () {
      // shutdown_default_executor joins the default executor's threads (they run meanwhile).
      shutdownExecutor?.(loop);
      return null;
    })();
    yield* this.runUntilCompleteSteps(loop, internalTask(loop, nativeCoroutine('shutdown_default_executor', exec)));
    this.shuttingDown = false;
    logClose(loop);
    // _UnixSelectorEventLoop.close removes its signal handlers first.
    loopCloseHook.signals?.(loop);
    loop.closed = true;
    loop.clearQueues();
    if (this.currentLoop === loop) this.currentLoop = null;
  }

  *shutdownAsyncgens(loop: EventLoop): Generator<PyValue, PyValue, PyValue> {
    const agens = [...loop.asyncgens].filter((a) => a.state !== 'closed');
    loop.asyncgens.clear();
    if (agens.length === 0) return null;
    const children = agens.map((ag) => new Task(loop, athrowCoroutine(ag), null));
    const outer = new GatheringFuture(loop, children);
    let n = 0;
    for (const c of children)
      c.addDoneCallback(
        () => {
          if (++n === children.length && !outer.done()) outer.setResult(null);
        },
        'gather callback',
        undefined,
        undefined,
        null,
        GATHER_CALLBACK,
      );
    yield* outer.awaitIter();
    // gather(..., return_exceptions=True): each error is retrieved, and reported with its generator.
    children.forEach((c, i) => {
      const exc = c.cancelled() ? null : c.getException();
      if (exc) asyncgenCloseErrorToHandler(loop, agens[i], exc);
    });
    return null;
  }

  /** The text CPython would never print (it hangs): which tasks wait for what. */
  deadlockMessage(loop: EventLoop): string {
    const parts: string[] = [];
    for (const t of this.tasks) {
      if (t.done() || t.loop !== loop) continue;
      const loc = locationOf(t.coro) ?? '?';
      parts.push(`${t.name} (${t.coroName()}) at ${loc} waits for ${waitsFor(t)}`);
    }
    if (parts.length === 0) return 'Deadlock: no task is pending';
    return 'Deadlock: ' + parts.join('; ');
  }

  /**
   * The program's end: what is garbage now is finalized with its line (the recorder's gc.collect),
   * then what only the program's globals held (interpreter shutdown: no line).
   */
  finalWarnings(globals: Map<string, PyValue> | null = null): void {
    const step = this.rec.trace.steps.length - 1;
    if (globals) this.finalizers.safePoint([], [globals]);
    let pending = this.tasks.filter((t) => !t.done() && t.logDestroyPending);
    // The policy's loop (set_event_loop, or made by get_event_loop) lives in a thread-local that
    // CPython clears after its last collection: what its queues hold is never destroyed.
    const policy = this.currentLoop;
    if (pending.length > 0 && policy !== null && !policy.closed) {
      const immortal = heldTasks(pending, [policy]);
      pending = pending.filter((t) => !immortal.has(t));
    }
    if (pending.length > 0) {
      const loops = this.openLoops();
      const held = heldTasks(pending, [run.get(interpreter).modules, globals, loops, this.shutdownTasks, this.raising]);
      const destroyer = this.destroyer(step, true);
      destroyTasks(
        pending.filter((t) => !held.has(t)),
        true,
        destroyer,
      );
      this.finalizers.finish(this.futuresWithErrors, this.clock.now, step);
      destroyTasks(
        pending.filter((t) => held.has(t)),
        false,
        destroyer,
      );
    } else this.finalizers.finish(this.futuresWithErrors, this.clock.now, step);
  }

  /**
   * gc.collect() while the program runs: a pending task that only the cycle between it and the
   * future it waits on holds is destroyed now, as CPython's collector destroys it (its coroutine
   * closed, then "Task was destroyed but it is pending!"). Held: what the frames running now, the
   * other threads' frames, the modules, the open loops' queues and the running tasks reach.
   */
  collectTasks(): number {
    const pending = this.tasks.filter((t) => !t.done() && t.logDestroyPending);
    if (pending.length === 0) return 0;
    const loops = this.openLoops();
    const running = loops.map((l) => this.currentTask.get(l)).filter((t) => t !== undefined);
    const threads = this.threads?.threads.map((t) => t.frames) ?? [];
    const roots = [run.get(frameStack), run.get(interpreter).modules, run.get(mainGlobals), loops, this.raising];
    const held = heldTasks(pending, [...roots, this.shutdownTasks, running, threads]);
    const gone = pending.filter((t) => !held.has(t));
    destroyTasks(gone, true, this.destroyer(this.rec.currentStep(), false));
    // Gone from asyncio.all_tasks() (a WeakSet in CPython) and from the run's tasks.
    for (const t of gone) (t.loop as EventLoop).tasks.delete(t);
    if (gone.length > 0) this.tasks = this.tasks.filter((t) => !gone.includes(t));
    return gone.length;
  }

  /** The loops that still hold their queued steps and timers (running or set, not closed). */
  private openLoops(): EventLoop[] {
    return this.allLoops().filter((l) => !l.closed);
  }

  /** An exception a finalizer could not raise, printed on stderr after its `head` line, as CPython does. */
  private printIgnored(head: string, exc: PyExceptionObject): void {
    this.rec.stderr(head + formatUnraisable(exc, run.fileName, this.sourceLines), this.clock.now);
  }

  /** How a pending task is destroyed: its log, and its coroutine's warning (`atExit`: at the interpreter's exit). */
  private destroyer(step: number, atExit: boolean): Destroyer {
    return {
      log: (t) => {
        if (debugOn(t.loop))
          throw new SimStop(`Not simulated: ${handlerReportRefused("'Task was destroyed but it is pending!'")}`);
        t.logDestroyPending = false;
        const text = 'Task was destroyed but it is pending!';
        // Task.__del__'s context to the default handler: the message and the task.
        this.rec.warning(text, this.clock.now, null, undefined, null, `${text}\ntask: ${repr(t)}\n`);
      },
      neverAwaited: (c) => this.finalizers.neverAwaited(c, this.clock.now, step, atExit),
      ignored: (c, e) => this.printIgnored(`Exception ignored in: ${repr(c)}\n`, e.exc),
    };
  }

  /**
   * loop.close() empties the ready queue: a task whose first step was queued there and that
   * nothing else holds is freed then (CPython frees it by its reference count, at the close line).
   */
  loopClosed(loop: EventLoop): void {
    const waiting = this.tasks.filter(
      (t) =>
        t.loop === loop &&
        !t.done() &&
        t.logDestroyPending &&
        t.coro instanceof PyCoroutine &&
        t.coro.state === 'created',
    );
    if (waiting.length === 0) return;
    const loops = this.openLoops();
    const roots = [run.get(frameStack), run.get(interpreter).modules, run.get(mainGlobals), loops, this.raising];
    const held = heldTasks(waiting, [...roots, this.shutdownTasks]);
    const gone = waiting.filter((t) => !held.has(t));
    // The warning names asyncio's own line (base_events.py's close), no line of the program.
    destroyTasks(gone, true, this.destroyer(this.rec.currentStep(), false));
  }
}

loopCloseHook.closed = (loop) => run.get(simulation).loopClosed(loop);
collectHook.tasks = () => run.get(simulation).collectTasks();

// Loop methods that need the simulation.
const runUntilComplete = defLoopMethod('run_until_complete', 'def (self, future)', (self, [future]) =>
  run.get(simulation).runUntilComplete(self as EventLoop, future),
);
const runForever = defLoopMethod('run_forever', 'def (self)', (self) => {
  run.get(simulation).runForever(self as EventLoop);
  return null;
});
// Called by a thread's own code (a Thread's target, a function it calls), the loop runs in that
// thread and its selector waits are the thread's (Simulation.inThread); other calls run it in place.
const noKeywords = (kw: Map<string, PyValue> | null): boolean => kw === null || kw.size === 0;
markBlocking(runForever, function* (self, args, kw): ThreadGen {
  if (args.length > 0 || !noKeywords(kw)) return callMethod(runForever, self!, args, kw);
  const sim = run.get(simulation);
  return yield* sim.inThread(sim.runForeverSteps(self as EventLoop));
});
markBlocking(runUntilComplete, function* (self, args, kw): ThreadGen {
  if (args.length !== 1 || !noKeywords(kw)) return callMethod(runUntilComplete, self!, args, kw);
  const sim = run.get(simulation);
  return yield* sim.inThread(sim.runUntilCompleteSteps(self as EventLoop, args[0]));
});
// Awaited by the program itself: the loop's async generators still open are closed then, as
// asyncio.run's own call does at its end (which then finds none).
defLoopMethod('shutdown_asyncgens', 'def (self)', (self) =>
  nativeCoroutine(
    'shutdown_asyncgens',
    run.get(simulation).shutdownAsyncgens(self as EventLoop),
    null,
    'BaseEventLoop.shutdown_asyncgens',
  ),
);
