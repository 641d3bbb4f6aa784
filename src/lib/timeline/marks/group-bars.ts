/**
 * The bars of a group lane: its tasks' states superposed. Each pixel column of the plot shows the
 * busiest state any of the group's tasks was in there (running over ready over the waits), and
 * columns in the same state make one bar, so a group of 10,000 tasks draws at most a bar per
 * column whatever its size.
 */
import type { Lane, SegmentKind } from '../model';
import { MIN_RUN, r2, type Frame } from '../frame';
import { formatSeconds as T } from '../i18n';
import type { StateStyle } from './defs';
import type { RectMark } from './rect';

/** Which state shows where several overlap: later wins. */
const ORDER: SegmentKind[] = ['sleeping', 'waiting', 'blocked-sync', 'ready', 'frozen', 'running'];

/** The segment's extent on the axis, or null when it is hidden (reveal limit) or out of view. */
export type SpanOf = (s: Lane['segments'][number]) => [number, number] | null;

export function layoutGroupRects(
  f: Frame,
  l: Lane,
  row: number,
  styles: Record<SegmentKind, StateStyle>,
  spanOf: SpanOf,
): RectMark[] {
  const { X, plotX, plotW, plotY, laneH, barH, idleH, D0, D1, axis, S } = f;
  const W = Math.max(1, Math.ceil(plotW));
  const K = ORDER.length;
  const diff = new Int32Array(K * (W + 1));
  const rank = new Map(ORDER.map((k, i) => [k, i]));
  for (const s of l.segments) {
    const span = spanOf(s);
    if (!span) continue;
    const x0 = X(span[0]) - plotX;
    let x1 = X(span[1]) - plotX;
    if (s.kind === 'running') x1 = Math.max(x1, x0 + MIN_RUN);
    const c0 = Math.max(0, Math.min(W - 1, Math.floor(x0)));
    const c1 = Math.max(c0 + 1, Math.min(W, Math.ceil(x1)));
    const k = rank.get(s.kind)!;
    diff[k * (W + 1) + c0]++;
    diff[k * (W + 1) + c1]--;
  }
  const count = new Int32Array(K);
  const cy = plotY + row * laneH + laneH / 2;
  const n = l.group?.members.length ?? 1;
  const at = (c: number) => D0 + (c / plotW) * (D1 - D0);
  // On the step axis, slots (a step or an idle wait each).
  const when = (v: number) => (axis === 'time' ? T(v) : `#${Math.round(v)}`);
  const rects: RectMark[] = [];
  let runKind = -1;
  let runStart = 0;
  const flush = (end: number) => {
    if (runKind < 0) return;
    const kind = ORDER[runKind];
    const h = kind === 'running' ? barH : idleH;
    rects.push({
      x: r2(plotX + runStart),
      y: r2(cy - h / 2),
      w: r2(end - runStart),
      h: r2(h),
      rx: kind === 'running' ? 2 : 1.5,
      ...styles[kind],
      state: kind,
      lane: l.name,
      step: null,
      tooltip: S.groupBar(S.state[kind], n, when(at(runStart)), when(at(end))),
      label: null,
      labelX: 0,
      labelY: 0,
    });
  };
  for (let c = 0; c < W; c++) {
    let top = -1;
    for (let k = 0; k < K; k++) {
      count[k] += diff[k * (W + 1) + c];
      if (count[k] > 0) top = k;
    }
    if (top !== runKind) {
      flush(c);
      runKind = top;
      runStart = c;
    }
  }
  flush(W);
  rects.sort((p, q) => (p.state === 'running' ? 1 : 0) - (q.state === 'running' ? 1 : 0));
  return rects;
}
