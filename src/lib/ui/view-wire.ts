/**
 * A run view's indexes as the worker sends them to the page (issue 9: no main-thread task over
 * 100 ms). Structured cloning ten thousand typed-array views (each task's steps) and a map of ten
 * thousand names takes the page about 20 ms in the task that brings the result; so the steps go as
 * one array with each task's offset, and the names map is made again on the page from the trace's
 * tasks, with only the entries the tasks' own names do not give (renamed tasks) sent.
 */
import type { ConformanceTrace } from '../trace/types';
import type { RunView } from './model';

type Own = Omit<RunView, 'trace' | 'ui'>;

/** What the worker sends of a view: its indexes, with taskIndex and stepsOfTask packed. */
export interface WireView extends Omit<Own, 'taskIndex' | 'stepsOfTask'> {
  /** Entries of taskIndex that trace.tasks' names (the last task of a name wins) do not give, in order. */
  extraNames: [string, number][];
  /** Every task's steps, task after task. */
  steps: Int32Array;
  /** Task k's steps are steps[stepsAt[k]] up to steps[stepsAt[k + 1]]. */
  stepsAt: Int32Array;
}

function namesOf(trace: Pick<ConformanceTrace, 'tasks'>): Map<string, number> {
  const m = new Map<string, number>();
  trace.tasks.forEach((t, i) => m.set(t.name, i));
  return m;
}

/** The view's indexes as they travel; `transfer` lists the buffers to move rather than copy. */
export function toWire(own: Own, trace: Pick<ConformanceTrace, 'tasks'>): { wire: WireView; transfer: ArrayBuffer[] } {
  const { taskIndex, stepsOfTask, ...rest } = own;
  const base = namesOf(trace);
  const extraNames = [...taskIndex].filter(([name, k]) => base.get(name) !== k);
  const stepsAt = new Int32Array(stepsOfTask.length + 1);
  for (let k = 0; k < stepsOfTask.length; k++) stepsAt[k + 1] = stepsAt[k] + stepsOfTask[k].length;
  const steps = new Int32Array(stepsAt[stepsOfTask.length]);
  for (let k = 0; k < stepsOfTask.length; k++) steps.set(stepsOfTask[k], stepsAt[k]);
  return { wire: { ...rest, extraNames, steps, stepsAt }, transfer: [steps.buffer, stepsAt.buffer] };
}

/** The view's indexes again, on the page, from what the worker sent and the run's trace. */
export function fromWire(wire: WireView, trace: Pick<ConformanceTrace, 'tasks'>): Own {
  const { extraNames, steps, stepsAt, ...rest } = wire;
  const taskIndex = namesOf(trace);
  for (const [name, k] of extraNames) taskIndex.set(name, k);
  const stepsOfTask: Int32Array[] = new Array(stepsAt.length - 1);
  for (let k = 0; k < stepsOfTask.length; k++) stepsOfTask[k] = steps.subarray(stepsAt[k], stepsAt[k + 1]);
  return { ...rest, taskIndex, stepsOfTask };
}
