/**
 * Lanes opened into nested bars: after an open lane come its sub-rows, one per depth of its
 * await chain below the task's own coroutine. A sub-row is drawn as a lane of its own whose bars
 * are the task's states within each frame's lifetime, labelled with that frame's call
 * (`say_after(1, 'hello') · sleep 1 s`); it has no end mark and its label names the functions.
 */
import type { Lane, Segment } from '../model';
import type { FrameBar } from '../nested';

/** Which lanes to open: every lane with frames (true), the named ones, or none. */
export type NestedOption = boolean | readonly string[];

export function isOpen(nested: NestedOption | undefined, name: string): boolean {
  return nested === true || (Array.isArray(nested) && nested.includes(name));
}

/** The lanes with the sub-rows of every open lane after it. */
export function withSubRows(lanes: Lane[], nested: NestedOption | undefined): Lane[] {
  if (!nested) return lanes;
  const out: Lane[] = [];
  for (const l of lanes) {
    out.push(l);
    const bars = l.frameBars ?? [];
    if (!bars.length || !isOpen(nested, l.name)) continue;
    const deepest = Math.max(...bars.map((b) => b.depth));
    for (let d = 1; d <= deepest; d++) {
      const mine = bars.filter((b) => b.depth === d);
      const names = [...new Set(mine.map((b) => b.call.replace(/\(.*$/s, '')))];
      out.push({
        ...l,
        // Sub-rows are not tasks: a negative index keeps them out of every lookup by task.
        index: -1 - (l.index * 64 + d),
        coro: names.join(', '),
        depth: l.depth + d,
        steps: [],
        segments: mine.flatMap((b) => barSegments(l, b)),
        frameBars: [],
        sub: d,
      });
    }
  }
  return out;
}

/** The lane's segments within a frame's lifetime, the waits labelled with the frame's call. */
function barSegments(lane: Lane, bar: FrameBar): Segment[] {
  const out: Segment[] = [];
  for (const s of lane.segments) {
    if (s.kind === 'running') {
      if (s.step !== undefined && s.step >= bar.startStep && s.step < bar.endStep) out.push(s);
      continue;
    }
    // A state after step p belongs to the frame when the frame was still on the chain after p
    // (it returned in step endStep - 1).
    const p = s.afterStep;
    if (p === undefined || p < bar.startStep || p >= bar.endStep - 1) continue;
    out.push(s.kind === 'ready' ? s : { ...s, call: bar.call });
  }
  return out;
}
