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

export interface UiTrace {
  conformance: ConformanceTrace;
  details: TaskStepDetail[];
  /** Task index → name of the task that was running when it was created (null: created at top level). */
  parents: (string | null)[];
  /** Blocking calls: the loop was frozen from t to t + seconds. */
  blocks: { t: number; seconds: number; what: string }[];
  iterations: number;
  /** What the program wrote to sys.stderr, with virtual times. */
  stderr: { t: number; text: string }[];
  /** For each warning (same index): the step running when it happened (-1: before the first step). */
  warningSteps: number[];
  /** Tasks that ended with an exception (not cancelled): the step that ended them, the raising line, the Python traceback. */
  taskErrors: TaskError[];
}
