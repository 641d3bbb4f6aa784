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
import { KINDS, laneColumns, sharedColumns } from '../lane-columns';

/** Which state shows where several overlap: later wins. */
const ORDER: SegmentKind[] = ['sleeping', 'waiting', 'blocked-sync', 'ready', 'frozen', 'running'];

export function layoutGroupRects(f: Frame, l: Lane, row: number, styles: Record<SegmentKind, StateStyle>): RectMark[] {
  const { plotX, plotW, plotY, laneH, barH, idleH, D0, D1, axis, S } = f;
  const W = Math.max(1, Math.ceil(plotW));
  const K = ORDER.length;
  const diff = new Int32Array(K * (W + 1));
  // The segments' columns: its tasks' ranges of the model's shared columns (unpack-model.ts),
  // read in place, or else the group lane's own.
  const sh = l.group ? sharedColumns(f.model.lanes) : undefined;
  const c = sh ? sh.c : laneColumns(l.segments);
  const from = sh ? Int32Array.from(l.group!.members, (m) => sh.segAt[m]) : Int32Array.of(0);
  const to = sh ? Int32Array.from(l.group!.members, (m) => sh.segAt[m + 1]) : Int32Array.of(c.length);
  // The rank of each kind by its code in the columns.
  const rank = Int32Array.from(KINDS, (k) => ORDER.indexOf(k));
  const running = KINDS.indexOf('running');
  const { limB, limT, limSlot } = f;
  const time = axis === 'time';
  const { kind, start, end, startSlot, endSlot, startStep, endStep } = c;
  // The segments' extents (segments.ts columnSpanIn) and the frame's X (d3's linear interpolation)
  // inlined: a group of 10,000 tasks has 60,000 states (issue 9: no task over 100 ms).
  const DD = D1 - D0;
  const lo = D0 - 1e-9;
  const hi = D1 + 1e-9;
  for (let r = 0; r < from.length; r++) {
    for (let i = from[r]; i < to[r]; i++) {
      const s0 = startStep[i];
      // Reveal limit.
      if (s0 >= limB && !(s0 === endStep[i] && start[i] < limT - 1e-9 && s0 <= limB)) continue;
      let a: number;
      let b: number;
      if (time) {
        a = start[i];
        b = Math.min(end[i], limT);
        if (b - a <= 1e-9 && kind[i] !== running) continue;
      } else {
        a = startSlot[i];
        b = Math.min(endSlot[i], limSlot);
        if (b - a <= 1e-9) continue;
      }
      if (!(b >= lo && a <= hi)) continue;
      const ta = (a - D0) / DD;
      const tb = (b - D0) / DD;
      const x0 = plotX * (1 - ta) + (plotX + plotW) * ta - plotX;
      let x1 = plotX * (1 - tb) + (plotX + plotW) * tb - plotX;
      if (kind[i] === running) x1 = Math.max(x1, x0 + MIN_RUN);
      const c0 = Math.max(0, Math.min(W - 1, Math.floor(x0)));
      const c1 = Math.max(c0 + 1, Math.min(W, Math.ceil(x1)));
      const k = rank[kind[i]];
      diff[k * (W + 1) + c0]++;
      diff[k * (W + 1) + c1]--;
    }
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
