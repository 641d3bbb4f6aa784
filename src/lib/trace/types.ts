import type { Why } from './why';
import type { SyncState } from './sync';
import type { ThreadTrace } from './threads';
import type { ProcessTrace } from './processes';

/** The conformance trace: what CPython did, in the format of shared/conformance/README.md. */
export interface ConformanceTrace {
  stdout: { t: number; text: string }[];
  steps: { task: string; t: number; at: string | null; to: string | null }[];
  tasks: { name: string; coro: string; created: number; done: number | null; state: string }[];
  /** `line`: the program's line CPython attributes it to (null: none; absent in goldens recorded without it). */
  warnings: { t: number; text: string; line?: number | null }[];
  error: string | null;
  end: number;
}

/** What the timeline and the step controls need beside the conformance trace. */
export interface TaskStepDetail {
  /** Index into ConformanceTrace.steps. */
  step: number;
  /** Loop iteration the step ran in (1-based). */
  iteration: number;
  /** Ready-queue labels after the step (the first SNAPSHOT_LIMIT of them). */
  ready: string[];
  /** How many handles the ready queue holds after the step. */
  readyCount: number;
  /** The earliest timers after the step: [when, label] in firing order (at most SNAPSHOT_LIMIT). */
  timers: [number, string][];
  /** How many live timers the heap holds after the step. */
  timerCount: number;
  /** Lines of program output printed during this step (indexes into stdout). */
  output: number[];
  /** What the task waits on after the step (null when done or ready). */
  waitsOn: string | null;
  /**
   * Why the task ran: 'start' (its first step), 'yield' (it gave up one iteration: sleep(0)),
   * or what completed the future it waited on: a task name ('Task-3') or a loop callback
   * ('sleep timer', 'call_later', ...).
   */
  cause: string;
  /** The future it waited on before this step (a task name, 'sleep', 'Event', 'gather', ...). */
  waitedOn: string | null;
  /** The true cause of the step: who completed what it waited on, which timer, who cancelled it. */
  why?: Why;
  /** Synchronisation objects whose state changed in this step (absent: none did). */
  sync?: SyncState[];
  /**
   * The task's await chain after the step: its frames in the user's program, outermost (the
   * task's own coroutine) first; empty when the task is done. Absent in traces made without it.
   */
  frames?: FrameView[];
}

/** One frame of a task's await chain in the user's program, as the frames panel shows it. */
export interface FrameView {
  /**
   * The call that made the coroutine, as it was passed: the function's name (a method's class
   * before it, no `<locals>`) and the arguments' reprs, positional ones first, then `name=value`
   * for the ones passed by keyword: `say_after(1, 'hello')`, `fetch(url='a')`. A method's `self`
   * is left out: `Worker.run()`.
   */
  call: string;
  /** The line the frame is at (where it will resume). */
  line: number;
  /** [name, repr] of its bound locals in the order they are declared, parameters first (at most FRAME_LOCALS_LIMIT). */
  locals: [string, string][];
  /** How many more bound locals there are than `locals` shows. */
  hidden?: number;
  /** Names whose repr changed (or that were bound) since the task's previous step, when the frame was on the chain then. */
  changed?: string[];
}

export interface TaskError {
  task: string;
  step: number;
  t: number;
  /** The program's line that raised (the innermost frame in the program), if any. */
  line: number | null;
  /** As Python prints it: "Traceback (most recent call last): ... ValueError: boom". */
  traceback: string;
}

/** Where a warning's object came from: the line that made a never-awaited coroutine, the task whose exception nobody retrieved. */
export interface WarningOrigin {
  line?: number | null;
  task?: string;
}

/** A blocking call (time.sleep, requests): the loop was frozen from t to t + seconds. */
export interface Block {
  t: number;
  seconds: number;
  what: string;
  /** The program's line that made the call, when known. */
  line?: number | null;
  /** The task whose step made it (null: outside any task, or in another thread). */
  task?: string | null;
  /** Index of the step running then (-1: before the first). */
  step?: number;
}

/** A task step that ran a million operations or more before giving the loop back (CPU work). */
export interface BusyStep {
  step: number;
  ops: number;
  /** The program line most of its operations were sampled at, when known. */
  line: number | null;
}

export interface UiTrace {
  conformance: ConformanceTrace;
  details: TaskStepDetail[];
  /** Task index → name of the task that was running when it was created (null: created at top level). */
  parents: (string | null)[];
  /** Blocking calls: the loop was frozen from t to t + seconds. */
  blocks: Block[];
  iterations: number;
  /**
   * What the program wrote to sys.stderr, with virtual times and (`at`) how many stdout writes
   * came before it, so that a terminal can show both streams in the order they were written.
   */
  stderr: { t: number; text: string; at?: number }[];
  /** For each warning (same index): how many stdout writes came before it. */
  warningAt?: number[];
  /** For each warning (same index): how many stderr writes came before it. */
  warningErrAt?: number[];
  /**
   * By warning index, for warnings python3 writes as more than their text: CPython's default
   * exception handler's log ("Task exception was never retrieved", the task's repr, the traceback).
   */
  warningLogs?: Record<number, string>;
  /** For each warning (same index): the step running when it happened (-1: before the first step). */
  warningSteps: number[];
  /** Tasks that ended with an exception (not cancelled): the step that ended them, the raising line, the Python traceback. */
  taskErrors: TaskError[];
  /** Task index → why it ended, for tasks that ended cancelled (who cancelled them); null otherwise. */
  ends?: (Why | null)[];
  /** For each warning (same index): where its object came from, when known (null: not known). */
  warningOrigins?: (WarningOrigin | null)[];
  /** Task index → the program's line that created it (null: not known). */
  taskLines?: (number | null)[];
  /** Step → index of its task in conformance.tasks (names can repeat, and set_name changes them). */
  stepTasks?: number[];
  /** Task index → index of the task whose step created it (-1: created outside any step). */
  parentTasks?: number[];
  /** [step, outer]: an eager task's first step, which ran inside step `outer` of its creator. */
  insideSteps?: [number, number][];
  /** Steps that ran a million operations or more without giving the loop back. */
  busySteps?: BusyStep[];
  /** Each asyncio.run, in order: its start time, the first step after it, and its main task. */
  runs?: AsyncioRunStart[];
  /** What each thread did, when the program started threads (trace/threads.ts). */
  threads?: ThreadTrace;
  /** What each process did, when the program started child processes (trace/processes.ts). */
  processes?: ProcessTrace;
  /** Where the run visited tasks or objects in an order CPython takes from their addresses. */
  addressOrders?: AddressOrder[];
  /** Where the program let out the order of a set of strings, which CPython picks anew at every start. */
  hashOrders?: HashOrder[];
}

/**
 * A place where the run went through objects in an order CPython takes from their memory
 * addresses (runtime/address-order.ts records them; the doctor reports them).
 */
export interface AddressOrder {
  /** What went through them: the program's own `for` or unpacking (`f(*s)`), or asyncio doing it for the program. */
  kind: 'for' | 'unpack' | 'taskgroup' | 'shutdown' | 'as_completed';
  /** The program's line. */
  line: number;
  /** How many objects were ordered by address (the most seen at this line). */
  count: number;
  /** Their class's name, when all have the same class. */
  what: string | null;
}

/**
 * A place where the program let out the order of a set whose members CPython hashes with a key
 * chosen at random at each start (str, bytes): runtime/hash-order.ts records them; the doctor
 * reports them.
 */
export interface HashOrder {
  /** How the order got out: the program's own `for` over the set or unpacking of it, the set's repr or str, or str.join of it. */
  kind: 'for' | 'unpacked' | 'shown' | 'joined';
  /** The program's line. */
  line: number;
  /** How many members hash randomly (the most seen at this line). */
  count: number;
  /** Whether every member is a str (else some are bytes, or tuples or frozensets holding them). */
  strings: boolean;
}

/** Where an asyncio.run started. */
export interface AsyncioRunStart {
  t: number;
  /** Index of the first step after it started (steps.length when none followed). */
  step: number;
  /** The name of the task that runs its coroutine. */
  task: string;
  /** How many of the program's tasks were created before it (index of its task in tasks). */
  tasksBefore: number;
}
