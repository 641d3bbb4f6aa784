/**
 * A task's frames and locals at a step of the run, read from the trace (no re-run): the frames
 * recorded at the end of the task's last step at or before the cursor.
 */
import type { FrameView } from '../trace/types';
import type { RunView } from './model';

export interface TaskFrames {
  /** The step whose end recorded them (-1: the task has not run yet). */
  step: number;
  /** Outermost first; empty when the task has not run or has finished. */
  frames: FrameView[];
  /** Whether the task has finished by then. */
  done: boolean;
  /** Whether the program stopped during that step (an error of the run, a limit): nothing was recorded. */
  stopped: boolean;
}

/** Task `k`'s frames after step `cursor` has run. */
export function taskFramesAt(v: RunView, cursor: number, k: number): TaskFrames {
  const mine = v.stepsOfTask[k] ?? [];
  let lo = 0;
  let hi = mine.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mine[mid] <= cursor) lo = mid + 1;
    else hi = mid;
  }
  const step = lo ? mine[lo - 1] : -1;
  if (step < 0) return { step, frames: [], done: false, stopped: false };
  const to = v.trace.steps[step].to;
  return { step, frames: v.ui.details[step]?.frames ?? [], done: to === 'done', stopped: to === null };
}

/** Tasks whose await chain ever went below their own coroutine (their lanes can open into nested bars). */
export function nestableTasks(v: RunView): string[] {
  // One pass over the steps (a gather of 10,000 tasks: no walk of each task's own list).
  const deep = new Uint8Array(v.trace.tasks.length);
  const n = Math.min(v.frameDepth.length, v.taskOfStep.length);
  for (let i = 0; i < n; i++) if (v.frameDepth[i] > 1) deep[v.taskOfStep[i]] = 1;
  return v.trace.tasks.filter((_, k) => deep[k]).map((t) => t.name);
}
