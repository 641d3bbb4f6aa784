/**
 * Per-run indexes of the facts a step's narration and panels look up, built once per run (on first
 * use) so that a step costs O(log n) in the run's size instead of a scan of every block, warning,
 * task error or stderr line.
 */
import type { ConformanceTrace, UiTrace } from '../trace/types';
import { countAtOrBelow, countBelow } from './common/bisect';

interface StepIndex {
  /** Blocking calls' indexes into ui.blocks, by start time, and those start times. */
  blockOrder: number[];
  blockT: Float64Array;
  /** Warning indexes by the step whose narration tells them. */
  warningsAt: Map<number, number[]>;
  /** Task error indexes by step, and the error steps in order (for "failed by step i"). */
  errorsAt: Map<number, number[]>;
  errorOrder: number[];
  errorSteps: Int32Array;
  /** stderr indexes by time, and those times. */
  stderrOrder: number[];
  stderrT: Float64Array;
}

/** What the indexes are built from: a run's two traces (a RunView is one). */
interface Run {
  trace: ConformanceTrace;
  ui: UiTrace;
}

const indexes = new WeakMap<UiTrace, StepIndex>();

function byKey(n: number, key: (i: number) => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  // Stable: equal keys keep the recorded order.
  return order.sort((a, b) => key(a) - key(b) || a - b);
}

function build(v: Run): StepIndex {
  const blocks = v.ui.blocks ?? [];
  const blockOrder = byKey(blocks.length, (i) => blocks[i].t);
  const last = v.trace.steps.length - 1;
  const warningsAt = new Map<number, number[]>();
  v.trace.warnings.forEach((_, i) => {
    const s = warningStep(v.ui.warningSteps, i, last);
    const list = warningsAt.get(s);
    if (list) list.push(i);
    else warningsAt.set(s, [i]);
  });
  const errors = v.ui.taskErrors ?? [];
  const errorsAt = new Map<number, number[]>();
  errors.forEach((e, i) => {
    const list = errorsAt.get(e.step);
    if (list) list.push(i);
    else errorsAt.set(e.step, [i]);
  });
  const errorOrder = byKey(errors.length, (i) => errors[i].step);
  const stderr = v.ui.stderr ?? [];
  const stderrOrder = byKey(stderr.length, (i) => stderr[i].t);
  return {
    blockOrder,
    blockT: Float64Array.from(blockOrder, (i) => blocks[i].t),
    warningsAt,
    errorsAt,
    errorOrder,
    errorSteps: Int32Array.from(errorOrder, (i) => errors[i].step),
    stderrOrder,
    stderrT: Float64Array.from(stderrOrder, (i) => stderr[i].t),
  };
}

function indexOf(v: Run): StepIndex {
  let x = indexes.get(v.ui);
  if (!x) {
    x = build(v);
    indexes.set(v.ui, x);
  }
  return x;
}

/** Blocking calls that happened during step `i`: they started in it and ended before the next step. */
export function blocksInStep(v: Run, i: number): { what: string; seconds: number }[] {
  const s = v.trace.steps[i];
  if (!s) return [];
  const next = v.trace.steps[i + 1]?.t ?? v.trace.end;
  const eps = 1e-9;
  const x = indexOf(v);
  const out: { what: string; seconds: number }[] = [];
  for (let j = countBelow(x.blockT, s.t - eps); j < x.blockOrder.length && x.blockT[j] < next - eps; j++) {
    const b = v.ui.blocks[x.blockOrder[j]];
    if (b.seconds > 0 && b.t + b.seconds <= next + eps) out.push({ what: b.what, seconds: b.seconds });
  }
  return out;
}

/** The warnings whose narration goes with step `cursor`, in the order printed. */
export function warningsAtStep(v: Run, cursor: number): ConformanceTrace['warnings'] {
  return (indexOf(v).warningsAt.get(cursor) ?? []).map((i) => v.trace.warnings[i]);
}

/** The task errors that ended a task in step `cursor`. */
export function taskErrorsAtStep(v: Run, cursor: number): UiTrace['taskErrors'] {
  return (indexOf(v).errorsAt.get(cursor) ?? []).map((i) => v.ui.taskErrors[i]);
}

/** The task errors up to step `cursor` (all of them when `cursor` is null), in step order. */
export function taskErrorsUpTo(v: Run, cursor: number | null): UiTrace['taskErrors'] {
  const x = indexOf(v);
  const n = cursor === null ? x.errorOrder.length : countAtOrBelow(x.errorSteps, cursor);
  return x.errorOrder.slice(0, n).map((i) => v.ui.taskErrors[i]);
}

/** What the program wrote to stderr up to virtual time `t` (all of it when `t` is null), in time order. */
export function stderrUpTo(v: Run, t: number | null): UiTrace['stderr'] {
  const x = indexOf(v);
  const n = t === null ? x.stderrOrder.length : countAtOrBelow(x.stderrT, t);
  return x.stderrOrder.slice(0, n).map((i) => v.ui.stderr[i]);
}

/**
 * The step whose narration tells warning i: the step running when it was printed; one printed
 * before any step goes with the first, one after the last step with the last.
 */
export function warningStep(steps: number[] | undefined, i: number, last: number): number {
  return Math.max(0, Math.min(last, steps?.[i] ?? last));
}
