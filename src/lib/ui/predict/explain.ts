/**
 * Why the revealed task ran next, from the loop's own data structures: it was the first of its
 * kind waiting in the ready queue (first in, first out), or the queue held no task and the
 * earliest timer in the heap fired, or a callback ahead of it in the queue woke it.
 */
import type { RunView } from '../model';

export type NextReason =
  /** Its handle was in the ready queue after the previous step: `ahead` task handles ran before it. */
  | { kind: 'fifo'; label: string; position: number }
  /** No handle of it was queued: the earliest timer in the heap, due at `due`, fired and woke it. */
  | { kind: 'timer'; due: number }
  /** A callback run from the ready queue (a done callback, a timer's callback) queued it in the same iteration. */
  | { kind: 'callback' };

/** Why step `i` (the step just revealed) ran its task next. */
export function nextReason(v: RunView, i: number): NextReason | null {
  const s = v.trace.steps[i];
  if (!s) return null;
  const prev = v.ui.details[i - 1];
  const ready = prev?.ready ?? [];
  const pos = ready.findIndex((l) => l === `step ${s.task}` || l === `wakeup ${s.task}`);
  if (pos >= 0) return { kind: 'fifo', label: ready[pos], position: pos + 1 };
  const why = v.ui.details[i]?.why;
  if (why?.kind === 'timer') return { kind: 'timer', due: why.due };
  if (why?.kind === 'timeout') return { kind: 'timer', due: why.due };
  const firstTimer = prev?.timers[0];
  if (ready.length === 0 && firstTimer && firstTimer[0] <= s.t + 1e-9) return { kind: 'timer', due: firstTimer[0] };
  return { kind: 'callback' };
}
