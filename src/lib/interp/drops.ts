/**
 * Where CPython's reference counting would let go of a value: the moments a finalizer may run
 * ("coroutine ... was never awaited", "Task exception was never retrieved"). The interpreter
 * reports them here for the user's code: an expression statement's value is discarded, a name
 * is rebound or deleted, a frame ends and its locals go. The simulation listens (dropHooks) and
 * decides, at its next safe point, whether anything still holds the value.
 *
 * It also keeps the stack of Python frames running now (null marks asyncio's own Python frames
 * under a loop callback, as run_until_complete, _run_once and Handle._run are in CPython), so
 * that a warning names the line running when the value was dropped, as `warnings.warn(...,
 * stacklevel=2)` does.
 */
import { PyCell, PyExc, PyObject, PyTuple, type PyExceptionObject, type PyValue } from '../runtime/core';
import { run, RunSlot } from '../runtime/run';
import { releaseValue } from '../runtime/releases';
import type { Frame } from './frame';
import type * as ir from '../ir/types';

export interface DropHooks {
  /** `v` lost a reference (the simulation checks whether it was the last one); only for classes marked by dropsMatterFor. */
  dropped(v: PyObject): void;
  /** A statement of the program starts while drops wait to be checked (run.lifetimesDue). */
  settle(): void;
  /** How many drops wait (a mark for settleSince). */
  pendingCount(): number;
  /** Check the drops made since `mark` now, `held` (a value in flight) reachable. */
  settleSince(mark: number, held: PyValue): void;
  /** Generators made and left suspended by a call that has returned `held`: dead unless something holds them. */
  checkTemporaries(gens: PyObject[], held: PyValue): void;
}

/** Marks the JS classes whose instances' drops the hooks look at (the rest are never reported). */
const DROP_MATTERS = Symbol('drop matters');

/**
 * The hooks care about a few kinds of object only (coroutines, futures, exceptions, containers);
 * marking them on the prototype makes dropping any other object (every method's `self` as its
 * frame ends) one property read rather than a call.
 */
export function dropsMatterFor(...classes: { prototype: object }[]): void {
  for (const c of classes) Object.defineProperty(c.prototype, DROP_MATTERS, { value: true });
}

function matters(v: object): boolean {
  return (v as { [DROP_MATTERS]?: boolean })[DROP_MATTERS] === true || (v as PyObject).cls?.finalizes === true;
}

/** Marks one object whose drops matter (one something refers to weakly). */
export function markDrops(o: PyObject): void {
  if (!Object.prototype.hasOwnProperty.call(o, DROP_MATTERS)) Object.defineProperty(o, DROP_MATTERS, { value: true });
}

/** The run's drop hooks (none outside a simulation). */
export const dropHooks = new RunSlot<DropHooks | null>('drop hooks', () => null);

/** Python frames running now, innermost last; null: a frame of asyncio's own machinery. */
export const frameStack = new RunSlot<(Frame | null)[]>('frame stack', (r) => r.frames as (Frame | null)[]);

/** Note that `v` lost a reference, when it is an object and someone listens. */
export function dropValue(v: PyValue | undefined): void {
  if (typeof v !== 'object' || v === null) return;
  if (!matters(v)) {
    // An instance may hold an object whose death shows (sim/lifetimes.ts looks one level in), and
    // so may an iterator (a zip or map over a generator: PyIteratorObject.source) and a generator
    // suspended in `yield from` (the generator it delegates to: its frame's `awaiting`).
    if (
      run.lifetimesSeen &&
      ((v as PyObject).dict || (v as { source?: unknown }).source || (v as { frame?: Frame | null }).frame?.awaiting)
    )
      releaseValue(v);
    return;
  }
  const h = run.get(dropHooks);
  if (h !== null) h.dropped(v);
}

/** The `except` clause handling `exc` ended: what its traceback's frames held is let go. */
export function releaseHeld(exc: PyExceptionObject): void {
  const x = exc as unknown as { heldLocals?: PyValue[] };
  const held = x.heldLocals;
  if (held === undefined) return;
  x.heldLocals = undefined;
  for (const v of held) releaseValue(v);
}

/**
 * The runtime itself caught `e` and let it go (close() or aclose() ending a generator with the
 * GeneratorExit it threw in): the exception is freed, and what its traceback held (the ended
 * frame's locals: an inner async generator, a coroutine) with it, as an `except` clause's end does.
 */
export function swallowed(e: PyExc): void {
  dropValue(e.exc);
  releaseHeld(e.exc);
  // CPython frees them inside the close (an async generator's finalizer hook schedules its aclose()
  // then, before the task running the close ends): checked now, not at the step's end.
  if (run.lifetimesDue) settleDrops();
}

/** A statement of the program starts and drops wait for their check (called when run.lifetimesDue). */
export function settleDrops(): void {
  const h = run.get(dropHooks);
  if (h !== null) h.settle();
  else run.lifetimesDue = false;
}

/**
 * A frame ended: its locals (and the values of its own cells) go. Call after popping it. Every
 * call's return runs this, so it is kept small enough for V8 to inline it along with the call's
 * other steps: a frame holding no object (ints, floats, strings) costs one pass over its locals.
 */
export function dropLocals(f: Frame): void {
  const locals = f.locals;
  for (let i = 0; i < locals.length; i++) {
    const l = locals[i];
    if (typeof l === 'object' && l !== null) {
      dropObjectLocals(locals, i);
      return;
    }
  }
}

/**
 * A function of the program returned `value`: its locals go, and a generator only they held is
 * closed now, before the caller goes on (CPython frees the frame as it returns). The returned value
 * and the arguments (the caller still holds them: the first `params` locals) count as held.
 */
export function dropLocalsAtReturn(f: Frame, value: PyValue, params: number): void {
  const h = run.get(dropHooks);
  if (h === null) return;
  const mark = h.pendingCount();
  dropLocals(f);
  if (h.pendingCount() === mark) return;
  const held: PyValue[] = [value];
  for (let i = 0; i < params && i < f.locals.length; i++) {
    const l = f.locals[i];
    const v = l instanceof PyCell ? l.v : l;
    if (typeof v === 'object' && v !== null) held.push(v);
  }
  h.settleSince(mark, new PyTuple(held));
}

/**
 * Calls whose arguments include a call's result (`next(gen())`) watch the generators made while
 * they run and left suspended at their first yield with code to run on close: once the call
 * returns, those nothing else holds die with its temporaries. A call that raises never closes its
 * watch; the generators it saw are then left to the statement-level checks.
 */
const madeSuspended: PyObject[] = [];
let watching = 0;
/** Past this many (watches a raise left open), the oldest are forgotten. */
const MADE_LIMIT = 1024;

/** A generator stopped at its first yield with code to run on close (PyGenerator.resume). */
export function firstSuspended(g: PyObject): void {
  if (watching === 0) return;
  if (madeSuspended.length >= MADE_LIMIT) madeSuspended.splice(0, MADE_LIMIT / 2);
  madeSuspended.push(g);
}

/** A call with temporary arguments starts: the mark its end passes to closeTemporaries. */
export function openTemporaries(): number {
  watching++;
  return run.nextId;
}

/** A call with temporary arguments raised: it stops watching. */
export function abandonTemporaries(): void {
  if (watching > 0) watching--;
  if (watching === 0) madeSuspended.length = 0;
}

/** The call begun at `firstId` returned `result` (returned as is): generators it made and left suspended, if nothing holds them, die. */
export function closeTemporaries(firstId: number, result: PyValue): PyValue {
  if (watching > 0) watching--;
  if (madeSuspended.length === 0) return result;
  let made: PyObject[] | null = null;
  for (let i = 0; i < madeSuspended.length; i++) {
    const g = madeSuspended[i];
    if (g.id < firstId) continue;
    madeSuspended.splice(i--, 1);
    if ((g as { state?: string }).state === 'suspended') (made ??= []).push(g);
  }
  if (watching === 0) madeSuspended.length = 0;
  if (made !== null) run.get(dropHooks)?.checkTemporaries(made, result);
  return result;
}

/** dropLocals from the first local that is an object (or a cell) on. */
function dropObjectLocals(locals: Frame['locals'], from: number): void {
  const h = run.get(dropHooks);
  if (h === null) return;
  for (let i = from; i < locals.length; i++) {
    const l = locals[i];
    if (typeof l !== 'object' || l === null) continue;
    // A cell may still be shared with a living closure: the reachability check decides.
    const v = l instanceof PyCell ? l.v : l;
    if (typeof v !== 'object' || v === null) continue;
    if (matters(v)) h.dropped(v);
    // An iterator reading a generator (a zip or map local) may hold the generator's last reference,
    // and so may a generator suspended in `yield from` (the one it delegates to).
    else if (
      run.lifetimesSeen &&
      ((v as { source?: unknown }).source || (v as { frame?: Frame | null }).frame?.awaiting)
    )
      releaseValue(v);
  }
}

/**
 * A frame ended by exception `e`: the exception's traceback keeps the frame, and with it its
 * locals, alive for as long as the exception lives (until the `except` that catches it ends, or
 * the program's end when nothing does). The locals that matter are held on the exception (the
 * simulation's finalizers read `heldArgs`, and their mark phase follows it) instead of being
 * dropped now; once objects' lifetimes show (run.lifetimesSeen), all of a program frame's object
 * locals are held too (`heldLocals`, let go by releaseHeld). False when `e` is not a Python
 * exception (then drop them as usual).
 */
export function holdLocals(e: unknown, f: Frame): boolean {
  if (!(e instanceof PyExc)) return false;
  const held = e.exc as unknown as { heldArgs?: PyValue[]; heldLocals?: unknown[] };
  const all = run.lifetimesSeen && f.code.user;
  const locals = f.locals;
  for (let i = 0; i < locals.length; i++) {
    const l = locals[i];
    if (typeof l !== 'object' || l === null) continue;
    const v = l instanceof PyCell ? l.v : l;
    if (typeof v !== 'object' || v === null) continue;
    if (matters(v)) (held.heldArgs ??= []).push(v);
    if (all) (held.heldLocals ??= []).push(v);
  }
  return true;
}

/**
 * The program's line CPython would attribute a warning to now (stacklevel=2 from a finalizer):
 * the innermost frame's line when it is the program's, else null.
 */
export function dropLine(): number | null {
  const s = run.get(frameStack);
  const top = s.length ? s[s.length - 1] : null;
  return top !== null && top.code.user ? top.line : null;
}

/** dropPlace's answer when asyncio's own loop machinery (Handle._run, running a callback) is the innermost frame. */
export const IN_LOOP = -1;

/** dropLine, but IN_LOOP when the innermost frame is the loop's own (a callback's, a task step's). */
export function dropPlace(): number | null {
  const s = run.get(frameStack);
  if (s.length === 0) return null;
  const top = s[s.length - 1];
  return top === null ? IN_LOOP : top.code.user ? top.line : null;
}

/** The innermost line of the program on the stack, past asyncio's own frames (as asyncio's own warnings point). */
export function callerLine(): number | null {
  const s = run.get(frameStack);
  for (let i = s.length - 1; i >= 0; i--) {
    const f = s[i];
    if (f !== null && f.code.user) return f.line;
  }
  return null;
}

/**
 * Whether a `for` loop's iterable may be an object nothing else holds (a display, a call's result),
 * which the running loop must keep reachable (Frame.held); a name or an attribute is held where it
 * is read from.
 */
export function temporaryIterable(e: ir.Expr): boolean {
  return e.type !== 'Name' && e.type !== 'Attribute';
}

/** Keep `iterable` reachable from `f` while its loop runs; gives the depth to return to. */
export function holdIterable(f: Frame, iterable: PyValue): number {
  const held = (f.held ??= []);
  held.push(iterable);
  return held.length - 1;
}

/**
 * The loop holding from `depth` on ended (or failed): it lets go of its iterable (and those of loops
 * inside it), as CPython's loop pops its iterator; what only they held dies now (a coroutine the
 * loop left unawaited warns at the loop's last line, a `break`).
 */
export function releaseIterables(f: Frame, depth: number): void {
  const held = f.held!;
  const gone = held.splice(depth);
  if (depth === 0) f.held = null;
  for (let i = gone.length - 1; i >= 0; i--) dropValue(gone[i]);
}
