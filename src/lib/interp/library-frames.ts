/**
 * asyncio's own Python frames in a traceback. An exception a task raised comes out of
 * `asyncio.run(main())` through three frames of CPython's Lib/asyncio (runners.py's `run`,
 * `Runner.run`, base_events.py's `run_until_complete`), which CPython prints between the program's
 * line and the task's frames. The simulator runs those functions natively, so it notes them on the
 * exception as it passes (at the length its traceback has then) and the printers splice them in.
 * The same goes for the native coroutines a cancellation is thrown through (`asyncio.sleep`,
 * `Queue.get`). Loopline's asyncio written in Python (wait_for, Timeout, TaskGroup, the locks) has
 * frames of its own, hidden as library code; the statements of it that CPython's tracebacks show
 * are registered (sim/library-statements.ts) and shown as CPython's lines.
 * Files are named as a Linux distribution installs them; lines are each version's.
 */
import { PyExc, type PyExceptionObject, type TracebackEntry } from '../runtime/core';
import { run } from '../runtime/run';

export interface LibraryFrame {
  /** The file in asyncio's folder, or in `dir`, or (`stdlib`) a path in the standard library's. */
  file: string;
  stdlib?: boolean;
  /** Its folder in the standard library (asyncio's when neither this nor `stdlib` is given). */
  dir?: string;
  name: string;
  /**
   * The line as it stands in the file (indented; a statement over several lines: each, joined by
   * newlines), and the failing call's columns in it (the end column in the last line).
   */
  text: string;
  col: number;
  endCol: number;
  /** Its line number in 3.11, 3.12, 3.13 and 3.14 (3.11.7, 3.12.1, 3.13.0, 3.14.2); null: not there. */
  lines: (number | null)[];
  /**
   * The minor versions that locate the frame at the whole statement (no carets under it) rather
   * than at `col`..`endCol`.
   */
  whole?: number[];
  /** The line the frame is left at in each version when its function goes on past `line` (a `finally`): f_lineno. */
  leftAt?: (number | null)[];
}

export const FRAMES = {
  // A queue or semaphore waited on under another loop than its own (natively: sim/queues.ts, sim/semaphores.ts).
  'Queue.get._get_loop': {
    file: 'queues.py',
    name: 'get',
    text: '            getter = self._get_loop().create_future()',
    col: 21,
    endCol: 37,
    lines: [155, 155, 183, 183],
  },
  'Queue.put._get_loop': {
    file: 'queues.py',
    name: 'put',
    text: '            putter = self._get_loop().create_future()',
    col: 21,
    endCol: 37,
    lines: [117, 117, 136, 136],
  },
  // put_nowait on a full queue, get_nowait on an empty one (not shut down): the raise in queues.py.
  'Queue.put_nowait.full': {
    file: 'queues.py',
    name: 'put_nowait',
    text: '            raise QueueFull',
    col: 12,
    endCol: 27,
    lines: [143, 143, 166, 166],
  },
  'Queue.get_nowait.empty': {
    file: 'queues.py',
    name: 'get_nowait',
    text: '            raise QueueEmpty',
    col: 12,
    endCol: 28,
    lines: [181, 181, 214, 214],
  },
  'Semaphore.acquire._get_loop': {
    file: 'locks.py',
    name: 'acquire',
    text: '        fut = self._get_loop().create_future()',
    col: 14,
    endCol: 30,
    lines: [379, 378, 402, 402],
  },
  _get_loop: {
    file: 'mixins.py',
    name: '_get_loop',
    text: "            raise RuntimeError(f'{self!r} is bound to a different event loop')",
    col: 12,
    endCol: 78,
    lines: [20, 20, 20, 20],
    whole: [11, 12, 13, 14],
  },
  run_until_complete: {
    file: 'base_events.py',
    name: 'run_until_complete',
    text: '        return future.result()',
    col: 15,
    endCol: 30,
    lines: [653, 684, 721, 719],
  },
  'Runner.run': {
    file: 'runners.py',
    name: 'run',
    text: '            return self._loop.run_until_complete(task)',
    col: 19,
    endCol: 54,
    lines: [118, 118, 118, 127],
    // Its `finally` puts back the SIGINT handler it installed.
    leftAt: [129, 129, 129, 138],
  },
  // Its `except CancelledError` when the SIGINT handler cancelled the main task.
  'Runner.run.interrupt': {
    file: 'runners.py',
    name: 'run',
    text: '                    raise KeyboardInterrupt()',
    col: 20,
    endCol: 45,
    lines: [123, 123, 123, 132],
    whole: [11, 12, 13, 14],
  },
  run: {
    file: 'runners.py',
    name: 'run',
    text: '        return runner.run(main)',
    col: 15,
    endCol: 31,
    lines: [190, 194, 194, 204],
  },
  // A SystemExit or KeyboardInterrupt out of a callback (a task's step) ends the loop's run
  // through these frames (innermost first: Handle._run, then these three).
  _run_once: {
    file: 'base_events.py',
    name: '_run_once',
    text: '                handle._run()',
    col: 16,
    endCol: 29,
    lines: [1922, 1971, 2027, 2046],
  },
  run_forever: {
    file: 'base_events.py',
    name: 'run_forever',
    text: '                self._run_once()',
    col: 16,
    endCol: 32,
    lines: [607, 638, 679, 677],
  },
  'run_until_complete.run_forever': {
    file: 'base_events.py',
    name: 'run_until_complete',
    text: '            self.run_forever()',
    col: 12,
    endCol: 30,
    lines: [640, 671, 708, 706],
  },
  // A loop callback (a task's step) running: what a finalizer's warning names then.
  'Handle._run': {
    file: 'events.py',
    name: '_run',
    text: '            self._context.run(self._callback, *self._args)',
    col: 12,
    endCol: 58,
    lines: [80, 84, 89, 94],
  },
  // A program's exception handler raising (its indentation changed in 3.12).
  call_exception_handler: {
    file: 'base_events.py',
    name: 'call_exception_handler',
    text: '                self._exception_handler(self, context)',
    col: 16,
    endCol: 54,
    lines: [1808, null, null, null],
  },
  'call_exception_handler.312': {
    file: 'base_events.py',
    name: 'call_exception_handler',
    text: '                    self._exception_handler(self, context)',
    col: 20,
    endCol: 58,
    lines: [null, 1857, 1910, 1929],
  },
  // A thread's uncaught exception leaves run() through threading.py's _bootstrap_inner (3.14 runs
  // run() in the thread's context).
  'Thread._bootstrap_inner': {
    file: 'threading.py',
    dir: '',
    name: '_bootstrap_inner',
    text: '                self.run()',
    col: 16,
    endCol: 26,
    lines: [1045, 1073, 1041, null],
  },
  'Thread._bootstrap_inner.314': {
    file: 'threading.py',
    dir: '',
    name: '_bootstrap_inner',
    text: '                self._context.run(self.run)',
    col: 16,
    endCol: 43,
    lines: [null, null, null, 1082],
  },
  // Thread.run calling the target, Timer.run its function.
  'Thread.run': {
    file: 'threading.py',
    dir: '',
    name: 'run',
    text: '                self._target(*self._args, **self._kwargs)',
    col: 16,
    endCol: 57,
    lines: [982, 1010, 992, 1024],
  },
  // A child process's code that raises: BaseProcess._bootstrap calling run(), Process.run the target.
  'BaseProcess._bootstrap': {
    file: 'process.py',
    dir: 'multiprocessing/',
    name: '_bootstrap',
    text: '                self.run()',
    col: 16,
    endCol: 26,
    lines: [314, 314, null, null],
  },
  'BaseProcess._bootstrap.313': {
    file: 'process.py',
    dir: 'multiprocessing/',
    name: '_bootstrap',
    text: '            self.run()',
    col: 12,
    endCol: 22,
    lines: [null, null, 313, 320],
  },
  'Process.run': {
    file: 'process.py',
    dir: 'multiprocessing/',
    name: 'run',
    text: '            self._target(*self._args, **self._kwargs)',
    col: 12,
    endCol: 53,
    lines: [108, 108, 108, 108],
  },
  'Timer.run': {
    file: 'threading.py',
    dir: '',
    name: 'run',
    text: '            self.function(*self.args, **self.kwargs)',
    col: 12,
    endCol: 52,
    lines: [1401, 1431, 1342, 1385],
  },
  // A threading.excepthook that raises: its call in invoke_excepthook.
  invoke_excepthook: {
    file: 'threading.py',
    dir: '',
    name: 'invoke_excepthook',
    text: '            hook(args)',
    col: 12,
    endCol: 22,
    lines: [1349, 1379, 1290, 1333],
  },
  // asyncio.run(main) given something else than a coroutine (3.14 wraps an awaitable instead).
  'Runner.run.refuse': {
    file: 'runners.py',
    name: 'run',
    text: '            raise ValueError("a coroutine was expected, got {!r}".format(coro))',
    col: 12,
    endCol: 79,
    lines: [89, 89, 89, null],
  },
  // asyncio.run() inside a running loop: a statement over two lines (3.13 prints both).
  'run.refuse': {
    file: 'runners.py',
    name: 'run',
    text: '        raise RuntimeError(\n            "asyncio.run() cannot be called from a running event loop")',
    col: 8,
    endCol: 71,
    lines: [186, 190, 190, 200],
  },
  // asyncio.create_task() with no loop running (3.13 prints no carets under it).
  'create_task.refuse': {
    file: 'tasks.py',
    name: 'create_task',
    text: '    loop = events.get_running_loop()',
    col: 11,
    endCol: 36,
    lines: [381, 417, 407, 394],
    whole: [13, 14],
  },
} satisfies Record<string, LibraryFrame>;

const SEMAPHORE_ACQUIRE: LibraryFrame = {
  file: 'locks.py',
  name: 'acquire',
  text: '                await fut',
  col: 16,
  endCol: 25,
  lines: [387, 386, 407, 407],
};

/** The native coroutines CPython's frames stand for, by qualname, at the `await` a throw comes through. */
export const NATIVE: Record<string, LibraryFrame | LibraryFrame[]> = {
  'Semaphore.acquire': SEMAPHORE_ACQUIRE,
  // `async with sem:` (innermost first).
  '_ContextManagerMixin.__aenter__': [
    SEMAPHORE_ACQUIRE,
    {
      file: 'locks.py',
      name: '__aenter__',
      text: '        await self.acquire()',
      col: 8,
      endCol: 28,
      lines: [15, 14, 14, 14],
    },
  ],
  sleep: {
    file: 'tasks.py',
    name: 'sleep',
    text: '        return await future',
    col: 15,
    endCol: 27,
    lines: [649, 665, 718, 702],
  },
  'Queue.get': {
    file: 'queues.py',
    name: 'get',
    text: '                await getter',
    col: 16,
    endCol: 28,
    lines: [158, 158, 186, 186],
  },
  'Queue.put': {
    file: 'queues.py',
    name: 'put',
    text: '                await putter',
    col: 16,
    endCol: 28,
    lines: [120, 120, 139, 139],
  },
};

export type LibraryFrameName = keyof typeof FRAMES;

function lineIn(f: LibraryFrame): number | null {
  return f.lines[Math.min(Math.max(run.minor - 11, 0), 3)];
}

/** The file as a Linux distribution installs it. */
function pathOf(f: LibraryFrame): string {
  return `/usr/lib/python3.${run.minor}/${f.dir ?? (f.stdlib === true ? '' : 'asyncio/')}${f.file}`;
}

/** The first line of each library statement a traceback showed, by `file:line` (libraryLine). */
const shownLines = new Map<string, string>();

function entry(f: LibraryFrame): TracebackEntry {
  const line = lineIn(f)!;
  const lines = f.text.split('\n');
  shownLines.set(`${pathOf(f)}:${line}`, lines[0] + '\n');
  const whole = f.whole?.includes(run.minor) === true;
  const col = whole ? f.text.length - f.text.trimStart().length : f.col;
  const endCol = whole ? lines[lines.length - 1].length : f.endCol;
  const leftAt = f.leftAt?.[Math.min(Math.max(run.minor - 11, 0), 3)] ?? undefined;
  return {
    name: f.name,
    line,
    user: true,
    file: pathOf(f),
    text: f.text,
    pos: { line, col, endLine: line + lines.length - 1, endCol },
    ...(leftAt !== undefined ? { leftAt } : {}),
  };
}

/** A new run of library frames on `e`, at the length its traceback has now. */
function startRun(e: PyExceptionObject, frames: LibraryFrame[]): void {
  const started = { at: e.traceback.length, frames: frames.map(entry) };
  if (e.libraryFrames === null) e.libraryFrames = [started];
  else e.libraryFrames.push(started);
}

/**
 * `e` leaves asyncio's function `name`. `first`: the innermost of them (run_until_complete
 * returning the task's exception) starts a new run of frames; an outer one joins the run the
 * exception carries at this point of its traceback, if any (an exception raised elsewhere in
 * asyncio.run, such as "Event loop is closed", gets none).
 */
export function leftLibraryFrame(e: PyExceptionObject, name: LibraryFrameName, first = false): void {
  const f: LibraryFrame = FRAMES[name];
  if (lineIn(f) === null) return;
  if (first) return startRun(e, [f]);
  const runs = e.libraryFrames;
  const last = runs === null ? undefined : runs[runs.length - 1];
  if (last !== undefined && last.at === e.traceback.length) last.frames.push(entry(f));
}

/**
 * What the warnings module writes for `text` issued while asyncio's frame `name` runs (a finalizer's
 * warning, stacklevel 2, naming the frame its object was freed in): `file:line: text` and the line.
 */
export function libraryWarning(name: LibraryFrameName, text: string): string {
  const f: LibraryFrame = FRAMES[name];
  return `${pathOf(f)}:${lineIn(f)}: ${text}\n  ${f.text.trim()}\n`;
}

/**
 * `e` leaves the library function `name` written in Python (threading's): the innermost of the
 * run of such frames at this point of its traceback starts it, an outer one joins it.
 */
export function leftPythonLibraryFrame(e: PyExceptionObject, name: LibraryFrameName): void {
  const runs = e.libraryFrames;
  const last = runs === null ? undefined : runs[runs.length - 1];
  leftLibraryFrame(e, name, last === undefined || last.at !== e.traceback.length);
}

/** CPython's frames `frames` (innermost first) for code Loopline runs natively, inside those `e` has now. */
export function addLibraryFrames(e: PyExceptionObject, frames: LibraryFrame[]): void {
  if (frames.some((f) => lineIn(f) === null)) return;
  startRun(e, frames);
}

/** `e`, thrown into the native coroutine `qualname`, leaves it: CPython's frame for it, if it has one. */
export function leftNativeFrame(e: unknown, qualname: string): void {
  const found = NATIVE[qualname];
  if (found === undefined || !(e instanceof PyExc)) return;
  const frames = Array.isArray(found) ? found : [found];
  if (frames.some((f) => lineIn(f) === null)) return;
  startRun(e.exc, frames);
}

/**
 * Statements of Loopline's Python-source library (asyncio, standard-library modules) shown as
 * CPython's, by `module:qualname:line` of ours (several: 3.11's wait_for is another source, whose
 * lines meet those of 3.12's).
 */
const statements = new Map<string, LibraryFrame[]>();

/** Statements whose lines are found in our source when a traceback first passes their function. */
const unplaced = new Map<string, { place: () => number | null; f: LibraryFrame }[]>();

/**
 * Show a statement of the function `qualname` of the library module `module` in tracebacks as
 * CPython's `f`, at the line `place` finds (null: none) when an exception first passes the function.
 */
export function showStatementAt(module: string, qualname: string, place: () => number | null, f: LibraryFrame): void {
  const key = `${module}:${qualname}`;
  const all = unplaced.get(key);
  if (all === undefined) unplaced.set(key, [{ place, f }]);
  else all.push({ place, f });
}

/**
 * Show the statement at `line` of the function `qualname` of the library module `module` (its
 * `__name__`) in tracebacks as CPython's `f`.
 */
function showStatement(module: string, qualname: string, line: number, f: LibraryFrame): void {
  const key = `${module}:${qualname}:${line}`;
  const all = statements.get(key);
  if (all === undefined) statements.set(key, [f]);
  else all.push(f);
}

/** The traceback entry CPython prints for the library statement (null: CPython shows no frame there). */
export function statementEntry(module: unknown, qualname: string, line: number): TracebackEntry | null {
  if (typeof module !== 'string') return null;
  const waiting = unplaced.get(`${module}:${qualname}`);
  if (waiting !== undefined) {
    unplaced.delete(`${module}:${qualname}`);
    for (const { place, f } of waiting) {
      const at = place();
      if (at !== null) showStatement(module, qualname, at, f);
    }
  }
  const f = statements.get(`${module}:${qualname}:${line}`)?.find((g) => lineIn(g) !== null);
  return f === undefined ? null : entry(f);
}

/** The exception's traceback entries, innermost first, with the library frames it passed through in place. */
export function tracebackEntries(e: PyExceptionObject): TracebackEntry[] {
  const runs = e.libraryFrames;
  if (runs === null) return e.traceback;
  const out: TracebackEntry[] = [];
  const tb = e.traceback;
  for (let i = 0; i <= tb.length; i++) {
    for (const r of runs) if (r.at === i) out.push(...r.frames);
    if (i < tb.length) out.push(tb[i]);
  }
  return out;
}

/**
 * The line `line` of the CPython library file `file` as linecache reads it (with its newline), when
 * a traceback Loopline made shows it (null: none did). A statement over several lines gives its first.
 */
export function libraryLine(file: string, line: number): string | null {
  return shownLines.get(`${file}:${line}`) ?? null;
}
