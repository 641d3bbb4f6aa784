/**
 * Finalizers at CPython's moment: "coroutine 'f' was never awaited" when the coroutine object is
 * dropped, "Task exception was never retrieved" when the failed task is (Lib/asyncio/futures.py
 * __del__, warnings._warn_unawaited_coroutine).
 *
 * CPython frees an object when its last reference goes. Loopline has no reference counts, so it
 * keeps suspects: every new coroutine, and every value the interpreter reports dropped (a
 * discarded expression value, a rebound or deleted name, the locals of an ending frame, a failed
 * task after its step), each with the time and line of that moment. At the next safe point (a
 * step's end, a loop iteration, a blocking call, the program's end) a suspect nothing reaches any
 * more is reported with the time and line of its last drop. Objects that only the program's
 * globals hold are reported at the end (interpreter shutdown), with no line.
 */
import { PyDict, PyExceptionObject, PyList, PyObject, PySet, PyTuple, type PyValue } from '../runtime/core';
import { debugOn, handlerReportRefused } from './debug-mode';
import type { OriginFrame } from '../interp/coroutine-origin';
import { PyCoroutine } from '../interp/generator';
import { excLine } from '../interp/traceback';
import { IN_LOOP, dropLine, dropPlace, dropsMatterFor } from '../interp/drops';
import { Future } from './futures';
import { Task } from './tasks';
import { reachable } from './reachable';
import type { WarningOrigin } from '../trace/types';
import { run, RunSlot } from '../runtime/run';

/**
 * How CPython's warning for a coroutine never awaited goes out once the program imported
 * `warnings` (stdlib/warnings-native.ts sets it): through the program's filters, registries and
 * showwarning (`createdAt`: the origin lines the message ends with). It says whether it took the
 * warning; without it the warning is shown once per line.
 */
export const unawaitedWarnings = new RunSlot<{
  send: ((coro: PyCoroutine, line: number | null, moment: DropMoment, createdAt: string) => boolean) | null;
}>('never-awaited warnings', () => ({ send: null }));

/** The line python3 writes after a coroutine's "never awaited" warning that names a line. */
export const TRACEMALLOC_HINT = 'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n';

/** When a dropped object's warning belongs: its time, the trace step, where the object came from. */
export interface DropMoment {
  t: number;
  step: number;
  origin: WarningOrigin;
}

/** Objects marked per run before the precise timing is given up (then the run's end is used). */
const MARK_BUDGET = 4_000_000;
/** Containers longer than this are not searched for dropped coroutines. */
const CONTAINER_SCAN = 256;

interface Drop {
  t: number;
  line: number | null;
  /** The trace step running then (-1: before the first). */
  step: number;
  seq: number;
  /** How many stdout writes came before it (where python3 prints its warning among them). */
  at: number;
}

/** What the finalizers need of the simulation. */
export interface FinalizerHost {
  now(): number;
  /** Index of the step being recorded (-1 before the first). */
  step(): number;
  /** What the program can reach besides the frames running now: tasks, loops, modules. */
  roots(): unknown[];
  /**
   * A warning at time t, attributed to `line` (null: no line of the program); `origin` is where
   * the object came from: a coroutine's creation line, a failed task's name; `how`: what python3
   * writes for it besides (WarnHow).
   */
  warn(
    text: string,
    t: number,
    line: number | null,
    step: number,
    origin?: WarningOrigin,
    how?: WarnHow,
    at?: number,
  ): void;
  /** How many writes (stdout and stderr) the program made so far. */
  written(): number;
  /** Hands a failed future's "exception was never retrieved" to the program's loop exception handler; false if none. */
  toHandler(f: Future, message: string): boolean;
  /** Stops the run: what CPython would report here is not simulated (`why`). */
  refuse(why: string): never;
  /** Line `line` of `file` as linecache gives it ('' when unknown), for a coroutine's origin. */
  sourceLine(file: string, line: number): string;
}

/** What a finalizer's report is besides its text: a failed future's never-retrieved log, or a warning at the interpreter's exit. */
export interface WarnHow {
  failed?: Future;
  atExit?: boolean;
  /** Dropped while asyncio's Handle._run was the innermost frame (a task's step ending): the warning names that line. */
  inLoop?: boolean;
}

export class Finalizers {
  private suspects = new Map<PyObject, Drop>();
  /**
   * Coroutines created since the last safe point, with their moment in parallel arrays: most are
   * awaited at once, so they only become suspects (with a Drop) if the safe point finds them unawaited.
   */
  private fresh: (PyCoroutine | null)[] = [];
  private freshMoments: number[] = [];
  private freshLines: (number | null)[] = [];
  /**
   * How many of the fresh entries are in use: the arrays keep their length between safe points
   * (emptying an array lets go of its storage, and the next step would grow it again).
   */
  private freshCount = 0;
  /** Watched objects a safe point found still reachable (a later drop may free them). */
  private live = new Set<PyObject>();
  private seq = 0;
  private budget = MARK_BUDGET;
  /** Already reported (the end-of-run pass skips them). */
  readonly reported = new WeakSet<PyObject>();
  /** The warnings filter's registry: a warning text once per line (CPython's "default" action). */
  private shown = new Set<string>();
  /** Objects in a reference cycle: not freed before the program's end. */
  private cyclic = new WeakSet<PyObject>();
  /** The exceptions whose held values dropped() is going through. */
  private droppingHeld = new Set<PyExceptionObject>();
  /** The line that made each coroutine a safe point found unawaited. */
  private madeAt = new WeakMap<PyObject, number | null>();

  constructor(private host: FinalizerHost) {}

  /** A new coroutine: until something awaits it, it is dropped where it was made (a temporary). */
  created(c: PyCoroutine): void {
    const i = this.freshCount++;
    const m = this.freshMoments;
    this.fresh[i] = c;
    // Time, step, seq and stdout writes, in that order.
    m[4 * i] = this.host.now();
    m[4 * i + 1] = this.host.step();
    m[4 * i + 2] = this.seq++;
    m[4 * i + 3] = this.host.written();
    this.freshLines[i] = dropLine();
  }

  dropped(v: PyObject): void {
    if (watched(v)) {
      this.note(v);
      return;
    }
    // Nothing watched is alive: no container or exception can hold one.
    if (this.suspects.size === 0 && this.live.size === 0 && this.freshCount === 0) return;
    if (v instanceof PyExceptionObject) {
      const held = (v as unknown as { heldArgs?: PyValue[] }).heldArgs;
      // Exceptions may hold each other (a frame's local was the exception that ended another): once each.
      if (held === undefined || this.droppingHeld.has(v)) return;
      this.droppingHeld.add(v);
      try {
        for (const x of held) if (x instanceof PyObject) this.dropped(x);
      } finally {
        this.droppingHeld.delete(v);
      }
    } else if (v instanceof PyList || v instanceof PyTuple) {
      if (v.items.length <= CONTAINER_SCAN)
        for (const x of v.items) if (x instanceof PyObject && watched(x)) this.note(x);
    } else if (v instanceof PyDict) {
      if (v.map.size <= CONTAINER_SCAN)
        for (const e of v.map.values()) if (e.value instanceof PyObject && watched(e.value)) this.note(e.value);
    } else if (v instanceof PySet) {
      if (v.map.size <= CONTAINER_SCAN)
        for (const x of v.map.values()) if (x instanceof PyObject && watched(x)) this.note(x);
    }
  }

  /** A future or task completed: a failure nobody retrieves is reported when it is dropped. */
  completed(f: Future): void {
    // With done callbacks, their handles hold it until they have run (they report the drop then).
    if (f.exception !== null && f.callbackCount() === 0) this.note(f);
  }

  /**
   * `exc` is raised by a call that held `values` (CPython's traceback keeps that Python frame
   * and its arguments alive until the exception is freed: at the end of the `except` clause).
   */
  holdUntilHandled(exc: PyExceptionObject, values: PyValue[]): void {
    const held = exc as unknown as { heldArgs?: PyValue[] };
    (held.heldArgs ??= []).push(...values);
  }

  /**
   * A task whose step raised SystemExit or KeyboardInterrupt: that exception's traceback holds the
   * loop's frames, whose handle holds the task, which holds the exception. Only the collector frees
   * such a cycle, at the program's end here.
   */
  heldByCycle(t: Future): void {
    this.cyclic.add(t);
  }

  private note(o: PyObject): void {
    if (this.cyclic.has(o)) return;
    const h = this.host;
    this.suspects.set(o, { t: h.now(), line: dropPlace(), step: h.step(), seq: this.seq++, at: h.written() });
  }

  /** What the program can reach besides the frames running now (the host's roots). */
  roots(): unknown[] {
    return this.host.roots();
  }

  /**
   * A warning is about to go out: the values dropped before it that nothing reaches are reported
   * first, since CPython freed them (and warned) when their last reference went. Only dropped
   * values: a coroutine made by the statement running now may be an argument not passed yet.
   */
  beforeWarning(frames: unknown[]): void {
    if (this.suspects.size !== 0) this.safePoint(frames, [], false);
  }

  /** Whether values were dropped that a safe point has not looked at yet. */
  get pending(): boolean {
    return this.suspects.size !== 0;
  }

  /**
   * Report the suspects nothing reaches any more; `extra`: roots beyond the host's (the program's
   * globals at its end); `fresh`: the coroutines made since the last safe point and not awaited
   * become suspects first.
   */
  safePoint(frames: unknown[], extra: unknown[] = [], fresh = true): void {
    const s = this.suspects;
    if (fresh && this.freshCount) this.settleFresh();
    for (const o of this.live) if (!watched(o) || s.has(o)) this.live.delete(o);
    if (s.size === 0) return;
    for (const o of s.keys()) if (!watched(o) || this.reported.has(o)) s.delete(o);
    if (s.size === 0 || this.budget <= 0) return;
    const r = reachable([...frames, ...this.host.roots(), ...extra], this.budget);
    this.budget -= r.visited;
    if (this.budget <= 0) return;
    const gone = [...s].filter(([o]) => !r.seen.has(o)).sort((a, b) => a[1].seq - b[1].seq);
    for (const o of s.keys()) if (r.seen.has(o)) this.live.add(o);
    s.clear();
    for (const [o, d] of gone) this.report(o, d.t, d.line, d.step, false, d.at);
  }

  /** The new coroutines still unawaited become suspects, unless a later drop already made them one. */
  private settleFresh(): void {
    const s = this.suspects;
    const m = this.freshMoments;
    const fresh = this.fresh;
    for (let i = 0; i < this.freshCount; i++) {
      const c = fresh[i]!;
      fresh[i] = null;
      if (!watched(c)) continue;
      this.madeAt.set(c, this.freshLines[i]);
      if (s.has(c)) continue;
      s.set(c, { t: m[4 * i], line: this.freshLines[i], step: m[4 * i + 1], seq: m[4 * i + 2], at: m[4 * i + 3] });
    }
    this.freshCount = 0;
  }

  /** The program's end: whatever is left is finalized now, with no line (interpreter shutdown); coroutines in creation order. */
  finish(futures: Iterable<Future>, t: number, step: number): void {
    if (this.freshCount) this.settleFresh();
    const coros = new Set<PyCoroutine>();
    for (const o of [...this.fresh.slice(0, this.freshCount), ...this.suspects.keys(), ...this.live])
      if (o instanceof PyCoroutine && watched(o)) coros.add(o);
    for (const c of [...coros].sort((a, b) => a.id - b.id)) this.report(c, t, null, step, true);
    for (const f of futures) if (watched(f)) this.report(f, t, null, step, true);
  }

  /** A coroutine that never started, freed with the task that held it: by asyncio's code, or at the program's end. */
  neverAwaited(c: PyCoroutine, t: number, step: number, atExit: boolean): void {
    c.awaited = false;
    this.report(c, t, null, step, atExit);
  }

  /** `atExit`: found at the interpreter's shutdown (a warning then names no line of the program). */
  private report(o: PyObject, t: number, place: number | null, step: number, atExit = false, at?: number): void {
    if (this.reported.has(o)) return;
    this.reported.add(o);
    const inLoop = place === IN_LOOP;
    const line = inLoop ? null : place;
    if (o instanceof PyCoroutine) {
      if (o.origin === 'unknown')
        this.host.refuse(
          `the warning for coroutine '${o.qualname}' never awaited, made where its origin passes one of the library's own frames (its 'Coroutine created at' lines)`,
        );
      const createdAt = o.origin === null ? '' : originLines(o.origin, this.host);
      const origin = { line: this.madeAt.get(o) ?? null };
      const send = run.get(unawaitedWarnings).send;
      if (send !== null && send(o, line, { t, step, origin }, createdAt)) return;
      const text = `RuntimeWarning: coroutine '${o.qualname}' was never awaited${createdAt}`;
      // At exit CPython attributes it to <sys>, in a loop callback to asyncio's events.py: not the same place.
      const key = `${atExit ? 'exit' : inLoop ? 'loop' : (line ?? '-')}\u0000${text}`;
      if (this.shown.has(key)) return;
      this.shown.add(key);
      this.host.warn(text, t, line, step, origin, atExit ? { atExit } : inLoop ? { inLoop } : undefined, at);
    } else if (o instanceof Future && o.exception) {
      // Named by its class (CPython's self.__class__.__name__): _GatheringFuture, a subclass of the program's.
      const what = o.cls.name;
      if (debugOn(o.loop)) this.host.refuse(handlerReportRefused(`'${what} exception was never retrieved'`));
      if (this.host.toHandler(o, `${what} exception was never retrieved`)) return;
      const origin = o instanceof Task && !o.internal ? { task: o.name } : undefined;
      const text = `${what} exception was never retrieved (${excLine(o.exception)})`;
      this.host.warn(text, t, null, step, origin, { failed: o }, at);
    }
  }
}

/**
 * What warnings._warn_unawaited_coroutine adds for a coroutine with an origin: "Coroutine created
 * at (most recent call last)" and its frames, outermost first, as traceback.format_list writes them
 * (each frame's stripped source line under it), with no newline at the end.
 */
function originLines(origin: readonly OriginFrame[], host: FinalizerHost): string {
  let text = '\nCoroutine created at (most recent call last)';
  for (const [file, line, name] of [...origin].reverse()) {
    text += `\n  File "${file}", line ${line}, in ${name}`;
    const source = host.sourceLine(file, line).trim();
    if (source) text += `\n    ${source}`;
  }
  return text;
}

// The objects dropped() looks at: the watched kinds, and the exceptions and containers that may hold them.
dropsMatterFor(PyCoroutine, Future, PyExceptionObject, PyList, PyTuple, PyDict, PySet);

/** Would CPython's finalizer say something about it? */
function watched(o: PyObject): boolean {
  if (o instanceof PyCoroutine) return o.state === 'created' && !o.awaited;
  if (o instanceof Future) return o.logTraceback && o.exception !== null && o.pendingCallbacks === 0;
  return false;
}
