/**
 * Everything one simulation owns, in one object: its limits, object ids, frame depth and
 * operation count, the program's output sink, and (through slots) the state of the layers above
 * the runtime: the interpreter's builtins and modules, the coroutine registry, the simulation
 * with its loops, tasks and recorder.
 *
 * `run` is the one module-level pointer to the run executing now (engine262's
 * `surroundingAgent`). simulate() enters a new Run and restores the previous one when it
 * returns, so two runs in one process, even nested ones, never see each other's state.
 */

import { DEFAULT_PYTHON, minorOf, type PythonVersion } from '../ir/python-version';
import { ProgramInput } from './program-input';
import { forgetStrings } from './types/code-points';

export interface RunLimits {
  /** Python's default recursion limit. */
  recursion: number;
  /** Statements executed before the run is stopped as runaway (an endless loop without await). */
  operations: number;
  /**
   * Task steps before a run is stopped as runaway (an endless timer loop). The conformance tests
   * pass the recorder's own limit (10,000) so that its `limit_steps` golden matches.
   */
  steps: number;
  /** The virtual clock may not pass this many seconds. */
  clock: number;
  /** Characters the program may write to stdout and stderr (an endless print loop). */
  output: number;
}

const DEFAULT_LIMITS: Readonly<RunLimits> = {
  recursion: 1000,
  operations: 20_000_000,
  steps: 100_000,
  clock: 1_000_000,
  output: 10_000_000,
};

// Numbers the slot declarations (made once at import), not anything a run owns.
let slotCount = 0;

/**
 * Per-run state of a layer above the runtime, kept in the run (as V8 keeps embedder data in
 * slots of a context): the layer that reads it declares the slot, the layer that provides it
 * fills it, and neither has to import the other.
 */
export class RunSlot<T> {
  readonly index = slotCount++;
  /** `init` makes the value on first use in a run; without it the slot must be set first. */
  constructor(
    readonly name: string,
    readonly init?: (r: Run) => T,
  ) {}
}

export class Run {
  readonly limits: RunLimits;
  /** The next object id (the pseudo address of reprs and id()); each run numbers from 1. */
  nextId = 1;
  /** Python frames on the stack; the module's own frame counts, as in CPython. */
  depth = 1;
  /** Statements and calls executed, for the runaway limit (and the CPU-time model, sim/threads.md). */
  ops = 0;
  /**
   * tick()'s one comparison per loop pass and call: the `ops` count from which it looks at its
   * rarer conditions (the progress report, the operation limit, a thread's slice end), never later
   * than any of them. Whoever lowers the limit or moves `ops` back sets it to 0 (looked at on the next tick).
   */
  tickAt = 0;
  /**
   * The frame stack (interp/drops.ts frameStack hands out this array): a field of its own, as every
   * plain call pushes and pops it, rather than a slot looked up on each call.
   */
  readonly frames: unknown[] = [];
  private switchOps = Infinity;
  /**
   * Simulated threads' time slices (sim/threads.md): at `ops >= switchAt` the running thread's
   * slice is over and `sliceOver` is called (the thread scheduler's; Infinity while one thread runs).
   */
  get switchAt(): number {
    return this.switchOps;
  }
  set switchAt(v: number) {
    this.switchOps = v;
    if (v < this.tickAt) this.tickAt = v;
  }
  sliceOver: () => void = noSlice;
  /**
   * The running simulated process's copy of the program's namespace (`forkedTo`) and the
   * namespace it copies (`forkedFrom`, the program's own): functions whose globals are the
   * program's run with the copy (stdlib/processes.ts). Null in the main process.
   */
  forkedFrom: Map<string, unknown> | null = null;
  forkedTo: Map<string, unknown> | null = null;
  /** A simulated thread's slice is over: it hands over at its next call or loop iteration. */
  sliceDue = false;
  /**
   * The thread scheduler's block where the running code is (sim/threads.ts; null: no threads): a
   * generator whose threaded body blocks, resumed by code that cannot suspend, waits so.
   */
  blockInPlace: ((wait: unknown) => void) | null = null;
  /** A simulated thread other than the main one runs: generators made now get threaded bodies. */
  inOtherThread = false;
  /** The last line of the user's program that started running. */
  userLine = 0;
  /** Reprs the tool is making for its own panels (runtime/short-repr.ts): what they show the program never sees. */
  toolReprs = 0;
  /** Dropped objects wait for a lifetime check at the next statement (sim/lifetimes.ts). */
  lifetimesDue = false;
  /** Calls of library (not the program's) Python functions so far: the lifetimes' mark of the library is out of date after one. */
  libraryRuns = 0;
  /**
   * The run made a weak reference, a class with `__del__` (the program's), or an instance of one
   * (a library class's): drops of containers are looked into.
   */
  lifetimesSeen = false;
  /** Loopline's library modules are being run (interp/library.ts): the classes they define do not set lifetimesSeen. */
  loadingLibrary = 0;
  /** The program's file name as CPython's messages show it (basename). */
  fileName = '';
  /** The program's path as it was given (its `__file__`); the same as fileName when given bare. */
  filePath = '';
  /** Whether a file name a warning or linecache names is the program's own file. */
  isProgramFile(file: unknown): boolean {
    return file === this.fileName || file === this.filePath;
  }
  private version: PythonVersion = DEFAULT_PYTHON;
  private minorVersion = minorOf(DEFAULT_PYTHON);
  /** The CPython version simulated; asyncio's behaviour and messages follow it. */
  get python(): PythonVersion {
    return this.version;
  }
  set python(v: PythonVersion) {
    this.version = v;
    this.minorVersion = minorOf(v);
    if (this === run) versionChanged(this.minorVersion);
  }
  /** The minor version simulated (11 for 3.11), for `run.minor >= 12` tests (read on hot paths: kept, not parsed each time). */
  get minor(): number {
    return this.minorVersion;
  }
  /** id() of ints, floats and strings: numbered in the order the run first asks. */
  readonly primitiveIds = new Map<string, bigint>();
  /** What input() and sys.stdin read (RunOptions.stdin; nothing, as python3's stdin from /dev/null, by default). */
  input = new ProgramInput();
  /** Where the program's output (print) goes; the simulation that hosts the run sets it. */
  write: (text: string) => void = notRunning;
  private readonly slots: unknown[] = [];

  constructor(limits: Partial<RunLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  get<T>(slot: RunSlot<T>): T {
    const v = this.slots[slot.index];
    if (v !== undefined) return v as T;
    if (!slot.init) throw new Error(`no ${slot.name} in this run`);
    const made = slot.init(this);
    this.slots[slot.index] = made;
    return made;
  }

  set<T>(slot: RunSlot<T>, value: T): void {
    this.slots[slot.index] = value;
  }
}

function noSlice(): void {}

function notRunning(): void {
  throw new Error('no simulation is running');
}

/**
 * V8 sizes a class's objects from its first few constructions (slack tracking) and, when it has
 * seen enough, throws away the optimized code that reads them. A Run is made once per simulation,
 * so this came in the middle of a session's eighth simulation: the program's calls (runFrame,
 * callOwned) went back to the interpreter and were optimized again. Runs made and dropped as the
 * module loads have it happen before any program runs.
 */
for (let i = 0; i < 8; i++) new Run();

/** The run executing now; between simulations, an idle run (objects made at import take ids from it). */
export let run = new Run();

/** Make `next` the current run; returns the previous one, to be entered again when `next` ends. */
export function enterRun(next: Run): Run {
  const previous = run;
  run = next;
  forgetStrings();
  versionChanged(next.minor);
  return previous;
}

/** What must change with the simulated version (runtime/since.ts: attributes of built-in classes). */
const versionHooks: ((minor: number) => void)[] = [];
let appliedMinor = -1;

/** Call `hook` with the minor version simulated whenever the current run's version changes (and now). */
export function onVersion(hook: (minor: number) => void): void {
  versionHooks.push(hook);
  if (appliedMinor !== -1) hook(appliedMinor);
}

function versionChanged(minor: number): void {
  if (minor === appliedMinor) return;
  appliedMinor = minor;
  for (const hook of versionHooks) hook(minor);
}
