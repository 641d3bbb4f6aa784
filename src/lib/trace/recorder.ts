/**
 * Records a run: the conformance trace plus per-step details for the UI.
 */
import type { Task } from '../sim/tasks';
import type { EventLoop } from '../sim/base_events';
import { locationOf, waitsFor } from '../sim/tasks';
import type { ConformanceTrace, TaskStepDetail, UiTrace } from './types';

/** How many ready handles / timers each step's snapshot keeps (the counts are always exact). */
export const SNAPSHOT_LIMIT = 16;

const NO_OUTPUT: number[] = [];

function sameStrings(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class TraceRecorder {
  trace: ConformanceTrace = { stdout: [], steps: [], tasks: [], warnings: [], error: null, end: 0 };
  details: TaskStepDetail[] = [];
  parents: (string | null)[] = [];
  blocks: UiTrace['blocks'] = [];
  private taskList: Task[] = [];
  private running: Task | null = null;
  private iterationNo = 0;
  private outputStart = 0;
  private started = new Set<Task>();
  private lastWaitsOn = new Map<Task, string | null>();
  private pendingCause = 'start';
  private pendingWaited: string | null = null;

  taskOrder(): Task[] {
    return this.taskList;
  }

  taskCreated(t: Task, now: number): void {
    if (t.internal) return;
    t.traceId = this.taskList.length;
    this.taskList.push(t);
    this.parents.push(this.running ? this.running.name : null);
    this.trace.tasks.push({ name: t.name, coro: t.coroName(), created: now, done: null, state: 'pending' });
  }

  taskDone(t: Task, now: number): void {
    const info = this.trace.tasks[t.traceId];
    if (!info) return;
    if (info.done === null) info.done = now;
    info.state = t.cancelled() ? 'cancelled' : t.exception ? `exception ${t.exception.cls.name}` : 'finished';
    info.name = t.name;
  }

  stepStart(t: Task, now: number): void {
    this.running = t;
    const w = t.wokenBy;
    t.wokenBy = null;
    const first = !this.started.has(t);
    this.started.add(t);
    this.pendingCause = first ? 'start' : w ? (w.doneBy ?? 'loop') : 'yield';
    this.pendingWaited = this.lastWaitsOn.get(t) ?? null;
    this.outputStart = this.trace.stdout.length;
    this.trace.steps.push({ task: t.name, t: now, at: locationOf(t.coro), to: null });
  }

  stepEnd(t: Task, _now: number): void {
    this.running = null;
    const s = this.trace.steps[this.trace.steps.length - 1];
    const info = this.trace.tasks[t.traceId];
    if (info) info.name = t.name;
    s.to = t.done() ? 'done' : locationOf(t.coro);
    const loop = t.loop;
    const waitsOn = t.done() ? null : t.futWaiter ? (t.futWaiter.waitLabel === 'sleep' ? 'sleep' : waitsFor(t)) : null;
    this.lastWaitsOn.set(t, waitsOn);
    let output = NO_OUTPUT;
    if (this.outputStart < this.trace.stdout.length) {
      output = [];
      for (let i = this.outputStart; i < this.trace.stdout.length; i++) output.push(i);
    }
    // Consecutive steps often see the same queue and heap: share the previous snapshot then.
    const prev = this.details.length ? this.details[this.details.length - 1] : null;
    const readyNow = loop.readyLabels(SNAPSHOT_LIMIT);
    const ready = prev && sameStrings(prev.ready, readyNow) ? prev.ready : readyNow;
    const timerHandles = loop.nextTimers(SNAPSHOT_LIMIT);
    const timers =
      prev && prev.timers.length === timerHandles.length && timerHandles.every((h, i) => prev.timers[i][0] === h.when && prev.timers[i][1] === h.label)
        ? prev.timers
        : timerHandles.map((h): [number, string] => [h.when, h.label]);
    this.details.push({
      step: this.trace.steps.length - 1,
      iteration: this.iterationNo,
      ready,
      readyCount: loop.readyCount(),
      timers,
      timerCount: loop.scheduled.length - loop.timerCancelledCount,
      output,
      waitsOn,
      cause: this.pendingCause,
      waitedOn: this.pendingWaited,
    });
  }

  iteration(_loop: EventLoop, _now: number): void {
    this.iterationNo++;
  }

  stdout(text: string, now: number): void {
    this.trace.stdout.push({ t: now, text });
  }

  /** Text written to sys.stderr (not in the conformance trace, which holds stdout only). */
  stderrLines: { t: number; text: string }[] = [];
  stderr(text: string, now: number): void {
    this.stderrLines.push({ t: now, text });
  }

  warning(text: string, now: number): void {
    this.trace.warnings.push({ t: now, text });
  }

  blocked(what: string, seconds: number, now: number): void {
    this.blocks.push({ t: now - seconds, seconds, what });
  }

  ui(): UiTrace {
    return { conformance: this.trace, details: this.details, parents: this.parents, blocks: this.blocks, iterations: this.iterationNo, stderr: this.stderrLines };
  }
}

