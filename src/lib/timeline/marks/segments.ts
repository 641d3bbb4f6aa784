/**
 * Segments: one bar per state a task was in (running steps full height, idle states thinner
 * and patterned), clipped to the visible range and the reveal limit.
 */
import type { Lane, Segment, SegmentKind } from '../model';
import type { Palette } from '../palette';
import { MIN_RUN, r2, type Frame } from '../frame';
import { textWidth } from '../text';
import { formatSeconds as T } from '../i18n';
import { attrs, tip, type Sel } from '../selection';
import type { StateStyle } from './defs';
import { segmentText, type SegmentText } from './segment-text';
import { subPixelRuns } from './lod';
import { layoutGroupRects } from './group-bars';
import type { RectMark } from './rect';
import { KINDS, laneColumns, type LaneColumns } from '../lane-columns';

/** The bars of every laid-out lane (rows rowStart..rowEnd-1), by row; idle states first so running steps draw on top. */
export function layoutSegments(f: Frame, styles: Record<SegmentKind, StateStyle>): RectMark[][] {
  const text = segmentText(f.model, f.S);
  const out: RectMark[][] = [];
  for (let row = f.rowStart; row < f.rowEnd; row++) {
    const l = f.lanes[row];
    out.push(l.group ? layoutGroupRects(f, l, row, styles) : laneRects(f, l, row, styles, text));
  }
  return out;
}

/** A segment's extent on the axis after the reveal limit, given by its fields, or null when hidden or out of view. */
function columnSpanIn(
  f: Frame,
): (
  running: boolean,
  start: number,
  end: number,
  startSlot: number,
  endSlot: number,
  startStep: number,
  endStep: number,
) => [number, number] | null {
  const { axis, inRange, limB, limT, limSlot } = f;
  // One span object, overwritten by each call (no allocation per segment).
  const span: [number, number] = [0, 0];
  return (running, start, end, startSlot, endSlot, startStep, endStep) => {
    // Reveal limit.
    if (startStep >= limB && !(startStep === endStep && start < limT - 1e-9 && startStep <= limB)) return null;
    let a: number;
    let b: number;
    if (axis === 'time') {
      a = start;
      b = Math.min(end, limT);
      if (b - a <= 1e-9 && !running) return null;
    } else {
      a = startSlot;
      b = Math.min(endSlot, limSlot);
      if (b - a <= 1e-9) return null;
    }
    if (!inRange(a, b)) return null;
    span[0] = a;
    span[1] = b;
    return span;
  };
}

function laneRects(
  f: Frame,
  l: Lane,
  row: number,
  styles: Record<SegmentKind, StateStyle>,
  text: SegmentText,
): RectMark[] {
  const { axis, clampX, plotX, plotY, plotW, laneH, barH, idleH, segFont } = f;
  const y = plotY + row * laneH;
  const cy = y + laneH / 2;
  const rects: RectMark[] = [];
  const segs = l.segments;
  const c = laneColumns(segs);
  // The segments in view (by index in segs), with their pixel extents (before a running bar's minimum width).
  const shown = new Int32Array(c.length);
  const xs0 = new Float64Array(c.length);
  const xs1 = new Float64Array(c.length);
  // Ghost bars, drawn before the bar of the shown segment they precede (by its index in shown;
  // n: after all of them). Only while the future is hidden on the time axis (dueGhost).
  const ghosts = new Map<number, RectMark[]>();
  const n =
    axis === 'time' && f.upTo !== null
      ? shownWithGhosts(f, l, c, cy, styles, shown, xs0, xs1, ghosts)
      : shownIn(f, c, shown, xs0, xs1);
  const runs: [number, number][] = f.lod
    ? subPixelRuns(xs0, xs1, n)
    : Array.from({ length: n }, (_, i): [number, number] => [i, i]);
  for (const [i, j] of runs) {
    if (ghosts.size) for (let k = i; k <= j; k++) for (const g of ghosts.get(k) ?? []) rects.push(g);
    if (j > i) {
      rects.push(mergedRect(f, l, c, shown, i, j, xs0, xs1, cy, styles));
      continue;
    }
    const s = segs[shown[i]];
    let x0 = xs0[i];
    let x1 = xs1[i];
    if (s.kind === 'running' && x1 - x0 < MIN_RUN) {
      x1 = x0 + MIN_RUN;
      if (x1 > plotX + plotW && x0 <= plotX + plotW) {
        x1 = plotX + plotW;
        x0 = Math.max(plotX, x1 - MIN_RUN);
      }
    }
    if (x1 < plotX || x0 > plotX + plotW) continue;
    x0 = clampX(x0);
    x1 = clampX(x1);
    if (x1 - x0 < 0.5 && s.kind !== 'running') continue;
    const h = s.kind === 'running' ? barH : idleH;
    // On the time axis a running step (min width) may sit at the start of this bar.
    const pad = axis === 'time' ? MIN_RUN + 4 : 5;
    const label =
      laneH >= 18 ? (text.labels(s, l).find((c) => textWidth(c, segFont) + pad + 5 <= x1 - x0) ?? null) : null;
    rects.push({
      label,
      labelX: r2(x0 + pad),
      labelY: r2(cy),
      x: r2(x0),
      y: r2(cy - h / 2),
      w: r2(Math.max(x1 - x0, 0.5)),
      h: r2(h),
      rx: s.kind === 'running' ? 2 : 1.5,
      ...styles[s.kind],
      state: s.kind,
      lane: l.name,
      step: s.kind === 'running' ? (s.step ?? null) : null,
      tooltip: text.tooltip(l, s),
    });
  }
  for (const g of ghosts.get(n) ?? []) rects.push(g);
  rects.sort((p, q) => (p.state === 'running' ? 1 : 0) - (q.state === 'running' ? 1 : 0));
  return rects;
}

/**
 * The segments of columns `c` in view: their indexes into `shown` and their pixel extents into
 * `xs0`/`xs1`; returns how many. columnSpanIn and the frame's X in one loop without calls: a
 * 100,000-step lane has 300,000 segments, laid out at every zoom (issue 9: no task over 100 ms).
 */
function shownIn(f: Frame, c: LaneColumns, shown: Int32Array, xs0: Float64Array, xs1: Float64Array): number {
  const { limB, limT, limSlot, D0, D1, plotX, plotW } = f;
  const time = f.axis === 'time';
  const running = KINDS.indexOf('running');
  const { kind, start, end, startSlot, endSlot, startStep, endStep } = c;
  // The frame's X (d3's linear interpolation), inlined.
  const R0 = plotX;
  const R1 = plotX + plotW;
  const DD = D1 - D0;
  const lo = D0 - 1e-9;
  const hi = D1 + 1e-9;
  let n = 0;
  for (let k = 0; k < c.length; k++) {
    const s0 = startStep[k];
    // Reveal limit.
    if (s0 >= limB && !(s0 === endStep[k] && start[k] < limT - 1e-9 && s0 <= limB)) continue;
    let a: number;
    let b: number;
    if (time) {
      a = start[k];
      b = Math.min(end[k], limT);
      if (b - a <= 1e-9 && kind[k] !== running) continue;
    } else {
      a = startSlot[k];
      b = Math.min(endSlot[k], limSlot);
      if (b - a <= 1e-9) continue;
    }
    if (!(b >= lo && a <= hi)) continue;
    const ta = (a - D0) / DD;
    const tb = (b - D0) / DD;
    shown[n] = k;
    xs0[n] = R0 * (1 - ta) + R1 * ta;
    xs1[n] = R0 * (1 - tb) + R1 * tb;
    n++;
  }
  return n;
}

/** shownIn while the future is hidden on the time axis, with the ghost bars of begun sleeps (dueGhost). */
function shownWithGhosts(
  f: Frame,
  l: Lane,
  c: LaneColumns,
  cy: number,
  styles: Record<SegmentKind, StateStyle>,
  shown: Int32Array,
  xs0: Float64Array,
  xs1: Float64Array,
  ghosts: Map<number, RectMark[]>,
): number {
  const { X } = f;
  const segs = l.segments;
  const spanAt = columnSpanIn(f);
  const running = KINDS.indexOf('running');
  let n = 0;
  for (let k = 0; k < c.length; k++) {
    const ghost = dueGhost(f, segs[k], cy);
    if (ghost) {
      const tooltip = f.S.dueGhost(l.name, T(segs[k].until!));
      let list = ghosts.get(n);
      if (!list) ghosts.set(n, (list = []));
      // Dashed: it has not happened yet.
      list.push({ ...ghost, lane: l.name, tooltip, ...styles.sleeping, dash: '3 2' });
    }
    const span = spanAt(
      c.kind[k] === running,
      c.start[k],
      c.end[k],
      c.startSlot[k],
      c.endSlot[k],
      c.startStep[k],
      c.endStep[k],
    );
    if (!span) continue;
    shown[n] = k;
    xs0[n] = X(span[0]);
    xs1[n] = X(span[1]);
    n++;
  }
  return n;
}

/** One mark for the adjacent sub-pixel states shown[i..j], in the state that covers most of them. */
function mergedRect(
  f: Frame,
  l: Lane,
  c: LaneColumns,
  shown: Int32Array,
  i: number,
  j: number,
  xs0: Float64Array,
  xs1: Float64Array,
  cy: number,
  styles: Record<SegmentKind, StateStyle>,
): RectMark {
  // The state that covers most of the run (running when it ties: on the step axis, a timer loop),
  // the kinds weighed in the order they first appear in the run.
  const width = new Float64Array(KINDS.length);
  const order: number[] = [];
  let px0 = Infinity;
  let px1 = -Infinity;
  let seen = 0;
  for (let k = i; k <= j; k++) {
    const kd = c.kind[shown[k]];
    if (!(seen & (1 << kd))) {
      seen |= 1 << kd;
      order.push(kd);
    }
    width[kd] += xs1[k] - xs0[k];
    px0 = Math.min(px0, xs0[k]);
    px1 = Math.max(px1, xs1[k]);
  }
  let best = c.kind[shown[i]];
  for (const kd of order)
    if (width[kd] > width[best] + 1e-9 || (KINDS[kd] === 'running' && width[kd] >= width[best] - 1e-9)) best = kd;
  const kind = KINDS[best];
  const h = kind === 'running' ? f.barH : f.idleH;
  const x0 = f.clampX(px0);
  const x1 = f.clampX(Math.max(px1, px0 + (kind === 'running' ? MIN_RUN : 1)));
  return {
    label: null,
    labelX: 0,
    labelY: 0,
    x: r2(x0),
    y: r2(cy - h / 2),
    w: r2(Math.max(x1 - x0, 0.5)),
    h: r2(h),
    rx: kind === 'running' ? 2 : 1.5,
    ...styles[kind],
    state: kind,
    lane: l.name,
    step: null,
    tooltip: f.S.merged(l.name, j - i + 1, T(c.start[shown[i]]), T(c.end[shown[j]])),
    merged: j - i + 1,
  };
}

/**
 * While the future is hidden (a reveal limit on the time axis), a sleep that has begun is known
 * to last until its timer is due: that part is drawn as a ghost bar, so the hidden future is not
 * a sliver. Nothing is drawn for waits without a due time.
 */
function dueGhost(f: Frame, s: Segment, cy: number): Omit<RectMark, 'lane' | 'tooltip' | keyof StateStyle> | null {
  const { axis, X, inRange, clampX, idleH, limB, limT } = f;
  if (axis !== 'time' || f.upTo === null || s.kind !== 'sleeping' || s.until === undefined) return null;
  if (s.startStep > limB || s.start > limT + 1e-9 || s.until <= limT + 1e-9) return null;
  const a = Math.max(s.start, limT);
  if (!inRange(a, s.until)) return null;
  const x0 = clampX(X(a));
  const x1 = clampX(X(s.until));
  if (x1 - x0 < 0.5) return null;
  return {
    x: r2(x0),
    y: r2(cy - idleH / 2),
    w: r2(x1 - x0),
    h: r2(idleH),
    rx: 1.5,
    state: 'sleeping',
    step: null,
    label: null,
    labelX: 0,
    labelY: 0,
    ghost: true,
  };
}

/** Bars, then their labels above every bar; the bar of the cursor's step is outlined. */
export function renderSegments(
  g: Sel,
  rects: RectMark[],
  labelFontSize: number,
  palette: Palette,
  cursorStep?: number,
): void {
  for (const r of rects) {
    const rect = attrs(g.append('svg:rect'), {
      class: `seg seg-${r.state}`,
      x: r.x,
      y: r.y,
      width: r.w,
      height: r.h,
      rx: r.rx,
      fill: r.fill,
      stroke: r.strokeWidth > 0 ? r.stroke : null,
      'stroke-width': r.strokeWidth > 0 ? r.strokeWidth : null,
      'stroke-dasharray': r.dash,
      'data-state': r.state,
      'data-step': r.step,
      'fill-opacity': r.ghost ? 0.4 : null,
      'stroke-opacity': r.ghost ? 0.5 : null,
      'data-ghost': r.ghost ? 'due' : null,
      'data-merged': r.merged ?? null,
    });
    if (cursorStep !== undefined && r.step === cursorStep) {
      attrs(rect, { stroke: palette.cursor, 'stroke-width': 2, class: `seg seg-${r.state} current` });
    }
    tip(rect, r.tooltip);
  }
  for (const r of rects) {
    if (!r.label) continue;
    attrs(g.append('svg:text'), {
      class: 'seg-label',
      x: r.labelX,
      y: r.labelY,
      dy: '0.35em',
      'font-size': Math.min(10.5, labelFontSize - 0.5),
      fill: palette.text,
      stroke: palette.background,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
      'pointer-events': 'none',
      'aria-hidden': 'true',
    }).text(r.label);
  }
}
