/**
 * Nested bars: a lane opened into its await chain over time, one sub-row per depth below the
 * task's own coroutine, each bar a frame's lifetime with its call (`say_after(1, 'hello')`). The
 * frames come from the trace (each step records the task's chain, see trace/types.ts FrameView);
 * a frame is taken to be the same from one step to the next while the calls from the task's own
 * coroutine down to it are the same.
 */
import type { TaskStepDetail } from '../trace/types';

export interface FrameBar {
  /** 1: the frame the task's own coroutine awaits, 2: the one below it, ... */
  depth: number;
  call: string;
  /** Step boundaries: it was on the chain after step startStep and gone after endStep - 1. */
  startStep: number;
  endStep: number;
}

/** The frame bars of a lane that ran `laneSteps` (of `nSteps`), by step boundaries (the drawing clips the lane's own segments to them). */
export function* frameBars(
  laneSteps: readonly number[],
  nSteps: number,
  details: TaskStepDetail[],
  /** Pauses after every this many steps (a long lane's bars are built over several of the page's tasks). */
  every: number,
): Generator<void, FrameBar[], void> {
  const bars: FrameBar[] = [];
  let open: FrameBar[] = [];
  let prev: string[] = [];
  for (let n = 0; n < laneSteps.length; n++) {
    if (n && n % every === 0) yield;
    const p = laneSteps[n];
    const cur = (details[p]?.frames ?? []).map((f) => f.call);
    let same = 0;
    while (same < cur.length && same < prev.length && cur[same] === prev[same]) same++;
    // Frames below the common part returned during step p; new ones were called in it.
    for (const b of open.slice(Math.max(0, same - 1))) b.endStep = p + 1;
    open = open.slice(0, Math.max(0, same - 1));
    for (let d = Math.max(1, same); d < cur.length; d++) {
      const b: FrameBar = { depth: d, call: cur[d], startStep: p, endStep: nSteps };
      bars.push(b);
      open.push(b);
    }
    prev = cur;
  }
  return bars;
}
