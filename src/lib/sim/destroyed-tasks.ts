/**
 * Tasks still pending when the program ends, destroyed as CPython destroys them.
 *
 * Two moments: a task nothing reaches any more (only the cycle between it and the future it waits
 * on holds it) goes at the collection right after the program's code; one the program's globals
 * hold (directly, or through the future or event it waits on) goes at interpreter shutdown. Each
 * logs "Task was destroyed but it is pending!" and its coroutine is closed: GeneratorExit runs the
 * coroutine's `finally` blocks, and a coroutine that never started warns it was never awaited.
 * The collector mostly finalizes a garbage task's coroutine before the task (whose log then says
 * `done, defined at`; the order follows CPython's collector lists, and some programs on 3.11 and
 * 3.12 see the task first); at shutdown the tasks are logged first and their coroutines closed after.
 */
import { PyExc, type PyValue } from '../runtime/core';
import { PyCoroutine } from '../interp/generator';
import type { EventLoop } from './base_events';
import { reachable } from './reachable';
import { handleHolds, Task } from './tasks';

/** gc.collect()'s way to the simulation: destroy the pending tasks only their own cycles hold (how many). */
export const collectHook: { tasks: () => number } = { tasks: () => 0 };

/** Objects marked at most when looking for what holds the pending tasks. */
const MARK_LIMIT = 2_000_000;

export interface Destroyer {
  /** Log "Task was destroyed but it is pending!" for the task. */
  log(t: Task): void;
  /** The coroutine never started: "coroutine ... was never awaited". */
  neverAwaited(c: PyCoroutine): void;
  /** Closing the coroutine raised: CPython prints it as an exception it cannot raise. */
  ignored(c: PyCoroutine, e: PyExc): void;
}

/**
 * Which pending tasks something besides their own cycles holds: reached from `roots`, waiting on
 * a future reached, on or by a held task (the future's callbacks hold its waiter), or queued in a
 * loop reached and not closed (a step in its ready queue, a wake-up, a sleep's timer).
 */
export function heldTasks(pending: readonly Task[], roots: unknown[]): Set<Task> {
  const seen = new Set<object>();
  const loopsLookedInto = new Set<EventLoop>();
  for (let todo = roots; todo.length > 0;) {
    for (const o of reachable(todo, MARK_LIMIT, (x) => seen.has(x)).seen) seen.add(o);
    todo = [];
    for (const t of pending) {
      const loop = t.loop as EventLoop;
      if (!seen.has(loop) || loop.closed || loopsLookedInto.has(loop)) continue;
      loopsLookedInto.add(loop);
      todo.push(...queuedIn(loop));
    }
  }
  const isPending = new Set(pending);
  // Who waits on whom, both ways: a held task holds what it waits on and what waits on it.
  const waitedOnBy = new Map<unknown, Task[]>();
  for (const t of pending) {
    if (t.futWaiter === null) continue;
    const list = waitedOnBy.get(t.futWaiter);
    if (list) list.push(t);
    else waitedOnBy.set(t.futWaiter, [t]);
  }
  const held = new Set<Task>();
  const work: Task[] = [];
  const hold = (t: Task): void => {
    if (held.has(t)) return;
    held.add(t);
    work.push(t);
  };
  for (const t of pending) {
    const w = t.futWaiter;
    if (seen.has(t) || (w !== null && seen.has(w))) hold(t);
  }
  for (let t = work.pop(); t !== undefined; t = work.pop()) {
    const w = t.futWaiter;
    if (w instanceof Task && isPending.has(w)) hold(w);
    for (const o of waitedOnBy.get(t) ?? []) hold(o);
  }
  return held;
}

/** What a loop's queues hold: each live handle's callback target, and a Python callback with its arguments. */
function queuedIn(loop: EventLoop): unknown[] {
  const out: unknown[] = [];
  for (const h of [...loop.readyHandles(), ...loop.scheduled])
    if (!h.cancelled) out.push(handleHolds(h.origin), h.py, h.pyArgs);
  return out;
}

/** Close a task's coroutine as its finalizer does; what closing raises is printed, not raised. */
function closeCoroutine(t: Task, d: Destroyer): void {
  const c: PyValue = t.coro;
  if (!(c instanceof PyCoroutine)) return;
  if (c.state === 'created') {
    c.state = 'closed';
    d.neverAwaited(c);
    return;
  }
  if (c.state !== 'suspended') return;
  try {
    c.close();
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    d.ignored(c, e);
  }
}

/** Destroy the tasks of one moment: garbage (`collected`) or at shutdown. */
export function destroyTasks(tasks: readonly Task[], collected: boolean, d: Destroyer): void {
  if (collected) {
    for (const t of tasks) {
      // A coroutine that never started warns as it is freed, after its task.
      const started = !(t.coro instanceof PyCoroutine && t.coro.state === 'created');
      if (started) closeCoroutine(t, d);
      d.log(t);
      if (!started) closeCoroutine(t, d);
    }
    return;
  }
  for (const t of tasks) d.log(t);
  for (const t of tasks) closeCoroutine(t, d);
}
