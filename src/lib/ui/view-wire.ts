/**
 * A run view's indexes as the worker sends them to the page (issue 9: no main-thread task over
 * 100 ms). Each task's steps, ten thousand typed-array views in a gather of 10,000 tasks, do not
 * travel: the page has them all in one array (taskSteps) and makes a task's view when it is read.
 * The task index by name goes as the names it has beyond the tasks' own: the page has those in
 * the trace, and a Map of 10,000 names took Chromium 8.5 ms to structured-clone, against about
 * 1 ms to fill again.
 */
import { arrayView } from '../trace/array-view';
import type { RunView } from './model';

type Own = Omit<RunView, 'trace' | 'ui'>;

/** What the worker sends of a view: its indexes, without stepsOfTask and with taskIndex cut down. */
export interface WireView extends Omit<Own, 'stepsOfTask' | 'taskIndex'> {
  /** The task index's entries after those of the tasks' own names (names a task had before set_name, ...), in order. */
  taskAliases: [string, number][];
}

/** The task index's start: each task's name, the last task of a name winning (as buildRunView fills it). */
function namesIndex(tasks: readonly { name: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < tasks.length; k++) index.set(tasks[k].name, k);
  return index;
}

/**
 * The view's indexes as they travel, for a run of `tasks`; `transfer` lists the buffers to move
 * rather than copy.
 */
export function toWire(own: Own, tasks: readonly { name: string }[]): { wire: WireView; transfer: ArrayBuffer[] } {
  const { stepsOfTask: _views, taskIndex, ...rest } = own;
  const own0 = namesIndex(tasks);
  const taskAliases = [...taskIndex].filter(([name, k]) => own0.get(name) !== k);
  const transfer = [rest.taskSteps.buffer as ArrayBuffer, rest.taskStepsAt.buffer as ArrayBuffer];
  return { wire: { ...rest, taskAliases }, transfer: [...new Set(transfer)] };
}

/** The view's indexes again, on the page, from what the worker sent and the run's `tasks`. */
export function fromWire(wire: WireView, tasks: readonly { name: string }[]): Own {
  const { taskAliases, ...rest } = wire;
  const { taskSteps, taskStepsAt } = rest;
  const stepsOfTask = arrayView(taskStepsAt.length - 1, (k) => taskSteps.subarray(taskStepsAt[k], taskStepsAt[k + 1]));
  const taskIndex = namesIndex(tasks);
  for (const [name, k] of taskAliases) taskIndex.set(name, k);
  return { ...rest, stepsOfTask, taskIndex };
}
