/**
 * The true cause of every wake-up and every cancellation, worked out when it happens: who
 * completed a future (the task running then at its program line, a timer and how late it fired,
 * the done callback of which task), and who asked for a cancel (a program line, a TaskGroup whose
 * task raised, a timeout's handler, gather passing its own cancel on, asyncio.run shutting down).
 * Library code is looked through: an Event set inside Event.set by Task-2 is "set by Task-2".
 */
import { PyBoundMethod, PyNativeFunction, PyObject, type PyValue } from '../runtime/core';
import { run } from '../runtime/run';
import { PySuspendable } from '../interp/generator';
import type { Actor, Why } from '../trace/why';
import type { EventLoop } from './base_events';
import { Future } from './futures';
import { Task, innermostUserFrame } from './tasks';
import type { CurrentTasks } from './current-tasks';

/** What the cause tracker reads from the simulation. */
export interface CauseSource {
  currentTask: CurrentTasks<EventLoop, Task>;
  clock: { now: number };
}

function qualnameOf(fn: PyValue | undefined): string | null {
  const f = (fn instanceof PyBoundMethod ? fn.func : fn) as { qualname?: string } | null;
  return f && typeof f.qualname === 'string' ? f.qualname : null;
}

/** A Python callback as a reader knows it: `Task-7.cancel()`, `on_done()`. */
function callbackName(fn: PyValue | undefined): string | null {
  if (fn instanceof PyBoundMethod) {
    const f = fn.func as { name?: string; qualname?: string };
    const name = f.name ?? f.qualname?.split('.').pop();
    if (fn.self instanceof Task && name) return `${fn.self.name}.${name}()`;
  }
  if (fn instanceof PyNativeFunction && fn.self instanceof Task) return `${fn.self.name}.${fn.name}()`;
  const q = qualnameOf(fn);
  return q ? `${q}()` : null;
}

/** The innermost library (asyncio) coroutine frame the task is running, as `Class.method` or `function`. */
function libraryFrameOf(t: Task): { name: string; exc: PyValue } | null {
  let o: PyValue = t.coro;
  let found: { name: string; exc: PyValue } | null = null;
  for (let guard = 0; o instanceof PySuspendable && guard < 10000; guard++) {
    const fr = o.frame;
    if (!fr) break;
    if (!fr.code.user) {
      const slots = fr.code.scope.slots;
      const exc = slots.has('exc') ? fr.locals[slots.get('exc')!] : null;
      found = { name: o.qualname, exc: exc instanceof PyObject ? exc : null };
    }
    o = fr.awaiting;
  }
  return found;
}

/** Whether the task is inside asyncio.wait_for (its deadline is wait_for's, not a timeout block's). */
function inWaitFor(t: Future): boolean {
  if (!(t instanceof Task)) return false;
  let o: PyValue = t.coro;
  for (let guard = 0; o instanceof PySuspendable && guard < 10000; guard++) {
    if (!o.frame) break;
    if (!o.frame.code.user && o.qualname === 'wait_for') return true;
    o = o.frame.awaiting;
  }
  return false;
}

/** The causes that say nothing more than their kind, one object each for every step they explain. */
const START: Why = { kind: 'start' };
const YIELD: Why = { kind: 'yield' };

export class CauseTracker {
  /** A cause imposed by asyncio's own code written in TypeScript (gather's cancel, asyncio.run's shutdown). */
  private via: Why | null = null;

  constructor(private src: CauseSource) {}

  private running(): Task | null {
    return this.src.currentTask.first();
  }

  /**
   * The last actor, timer cause and sync cause made: the next one that reads the same is this
   * object again (a producer waking consumers from one line, timers due at one time), as the full
   * recording keeps one per step. Causes are never changed once made.
   */
  private lastActor: Actor | null = null;
  private lastTimer: Extract<Why, { kind: 'timer' }> | null = null;
  private lastSync: Extract<Why, { kind: 'sync' }> | null = null;

  /** Who is acting now: the running task at its program line, else the loop callback, else the top level. */
  actor(loop: EventLoop | null): Actor {
    const t = this.running();
    if (t) {
      // The task's own innermost program line (run.userLine may be another task's, from before it resumed).
      const fr = innermostUserFrame(t.coro);
      return this.sameActor(t.name, fr !== null ? fr.line : run.userLine || null, null);
    }
    const h = loop?.currentHandle ?? null;
    if (h) return this.sameActor(null, null, callbackName(h.py) ?? h.label);
    return this.sameActor(null, run.userLine || null, null);
  }

  private sameActor(task: string | null, line: number | null, callback: string | null): Actor {
    const a = this.lastActor;
    if (a !== null && a.task === task && a.line === line && a.callback === callback) return a;
    return (this.lastActor = { task, line, callback });
  }

  /** A sleep's timer (or another timer handle) due at `due` fired `late` seconds late. */
  private timerWhy(due: number, late: number): Why {
    const w = this.lastTimer;
    if (w !== null && w.due === due && w.late === late) return w;
    return (this.lastTimer = { kind: 'timer', due, late });
  }

  /** `why` (a sync cause with no object named) for a task that waited on `obj`. */
  private syncWhy(why: Extract<Why, { kind: 'sync' }>, obj: string): Why {
    const w = this.lastSync;
    if (w !== null && w.by === why.by && w.obj === obj) return w;
    return (this.lastSync = { ...why, obj });
  }

  /** Runs `fn` with every cancel inside it caused by `why` (unless a cause is imposed already). */
  during<T>(why: Why, fn: () => T): T {
    if (this.via) return fn();
    this.via = why;
    try {
      return fn();
    } finally {
      this.via = null;
    }
  }

  /** Why `target` is being cancelled now. */
  cancelWhy(target: Future): Why {
    if (this.via) return this.via;
    const loop = target.loop;
    const t = this.running();
    const h = loop.currentHandle;
    if (!t && h) {
      const fn = qualnameOf(h.py);
      if (h.isTimer && h.label.includes('Timeout._on_timeout'))
        return { kind: 'timeout', due: h.when, waitFor: inWaitFor(target) };
      if (fn === 'TaskGroup._on_task_done' && h.origin instanceof Task && h.origin.exception)
        return { kind: 'taskgroup', name: h.origin.name, exc: h.origin.exception.cls.name };
      if (h.label.includes('Timeout._on_timeout')) return { kind: 'timeout', due: h.when, waitFor: inWaitFor(target) };
    }
    if (t) {
      const lib = libraryFrameOf(t);
      // The group's exit: __aexit__, whose work is in _aexit (CPython 3.14's split, kept by Loopline in every version).
      if (lib && (lib.name === 'TaskGroup._aexit' || lib.name === 'TaskGroup.__aexit__')) {
        const exc = lib.exc instanceof PyObject ? lib.exc.cls.name : 'CancelledError';
        return { kind: 'taskgroup', name: t.name, exc };
      }
    }
    return { kind: 'cancel', by: this.actor(loop) };
  }

  /** What completed `f` (called as it completes). */
  completionWhy(f: Future): Why {
    if (f instanceof Task) {
      const outcome = f.cancelled() ? 'cancelled' : f.exception ? 'exception' : 'result';
      return { kind: 'task', name: f.name, outcome, exc: f.exception ? f.exception.cls.name : null };
    }
    if (f.cancelled()) return this.cancelWhy(f);
    const loop = f.loop;
    if (this.running()) return { kind: 'sync', obj: '', by: this.actor(loop) };
    const h = loop.currentHandle;
    if (h) {
      if (h.isTimer) return this.timerWhy(h.when, Math.max(0, this.src.clock.now - h.when));
      const o = h.origin;
      if (o instanceof Task && !o.internal) return this.completionWhy(o);
      if (o instanceof Future && o.why) return o.why;
    }
    return { kind: 'sync', obj: '', by: this.actor(loop) };
  }

  /** Why task `t` runs the step starting now (`first`: its first step; `waited`: what it waited on). */
  stepWhy(t: Task, first: boolean, waited: string | null): Why {
    const w = t.wokenBy;
    if (t.cancelStep) {
      const c = t.cancelWhy ?? (w && w.cancelled() && w.why ? w.why : null);
      t.cancelWhy = null;
      if (c) {
        t.lastCancel = c;
        return c;
      }
    }
    if (first) return START;
    if (!w) return YIELD;
    const why = w.why ?? { kind: 'sync', obj: '', by: { task: null, line: null, callback: null } };
    if (why.kind === 'sync' && why.obj === '') return this.syncWhy(why, w.waitOp ?? waited ?? 'Future');
    return why;
  }
}
