/**
 * Lane windowing: a chart of 10,000 lanes keeps the height of all of them, but only the lanes
 * scrolled into view (and a screen more either way) are laid out and put in the DOM. These pure
 * functions say which rows are in view and when the laid-out window has to move.
 */
import type { LaneLayout, TimelineLayout } from '../../timeline';

/** Rows [first, last) of a chart whose top is at client y `top`, drawn `scale` times its layout size, between client ys viewTop and viewBottom. */
export function rowsInView(
  L: Pick<TimelineLayout, 'plot' | 'y'>,
  top: number,
  scale: number,
  viewTop: number,
  viewBottom: number,
): [number, number] {
  const rows = L.y.domain.length;
  const laneH = L.y.laneHeight * scale;
  const plotTop = top + L.plot.y * scale;
  const first = Math.floor((viewTop - plotTop) / laneH);
  const last = Math.ceil((viewBottom - plotTop) / laneH);
  return [Math.max(0, Math.min(rows, first)), Math.max(0, Math.min(rows, last))];
}

/**
 * The rows to lay out: the current window while it covers the rows in view, else the rows in view
 * and as many again above and below (so a scroll of less than a screen changes nothing).
 */
export function nextWindow(current: [number, number], inView: [number, number], rows: number): [number, number] {
  const [a, b] = inView;
  if (a >= current[0] && b <= current[1] && current[1] - current[0] <= Math.max(3 * (b - a), 90)) return current;
  const pad = Math.max(b - a, 20);
  return [Math.max(0, a - pad), Math.min(rows, b + pad)];
}

/** The laid-out lane a task is drawn in (its own, or its group's), if that row is laid out. */
export function laneOfTask(L: TimelineLayout, task: string | undefined): LaneLayout | undefined {
  const row = task === undefined ? undefined : L.taskRow.get(task);
  if (row === undefined || row < L.rows[0] || row >= L.rows[1]) return undefined;
  return L.lanes[row - L.rows[0]];
}
