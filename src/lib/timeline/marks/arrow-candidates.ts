/**
 * The arrows a chart's rows can draw, found once per model, rows and axis (rows.ts caches the
 * rows): arrows between two shown lanes, without the fan-in arrows a big fan-in leaves out, and
 * arrows into or out of a group lane that repeat each other exactly (the same kind, rows and
 * ends on the axis) taken together. A gather of 10,000 tasks has 20,000 arrows, of which its
 * chart of grouped lanes draws a handful: a layout (each scroll, zoom or step with the future
 * hidden) then looks at a few candidates instead of every arrow (issue 9: no task over 100 ms).
 */
import type { Axis } from '../frame';
import type { Arrow, Lane, TimelineModel } from '../model';
import type { RowLookup } from '../row-lookup';

export interface ArrowCandidates {
  count: number;
  /** Each candidate's rows. */
  fi: Int32Array;
  ti: Int32Array;
  /** Candidate c's arrows (indexes in model.arrows, in model order) are members[at[c]] up to members[at[c + 1]]. */
  at: Int32Array;
  members: Int32Array;
  /** The earliest step after which one of candidate c's arrows is drawn (the later of its two steps). */
  firstShown: Float64Array;
}

const KIND_NO: Record<Arrow['kind'], number> = { spawn: 0, wake: 1, 'fan-in': 2, cancel: 3 };

const cache = new WeakMap<RowLookup<number>, Partial<Record<Axis, ArrowCandidates>>>();

/**
 * The candidates of the rows whose row of each lane is `visible` (rows.ts rowOf) and whose lanes are
 * `lanes`; `skip(i)` says whether arrow i is one a big fan-in leaves out (arrows.ts).
 */
export function arrowCandidates(
  model: TimelineModel,
  visible: RowLookup<number>,
  lanes: readonly Lane[],
  axis: Axis,
  skip: (i: number) => boolean,
): ArrowCandidates {
  let byAxis = cache.get(visible);
  if (!byAxis) cache.set(visible, (byAxis = {}));
  const hit = byAxis[axis];
  if (hit) return hit;
  const arrows = model.arrows;
  /** Arrows of each candidate, by candidate in order of its first arrow. */
  const lists: number[][] = [];
  const rows: number[] = [];
  /** Candidates by kind and rows, then by the two ends on the axis (numbers, not text: 10,000 arrows come here). */
  const byKey = new Map<number, Map<number, Map<number, number[]>>>();
  for (let i = 0; i < arrows.length; i++) {
    const a = arrows[i];
    const fi = visible.get(a.from);
    const ti = visible.get(a.to);
    if (fi === undefined || ti === undefined || fi === ti || skip(i)) continue;
    if (lanes[fi].group === undefined && lanes[ti].group === undefined) {
      lists.push([i]);
      rows.push(fi, ti);
      continue;
    }
    const k0 = (KIND_NO[a.kind] * 2 ** 21 + fi) * 2 ** 21 + ti;
    const from = axis === 'time' ? a.fromTime : a.fromSlot;
    const to = axis === 'time' ? a.toTime : a.toSlot;
    let byFrom = byKey.get(k0);
    if (!byFrom) byKey.set(k0, (byFrom = new Map()));
    let byTo = byFrom.get(from);
    if (!byTo) byFrom.set(from, (byTo = new Map()));
    const list = byTo.get(to);
    if (list) list.push(i);
    else {
      const l = [i];
      byTo.set(to, l);
      lists.push(l);
      rows.push(fi, ti);
    }
  }
  const count = lists.length;
  const at = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) at[c + 1] = at[c] + lists[c].length;
  const members = new Int32Array(at[count]);
  const firstShown = new Float64Array(count).fill(Infinity);
  const fi = new Int32Array(count);
  const ti = new Int32Array(count);
  for (let c = 0; c < count; c++) {
    fi[c] = rows[2 * c];
    ti[c] = rows[2 * c + 1];
    const list = lists[c];
    for (let j = 0; j < list.length; j++) {
      const a = arrows[list[j]];
      members[at[c] + j] = list[j];
      firstShown[c] = Math.min(firstShown[c], Math.max(a.fromStep, a.toStep));
    }
  }
  const got: ArrowCandidates = { count, fi, ti, at, members, firstShown };
  byAxis[axis] = got;
  return got;
}
