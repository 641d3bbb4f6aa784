/**
 * A run view's indexes as the worker sends them to the page (issue 9: no main-thread task over
 * 100 ms): each task's steps, ten thousand typed-array views in a gather of 10,000 tasks, go as
 * one array with each task's offset, and the views are made again on the page (about ten times
 * cheaper than structured-cloning them, in the task that brings the result). (Not made when read:
 * the editor's task index reads every task's at the first step.)
 */
import type { RunView } from './model';

type Own = Omit<RunView, 'trace' | 'ui'>;

/** What the worker sends of a view: its indexes, with stepsOfTask packed. */
export interface WireView extends Omit<Own, 'stepsOfTask'> {
  /** Every task's steps, task after task. */
  steps: Int32Array;
  /** Task k's steps are steps[stepsAt[k]] up to steps[stepsAt[k + 1]]. */
  stepsAt: Int32Array;
}

/** The view's indexes as they travel; `transfer` lists the buffers to move rather than copy. */
export function toWire(own: Own): { wire: WireView; transfer: ArrayBuffer[] } {
  const { stepsOfTask, ...rest } = own;
  const stepsAt = new Int32Array(stepsOfTask.length + 1);
  for (let k = 0; k < stepsOfTask.length; k++) stepsAt[k + 1] = stepsAt[k] + stepsOfTask[k].length;
  const steps = new Int32Array(stepsAt[stepsOfTask.length]);
  for (let k = 0; k < stepsOfTask.length; k++) steps.set(stepsOfTask[k], stepsAt[k]);
  return { wire: { ...rest, steps, stepsAt }, transfer: [steps.buffer, stepsAt.buffer] };
}

/** The view's indexes again, on the page, from what the worker sent. */
export function fromWire(wire: WireView): Own {
  const { steps, stepsAt, ...rest } = wire;
  const stepsOfTask: Int32Array[] = new Array(stepsAt.length - 1);
  for (let k = 0; k < stepsOfTask.length; k++) stepsOfTask[k] = steps.subarray(stepsAt[k], stepsAt[k + 1]);
  return { ...rest, stepsOfTask };
}
