/**
 * Records a run: the conformance trace plus per-step details for the UI. The simulator hands it
 * plain facts (task names, locations as `func:line`, labels, snapshots of the loop's queues), so
 * the trace knows nothing of tasks or loops.
 */
import type { Why } from './why';
import type {
  AsyncioRunStart,
  BusyStep,
  ConformanceTrace,
  FrameView,
  TaskError,
  TaskStepDetail,
  UiTrace,
  WarningOrigin,
} from './types';
import type { SyncState } from './sync';
import { ThreadLog } from './threads';
import { ProcessLog } from './processes';

/** How many ready handles / timers each step's snapshot keeps (the counts are always exact). */
export const SNAPSHOT_LIMIT = 16;

/**
 * The loop's queues after a step: the first SNAPSHOT_LIMIT entries of each, and exact counts.
 * Consecutive steps often see the same queue and heap, so the simulator may hand the same arrays again.
 */
export interface LoopSnapshot {
  /** Labels of the live handles in the ready queue, in order. */
  ready: string[];
  readyCount: number;
  /** The earliest live timers, [when, label] in firing order. */
  timers: [number, string][];
  timerCount: number;
}

/** A task step starting: which task, where it resumes, and what woke it. */
export interface StepStart {
  /** The id `taskCreated` returned for the task. */
  task: number;
  name: string;
  /** `func:line` of the innermost frame in the user's program, if any. */
  at: string | null;
  /** Who completed the future that woke it (a task name or a loop callback label); null: a plain call_soon. */
  wokenBy: string | null;
  /** The true cause of the step (who completed what it waited on, who cancelled it). */
  why?: Why;
}

/** A task step ending: where the task stopped, what it waits on, and the loop's queues now. */
export interface StepEnd {
  task: number;
  name: string;
  done: boolean;
  at: string | null;
  waitsOn: string | null;
  loop: LoopSnapshot;
  /** The task's frames in the user's program after the step, outermost first (empty when done). */
  frames?: FrameView[];
  /** Synchronisation objects whose state changed in the step (undefined: none did). */
  sync?: SyncState[];
}

const NO_OUTPUT: number[] = [];

/** A step not finished yet: one an eager step runs inside, or one whose thread blocked in it. */
export interface OpenStep {
  index: number;
  cause: string;
  waited: string | null;
  why: Why | undefined;
  output: number[] | null;
}

export class TraceRecorder {
  trace: ConformanceTrace = { stdout: [], steps: [], tasks: [], warnings: [], error: null, end: 0 };
  details: TaskStepDetail[] = [];
  parents: (string | null)[] = [];
  blocks: UiTrace['blocks'] = [];
  private iterationNo = 0;
  private outputStart = 0;
  private started: boolean[] = [];
  private lastWaitsOn: (string | null)[] = [];
  private pendingCause = 'start';
  private pendingWaited: string | null = null;
  private pendingWhy: Why | undefined = undefined;
  /** Task id → why it ended (cancelled: who cancelled it), null when it did not end cancelled. */
  ends: (Why | null)[] = [];

  /** `details`: keep the per-step details the app shows (false: the conformance trace and output only). */
  constructor(readonly withDetails = true) {}

  /** A task was created (`parent`: the task whose step created it); returns its id for the other calls. */
  taskCreated(name: string, coro: string, parent: string | null, now: number, parentId = -1): number {
    const id = this.trace.tasks.length;
    this.parents.push(parent);
    if (this.withDetails) this.parentTasks.push(parentId);
    this.ends.push(null);
    this.trace.tasks.push({ name, coro, created: now, done: null, state: 'pending' });
    return id;
  }

  /** A task finished: `exception` is the class name of the exception it ended with, if any. */
  taskDone(
    task: number,
    name: string,
    cancelled: boolean,
    exception: string | null,
    now: number,
    end: Why | null = null,
  ): void {
    const info = this.trace.tasks[task];
    if (!info) return;
    if (end && this.ends[task] === null) this.ends[task] = end;
    if (info.done === null) info.done = now;
    info.state = cancelled ? 'cancelled' : exception !== null ? `exception ${exception}` : 'finished';
    info.name = name;
  }

  /** The task with id `task` was renamed (set_name). */
  taskRenamed(task: number, name: string): void {
    const info = this.trace.tasks[task];
    if (info) info.name = name;
  }

  /** Whether the task with id `task` has had a step. */
  hasStarted(task: number): boolean {
    return !!this.started[task];
  }

  /** Step → the id of its task (names can repeat, and set_name changes them). */
  stepTasks: number[] = [];
  /** Task id → the id of the task whose step created it (-1: none). */
  parentTasks: number[] = [];
  /** [step, the step it ran inside]: an eager task's first step, inside its creator's. */
  insideSteps: [number, number][] = [];
  /** The index in trace.steps of the step running now. */
  private stepIndex = -1;
  /** The steps an eager task's first step started inside (innermost last), to go on with after it. */
  private outer: OpenStep[] = [];
  /** The current step's output before the eager steps inside it (null: none ran). */
  private outputBefore: number[] | null = null;

  /** The step running now (its index in trace.steps), else the last one. */
  currentStep(): number {
    return this.inStep ? this.stepIndex : this.trace.steps.length - 1;
  }

  /** The indices of the output lines the current step printed since `outputStart`, after `before`. */
  private outputSince(before: number[] | null): number[] {
    if (before === null && this.outputStart >= this.trace.stdout.length) return NO_OUTPUT;
    const end = this.trace.stdout.length;
    if (before === null) {
      // At its final size (grown by push from empty, one line's index would reserve 17 slots).
      const out = new Array<number>(end - this.outputStart);
      for (let i = this.outputStart; i < end; i++) out[i - this.outputStart] = i;
      return out;
    }
    for (let i = this.outputStart; i < end; i++) before.push(i);
    return before;
  }

  /** The step running now, to go on with later. */
  private openStep(): OpenStep {
    return {
      index: this.stepIndex,
      cause: this.pendingCause,
      waited: this.pendingWaited,
      why: this.pendingWhy,
      output: this.withDetails ? this.outputSince(this.outputBefore) : null,
    };
  }

  /** Step `o` is the running one again (printing from now on). */
  private reopen(o: OpenStep): void {
    this.stepIndex = o.index;
    this.pendingCause = o.cause;
    this.pendingWaited = o.waited;
    this.pendingWhy = o.why;
    this.outputBefore = o.output;
    this.outputStart = this.trace.stdout.length;
    this.inStep = true;
  }

  /**
   * The running step stops unfinished: its thread blocks inside it (a coroutine of a thread's
   * loop calling time.sleep, sim/threads.md) and other threads run. The step it started inside is
   * the running one again; stepResumed goes on with this one.
   */
  stepSuspended(): OpenStep {
    const o = this.openStep();
    this.inStep = false;
    const outer = this.outer.pop();
    if (outer) this.reopen(outer);
    return o;
  }

  /** A step stopped by stepSuspended goes on (inside the running one, if any, as an eager step would). */
  stepResumed(o: OpenStep): void {
    if (this.inStep) this.outer.push(this.openStep());
    this.reopen(o);
  }

  stepStart(s: StepStart, now: number): void {
    if (this.inStep) this.outer.push(this.openStep());
    this.outputBefore = null;
    const first = !this.started[s.task];
    this.started[s.task] = true;
    this.pendingCause = first ? 'start' : (s.wokenBy ?? 'yield');
    this.pendingWaited = this.lastWaitsOn[s.task] ?? null;
    this.pendingWhy = s.why;
    this.outputStart = this.trace.stdout.length;
    if (this.withDetails) {
      this.stepTasks.push(s.task);
      if (this.inStep) this.insideSteps.push([this.trace.steps.length, this.stepIndex]);
    }
    this.stepIndex = this.trace.steps.length;
    this.trace.steps.push({ task: s.name, t: now, at: s.at, to: null });
    this.inStep = true;
  }

  /** Whether a task step is running now (between stepStart and stepEnd). */
  private inStep = false;
  /** The threads' log, made when the program starts its first thread (null: none yet). */
  private threadLog: ThreadLog | null = null;

  /** The log of the run's threads (made at the first call), reading the clock from `now`. */
  threads(now: () => number): ThreadLog {
    return (this.threadLog ??= new ThreadLog({
      now,
      position: () => 2 * this.trace.steps.length - (this.inStep ? 1 : 0),
    }));
  }

  /** The processes' log, made when the program imports multiprocessing (null: none yet). */
  private processLog: ProcessLog | null = null;

  /** The log of the run's processes (made at the first call), reading the clock from `now`. */
  processes(now: () => number): ProcessLog {
    return (this.processLog ??= new ProcessLog({
      now,
      position: () => 2 * this.trace.steps.length - (this.inStep ? 1 : 0),
    }));
  }

  stepEnd(s: StepEnd): void {
    const index = this.stepIndex;
    const step = this.trace.steps[index];
    const info = this.trace.tasks[s.task];
    if (info) info.name = s.name;
    step.to = s.done ? 'done' : s.at;
    this.inStep = false;
    const output = this.withDetails ? this.outputSince(this.outputBefore) : NO_OUTPUT;
    const cause = this.pendingCause;
    const waitedOn = this.pendingWaited;
    const why = this.pendingWhy;
    const outer = this.outer.pop();
    // Back in the step the eager one ran inside.
    if (outer) this.reopen(outer);
    if (!this.withDetails) return;
    this.lastWaitsOn[s.task] = s.waitsOn;
    const loop = s.loop;
    const d: TaskStepDetail = {
      step: index,
      iteration: this.iterationNo,
      ready: loop.ready,
      readyCount: loop.readyCount,
      timers: loop.timers,
      timerCount: loop.timerCount,
      output,
      waitsOn: s.waitsOn,
      cause,
      waitedOn,
    };
    // Set one by one (no spread of temporary objects), in this order.
    if (why) d.why = why;
    if (s.frames) d.frames = s.frames;
    if (s.sync) d.sync = s.sync;
    // By index: an eager step inside another ends before it.
    this.details[index] = d;
  }

  iteration(): void {
    this.iterationNo++;
  }

  stdout(text: string, now: number): void {
    this.trace.stdout.push({ t: now, text });
  }

  /** Text written to sys.stderr (not in the conformance trace, which holds stdout only). */
  stderrLines: { t: number; text: string; at: number }[] = [];
  stderr(text: string, now: number): void {
    this.stderrLines.push({ t: now, text, at: this.trace.stdout.length });
  }

  /**
   * A warning at `now`, attributed to the program's `line` (null: none), during `step` (default:
   * the current one); `origin`: where its object came from; `at`: how many writes (stdout and
   * stderr: writes()) came before it (default: all so far; a finalizer reports a drop at a later
   * safe point).
   */
  warning(
    text: string,
    now: number,
    line: number | null = null,
    step = this.currentStep(),
    origin: WarningOrigin | null = null,
    log?: string,
    at = this.writes(),
  ): void {
    if (log !== undefined) this.warningLogs[this.trace.warnings.length] = log;
    this.trace.warnings.push({ t: now, text, line });
    this.warningSteps.push(step);
    const errors = this.stderrBefore(at);
    this.warningAt.push(at - errors);
    this.warningErrAt.push(errors);
    this.warningOrigins.push(origin);
  }

  /** How many writes the program made so far, to stdout and stderr together: a moment among its output. */
  writes(): number {
    return this.trace.stdout.length + this.stderrLines.length;
  }

  /** How many of the program's first `writes` writes went to stderr. */
  private stderrBefore(writes: number): number {
    const lines = this.stderrLines;
    let n = lines.length;
    // Stderr write j was the program's (at + j)-th write.
    while (n > 0 && lines[n - 1].at + n - 1 >= writes) n--;
    return n;
  }
  warningSteps: number[] = [];
  warningAt: number[] = [];
  warningErrAt: number[] = [];
  warningOrigins: (WarningOrigin | null)[] = [];
  /** By warning index: what python3 writes on stderr for it when that is more than its text (warningLogs in UiTrace). */
  warningLogs: Record<number, string> = {};
  taskLines: (number | null)[] = [];

  /** The program's line that created task `task` (null: not known). */
  taskLine(task: number, line: number | null): void {
    this.taskLines[task] = line;
  }

  runs: AsyncioRunStart[] = [];
  /** asyncio.run started: `task` is the task that runs its coroutine (created just now). */
  runStarted(task: string, now: number): void {
    this.runs.push({ t: now, step: this.trace.steps.length, task, tasksBefore: this.trace.tasks.length - 1 });
  }
  /** A task ended with an exception during the current step. */
  taskError(task: string, now: number, line: number | null, traceback: string): void {
    this.taskErrors.push({ task, step: this.currentStep(), t: now, line, traceback });
  }
  taskErrors: TaskError[] = [];

  busySteps: BusyStep[] = [];
  /** The current step ran `ops` operations (a million or more) without giving the loop back, most of them at `line`. */
  busyStep(ops: number, line: number | null): void {
    this.busySteps.push({ step: this.currentStep(), ops, line });
  }

  /** A blocking call ended at `now` after `seconds`, made at `line` by `task`'s step. */
  blocked(what: string, seconds: number, now: number, line: number | null = null, task: string | null = null): void {
    this.blocks.push({ t: now - seconds, seconds, what, line, task, step: this.currentStep() });
  }

  ui(): UiTrace {
    const ui: UiTrace = {
      conformance: this.trace,
      details: this.details,
      parents: this.parents,
      blocks: this.blocks,
      iterations: this.iterationNo,
      stderr: this.stderrLines,
      warningSteps: this.warningSteps,
      warningAt: this.warningAt,
      warningErrAt: this.warningErrAt,
      warningLogs: this.warningLogs,
      ends: this.ends,
      runs: this.runs,
      taskErrors: this.taskErrors,
      warningOrigins: this.warningOrigins,
      taskLines: this.taskLines,
      busySteps: this.busySteps,
      stepTasks: this.stepTasks,
      parentTasks: this.parentTasks,
    };
    if (this.insideSteps.length) ui.insideSteps = this.insideSteps;
    const threads = this.threadLog?.finish();
    if (threads) ui.threads = threads;
    const processes = this.processLog?.finish();
    if (processes) ui.processes = processes;
    return ui;
  }
}
