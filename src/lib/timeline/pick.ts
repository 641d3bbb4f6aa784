/**
 * What a click on a lane means: the step of that lane nearest the clicked position (virtual time
 * on the time axis, the slot's centre on the step axis). Ties go to the earlier step, and steps
 * after `upTo` (the hidden future) are never picked.
 */
import type { Axis } from './frame';
import type { TimelineModel } from './model';
import { stepColumns } from './model-columns';

export function nearestLaneStep(
  model: TimelineModel,
  lane: number,
  axis: Axis,
  value: number,
  upTo: number | null = null,
): number | null {
  const l = model.lanes[lane];
  if (!l) return null;
  const { t, slot } = stepColumns(model.steps);
  let best: number | null = null;
  let bestD = Infinity;
  for (const k of l.steps) {
    if (upTo !== null && k > upTo) break;
    const d = Math.abs((axis === 'time' ? t[k] : slot[k] + 0.5) - value);
    // Strictly nearer only: of equally near steps the earlier one stays.
    if (d < bestD - 1e-12) {
      bestD = d;
      best = k;
    }
  }
  return best;
}
