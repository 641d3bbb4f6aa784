/**
 * One simulated run of a program: the virtual clock, the loops, asyncio.run's life cycle
 * (Lib/asyncio/runners.py), and the trace that is recorded along the way.
 */
import { PyExc, pyError, resetIds, type PyValue } from '../runtime/core';
import { setContext } from '../runtime/context';
import { PyCoroutine, coroutineRegistry, asyncGenHooks, athrowCoroutine } from '../interp/generator';
import { state } from '../interp/state';
import { excLine } from '../interp/traceback';
import type { TraceRecorder } from '../trace/recorder';
import { EventLoop, defLoopMethod, setLoopErrorSink, type LoopObserver } from './base_events';
import { setCurrentFileName } from './events';
import { Future, setFutureHooks } from './futures';
import { Task, GatheringFuture, nativeCoroutine, setTaskHooks, locationOf, waitsFor, type TaskContext } from './tasks';

/** Thrown to end a run early (deadlock, limits): not catchable by the program. */
export class SimStop {
  constructor(public message: string) {}
}

export const simLimits = {
  /**
   * Task steps before a run is stopped as runaway (an endless timer loop). The conformance tests
   * pass the recorder's own limit (10,000) so that its `limit_steps` golden matches.
   */
  steps: 100_000,
  /** The virtual clock may not pass this many seconds. */
  clock: 1_000_000,
};

export class Simulation implements TaskContext {
  clock = { now: 0 };
  runningLoop: EventLoop | null = null;
  currentLoop: EventLoop | null = null;
  currentTask = new Map<EventLoop, Task>();
  private taskCounter = 0;
  futuresWithErrors = new Set<Future>();
  shuttingDown = false;
  /** After the program's last line: CPython 3.13 drops loop errors reported then. */
  shuttingDownProgram = false;
  steps = 0;

  constructor(public rec: TraceRecorder) {
    const sim = this;
    setFutureHooks({
      futureDone: (f) => {
        const running = [...sim.currentTask.values()][0];
        f.doneBy = running ? running.name : (f.loop.currentHandle?.label ?? null);
        if (f instanceof Task && !f.internal) rec.taskDone(f, sim.clock.now);
        sim.futuresWithErrors.add(f);
      },
    });
    setTaskHooks({
      taskCreated: (t) => rec.taskCreated(t, sim.clock.now),
      stepStart: (t) => {
        if (!t.internal) {
          if (++sim.steps > simLimits.steps) throw new SimStop(`Limit: more than ${simLimits.steps} steps`);
          rec.stepStart(t, sim.clock.now);
        }
      },
      stepEnd: (t) => {
        if (!t.internal) rec.stepEnd(t, sim.clock.now);
      },
      nextTaskName: () => `Task-${++sim.taskCounter}`,
      setCurrentTask: (loop, t) => {
        if (t) sim.currentTask.set(loop, t);
        else sim.currentTask.delete(loop);
      },
    });
    coroutineRegistry.clear();
    asyncGenHooks.firstIter = (ag) => {
      const loop = sim.runningLoop;
      if (!loop) return;
      ag.loop = loop;
      loop.asyncgens.add(ag);
    };
    asyncGenHooks.finalize = (ag) => {
      const loop = ag.loop as EventLoop | undefined;
      if (!loop || loop.closed || !loop.asyncgens.has(ag)) return;
      loop.asyncgens.delete(ag);
      loop.callSoon(() => void new Task(loop, athrowCoroutine(ag), null), 'async generator finalizer');
    };
  }

  install(fileName = 'main.py'): void {
    resetIds();
    setCurrentFileName(fileName);
    setLoopErrorSink((text) => {
      if (!this.shuttingDownProgram) this.rec.warning(text, this.clock.now);
    });
    setContext({
      write: (text) => this.rec.stdout(text, this.clock.now),
      now: () => this.clock.now,
      block: (seconds, what) => this.block(seconds, what),
      warn: (text) => this.rec.warning(text, this.clock.now),
      moduleCache: new Map(),
    });
    currentSim = this;
  }

  block(seconds: number, what: string): void {
    if (seconds < 0) throw pyError('ValueError', 'sleep length must be non-negative');
    this.advanceTo(this.clock.now + seconds);
    this.rec.blocked(what, seconds, this.clock.now);
  }

  advanceTo(t: number): void {
    if (t > simLimits.clock) throw new SimStop(`Limit: clock would pass ${simLimits.clock} s`);
    if (t > this.clock.now) this.clock.now = t;
  }

  newLoop(): EventLoop {
    const sim = this;
    const observer: LoopObserver = {
      iteration: (loop) => sim.rec.iteration(loop, sim.clock.now),
      clockJump: (from, to) => {
        if (to > simLimits.clock) {
          sim.clock.now = from;
          throw new SimStop(`Limit: clock would pass ${simLimits.clock} s`);
        }
      },
    };
    const loop = new EventLoop(this.clock, observer, (l) => {
      throw new SimStop(this.deadlockMessage(l));
    });
    return loop;
  }

  getEventLoop(): EventLoop {
    if (this.runningLoop) return this.runningLoop;
    if (!this.currentLoop) {
      this.rec.warning('DeprecationWarning: There is no current event loop', this.clock.now);
      this.currentLoop = this.newLoop();
    }
    return this.currentLoop;
  }

  /** BaseEventLoop.run_until_complete */
  runUntilComplete(loop: EventLoop, target: PyValue): PyValue {
    if (loop.closed) throw pyError('RuntimeError', 'Event loop is closed');
    if (loop.running || this.runningLoop) throw pyError('RuntimeError', 'This event loop is already running');
    let fut: Future;
    if (target instanceof Future) fut = target;
    else if (target instanceof PyCoroutine) {
      fut = new Task(loop, target, null);
      (fut as Task).logDestroyPending = false;
    }
    else throw pyError('TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
    const cb = (f: Future) => {
      if (!f.cancelled()) f.getException();
      loop.stopping = true;
    };
    fut.addDoneCallback(cb, 'run_until_complete');
    this.runningLoop = loop;
    // CPython has Python frames under every callback: run_until_complete, run_forever,
    // _run_once and Handle._run. They count towards the recursion limit.
    state.depth += 4;
    try {
      loop.runForever();
    } finally {
      state.depth -= 4;
      this.runningLoop = null;
      fut.removeDoneCallback((c) => c.fn === cb);
    }
    if (!fut.done()) throw pyError('RuntimeError', 'Event loop stopped before Future completed.');
    return fut.getResult();
  }

  runForever(loop: EventLoop): void {
    if (loop.running || this.runningLoop) throw pyError('RuntimeError', 'This event loop is already running');
    this.runningLoop = loop;
    state.depth += 3; // run_forever, _run_once, Handle._run
    try {
      loop.runForever();
    } finally {
      state.depth -= 3;
      this.runningLoop = null;
    }
  }

  /** asyncio.run(coro): Runner.run then Runner.close. */
  asyncioRun(coro: PyCoroutine): PyValue {
    const loop = this.newLoop();
    this.currentLoop = loop;
    let result: PyValue = null;
    // asyncio.run and Runner.run are two more Python frames in CPython.
    state.depth += 2;
    try {
      const task = new Task(loop, coro, null);
      result = this.runUntilComplete(loop, task);
    } catch (e) {
      state.depth -= 2;
      // A deadlock or a limit ends the whole run at once; a Python exception still shuts down.
      if (e instanceof PyExc) this.closeRunner(loop);
      throw e;
    }
    state.depth -= 2;
    this.closeRunner(loop);
    return result;
  }

  private closeRunner(loop: EventLoop): void {
    // _cancel_all_tasks
    const pending = [...loop.tasks].filter((t) => !(t as Task).done()) as Task[];
    if (pending.length) {
      for (const t of pending) t.cancel();
      const gather = new GatheringFuture(loop, pending);
      let n = 0;
      const results = () => {
        n++;
        if (n === pending.length) gather.setResult(null);
      };
      for (const t of pending) t.addDoneCallback(results, 'gather callback');
      this.runUntilComplete(loop, gather);
      for (const t of pending) {
        if (t.cancelled()) continue;
        t.getException();
      }
    }
    // shutdown_asyncgens() closes the async generators still open; shutdown_default_executor()
    // finishes at once. Both are tasks of asyncio's own (they take Task-N numbers, untraced).
    this.shuttingDown = true;
    const agens = this.shutdownAsyncgens(loop);
    this.runUntilComplete(loop, new Task(loop, nativeCoroutine('shutdown_asyncgens', agens), null, true));
    const exec = (function* () {
      return null;
    })();
    this.runUntilComplete(loop, new Task(loop, nativeCoroutine('shutdown_default_executor', exec), null, true));
    this.shuttingDown = false;
    loop.closed = true;
    if (this.currentLoop === loop) this.currentLoop = null;
  }

  private *shutdownAsyncgens(loop: EventLoop): Generator<PyValue, PyValue, PyValue> {
    const agens = [...loop.asyncgens].filter((a) => a.state !== 'closed');
    loop.asyncgens.clear();
    if (agens.length === 0) return null;
    const children = agens.map((ag) => new Task(loop, athrowCoroutine(ag), null));
    const outer = new GatheringFuture(loop, children);
    let n = 0;
    for (const c of children)
      c.addDoneCallback(() => {
        if (++n === children.length && !outer.done()) outer.setResult(null);
      }, 'gather callback');
    yield* outer.awaitIter();
    return null;
  }

  /** The text CPython would never print (it hangs): which tasks wait for what. */
  deadlockMessage(loop: EventLoop): string {
    const parts: string[] = [];
    for (const t of this.rec.taskOrder()) {
      if (t.done() || t.loop !== loop) continue;
      const loc = locationOf(t.coro) ?? '?';
      parts.push(`${t.name} (${t.coroName()}) at ${loc} waits for ${waitsFor(t)}`);
    }
    if (parts.length === 0) return 'Deadlock: no task is pending';
    return 'Deadlock: ' + parts.join('; ');
  }

  /** Warnings CPython prints when objects are garbage collected, emitted at the end of the run. */
  finalWarnings(): void {
    // The default warnings filter shows a given warning once per line.
    const shown = new Set<string>();
    for (const c of coroutineRegistry.pending) {
      if (c.state !== 'created' || c.awaited) continue;
      const text = `RuntimeWarning: coroutine '${c.qualname}' was never awaited`;
      const key = `${c.createdAt}\u0000${text}`;
      if (shown.has(key)) continue;
      shown.add(key);
      this.rec.warning(text, this.clock.now);
    }
    coroutineRegistry.clear();
    for (const t of this.rec.taskOrder()) {
      if (!t.done() && t.logDestroyPending) this.rec.warning('Task was destroyed but it is pending!', this.clock.now);
    }
    for (const f of this.futuresWithErrors) {
      if (f.logTraceback && f.exception) {
        const what = f instanceof Task ? 'Task' : 'Future';
        this.rec.warning(`${what} exception was never retrieved (${excLine(f.exception)})`, this.clock.now);
      }
    }
  }
}

export let currentSim: Simulation | null = null;

// Loop methods that need the simulation.
defLoopMethod('run_until_complete', 'def (self, future)', (self, [future]) => currentSim!.runUntilComplete(self as EventLoop, future));
defLoopMethod('run_forever', 'def (self)', (self) => {
  currentSim!.runForever(self as EventLoop);
  return null;
});
defLoopMethod('shutdown_asyncgens', 'def (self)', () => nativeCoroutine('shutdown_asyncgens', (function* () {
  return null;
})()));

