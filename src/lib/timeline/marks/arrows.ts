/**
 * Arrows between lanes: spawn (a task created another), wake (a task woke one waiting on it),
 * fan-in (a child's result reached the gather or group awaiting it) and cancel (a task's cancel(),
 * or a task whose exception made its TaskGroup cancel, reached the cancelled task), dashed.
 */
import { MIN_RUN, r2, type Frame } from '../frame';
import type { TimelineModel } from '../model';
import type { RowLookup } from '../row-lookup';
import { formatSeconds as T, type ArrowKind } from '../i18n';
import { attrs, tip, type Sel } from '../selection';
import { arrowCandidates } from './arrow-candidates';

export interface ArrowLayout {
  kind: ArrowKind;
  from: string;
  to: string;
  d: string;
  stroke: string;
  strokeWidth: number;
  dash: string | null;
  marker: string;
  tooltip: string;
}

/** Each arrow kind's number, in the keys of the group arrows drawn (layoutArrows). */
const KIND_NO: Record<ArrowKind, number> = { spawn: 0, wake: 1, 'fan-in': 2, cancel: 3 };

/** A fan-in of more arrows than this (a gather of many tasks) draws only the last child's. */
const FAN_MAX = 8;

/**
 * Fan-ins by the lanes shown (a row map is made once per model and options: see rows.ts): for
 * each arrow, by index, the size of its fan-in (0 when it is none or its child is not shown), and
 * whether it is the one a fan-in of more than FAN_MAX draws (from the last child to finish).
 */
const fans = new WeakMap<RowLookup<number>, { size: Int32Array; last: Uint8Array }>();

function fansOf(model: TimelineModel, visible: RowLookup<number>) {
  const hit = fans.get(visible);
  if (hit) return hit;
  const fanGroups = new Map<number, number[]>();
  const arrows = model.arrows;
  for (let i = 0; i < arrows.length; i++) {
    const a = arrows[i];
    if (a.kind !== 'fan-in' || !visible.has(a.from)) continue;
    // (A number, not text: a gather of 10,000 has 10,000 fan-in arrows.)
    const key = a.to * 2 ** 31 + a.toStep;
    const list = fanGroups.get(key);
    if (list) list.push(i);
    else fanGroups.set(key, [i]);
  }
  const size = new Int32Array(arrows.length);
  const last = new Uint8Array(arrows.length);
  for (const list of fanGroups.values()) {
    let j = list[0];
    for (const i of list) {
      size[i] = list.length;
      if (arrows[j].fromStep <= arrows[i].fromStep) j = i;
    }
    last[j] = 1;
  }
  const got = { size, last };
  fans.set(visible, got);
  return got;
}

/** A fan-in arrow a big fan-in leaves out (only the last child's is drawn). */
const leftOut = (fan: ReturnType<typeof fansOf>) => (i: number) => fan.size[i] > FAN_MAX && !fan.last[i];

/**
 * Finds (and keeps) what layoutArrows needs of every arrow for these rows and axis: the app does it
 * in a task of its own before a big chart's first layout (issue 9: no task over 100 ms).
 */
export function prepareArrows(model: TimelineModel, rows: Pick<Frame, 'rowOf' | 'lanes'>, axis: Frame['axis']): void {
  arrowCandidates(model, rows.rowOf, rows.lanes, axis, leftOut(fansOf(model, rows.rowOf)));
}

export function layoutArrows(f: Frame): ArrowLayout[] {
  const { model, axis, S, X, D0, D1, barH, palette, id, limB } = f;
  const visible = f.rowOf;
  const arrows: ArrowLayout[] = [];
  /** The arrows drawn into or out of group lanes: pixel ends (x0, x1) by kind and rows. */
  const drawn = new Map<number, Set<number>>();
  const fan = fansOf(model, visible);
  // The arrows that can be drawn (a few candidates for a group lane's thousands: arrow-candidates.ts),
  // each candidate's first arrow shown by the reveal limit, in model order.
  const cand = arrowCandidates(model, visible, f.lanes, axis, leftOut(fan));
  const chosen: number[] = [];
  for (let c = 0; c < cand.count; c++) {
    const fi = cand.fi[c];
    const ti = cand.ti[c];
    // Only arrows with an end in the rows laid out.
    if ((fi < f.rowStart || fi >= f.rowEnd) && (ti < f.rowStart || ti >= f.rowEnd)) continue;
    if (cand.firstShown[c] > limB) continue;
    for (let j = cand.at[c]; j < cand.at[c + 1]; j++) {
      const a = model.arrows[cand.members[j]];
      if (a.toStep > limB || a.fromStep > limB) continue;
      chosen.push(cand.members[j]);
      break;
    }
  }
  chosen.sort((p, q) => p - q);
  for (const ai of chosen) {
    const a = model.arrows[ai];
    const fi = visible.get(a.from)!;
    const ti = visible.get(a.to)!;
    const fanCount = a.kind === 'fan-in' ? fan.size[ai] : 0;
    const fa = axis === 'time' ? a.fromTime : a.fromSlot;
    const ta = axis === 'time' ? a.toTime : a.toSlot;
    if (fa < D0 - 1e-9 || fa > D1 + 1e-9 || ta < D0 - 1e-9 || ta > D1 + 1e-9) continue;
    const down = ti > fi;
    let x0 = X(fa);
    let x1 = X(ta);
    // On the time axis wake and fan-in arrows leave from the end of the (min-width) running bar.
    if (axis === 'time' && a.kind !== 'spawn') x0 += MIN_RUN;
    if (a.kind === 'spawn' && axis === 'time') x0 = x1 = X(fa) + 1;
    else if (Math.abs(x1 - x0) < 0.5) {
      // Vertical arrows: downward ones a little left, upward ones a little right, so a
      // wake-up and its answer between the same lanes do not draw over each other.
      const off = down ? -2.5 : 2.5;
      x0 += off;
      x1 += off;
    }
    // Arrows into or out of a closed group lane repeat each other: draw one per pixel.
    const grouped = f.lanes[fi].group !== undefined || f.lanes[ti].group !== undefined;
    if (grouped) {
      // Keyed by numbers, not text: a gather's 10,000 spawn arrows into its group lane come here.
      const lanesKey = (KIND_NO[a.kind] * 2 ** 21 + fi) * 2 ** 21 + ti;
      const px = (Math.round(x0) + 2 ** 17) * 2 ** 18 + (Math.round(x1) + 2 ** 17);
      let at = drawn.get(lanesKey);
      if (!at) drawn.set(lanesKey, (at = new Set()));
      if (at.has(px)) continue;
      at.add(px);
    }
    // A lane's centre by row (as layoutLanes places it), also for a row not laid out.
    const fromCy = r2(f.plotY + fi * f.laneH + f.laneH / 2);
    const toCy = r2(f.plotY + ti * f.laneH + f.laneH / 2);
    const y0 = fromCy + (down ? barH / 2 : -barH / 2);
    const y1 = toCy + (down ? -barH / 2 - 1 : barH / 2 + 1);
    let d: string;
    if (Math.abs(x1 - x0) < 0.5) d = `M${r2(x0)},${r2(y0)}V${r2(y1)}`;
    else {
      const ym = (y0 + y1) / 2;
      d = `M${r2(x0)},${r2(y0)}C${r2(x0)},${r2(ym)} ${r2(x1)},${r2(ym)} ${r2(x1)},${r2(y1)}`;
    }
    const from = model.lanes[a.from].name;
    const to = model.lanes[a.to].name;
    const tooltip =
      a.kind === 'spawn'
        ? S.spawnArrow(from, to, T(a.fromTime))
        : a.kind === 'wake'
          ? S.wakeArrow(from, to, T(a.fromTime))
          : a.kind === 'cancel'
            ? S.cancelArrow(from, to, T(a.fromTime))
            : fanCount > FAN_MAX
              ? S.fanInMany(from, to, T(a.fromTime), fanCount)
              : S.fanInArrow(from, to, T(a.fromTime));
    arrows.push({
      kind: a.kind,
      from,
      to,
      d,
      stroke: palette.arrow[a.kind],
      strokeWidth: a.kind === 'spawn' ? 1 : 1.25,
      dash: a.kind === 'wake' ? '3 2' : a.kind === 'cancel' ? '5 2 1 2' : null,
      marker: `${id}-m-${a.kind}`,
      tooltip,
    });
  }
  return arrows;
}

export function renderArrows(root: Sel, arrows: ArrowLayout[]): void {
  const arrowsG = root.append('svg:g').attr('class', 'arrows').attr('fill', 'none') as unknown as Sel;
  for (const a of arrows) {
    const p = attrs(arrowsG.append('svg:path') as unknown as Sel, {
      class: `arrow arrow-${a.kind}`,
      d: a.d,
      stroke: a.stroke,
      'stroke-width': a.strokeWidth,
      'stroke-dasharray': a.dash,
      'marker-end': `url(#${a.marker})`,
      'data-from': a.from,
      'data-to': a.to,
      opacity: a.kind === 'fan-in' ? 0.7 : 0.85,
    });
    tip(p, a.tooltip);
  }
}
