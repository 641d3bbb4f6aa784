/**
 * asyncio.run marks: a thin vertical line across the lanes where each asyncio.run started, with
 * "asyncio.run #n" above it and a tooltip saying why task numbers jump there (the previous run's
 * shutdown took two Task-N numbers for tasks of its own). Drawn only when a program calls
 * asyncio.run more than once.
 */
import { r2, type Frame } from '../frame';
import type { Palette } from '../palette';
import { formatSeconds as T } from '../i18n';
import { attrs, tip, type Sel } from '../selection';

export interface RunMarkLayout {
  n: number;
  x: number;
  y1: number;
  y2: number;
  label: string;
  labelY: number;
  tooltip: string;
}

export function layoutRuns(f: Frame): RunMarkLayout[] {
  const { model, axis, S, X, inRange, plotY, plotH, limB } = f;
  if (model.runs.length < 2) return [];
  const out: RunMarkLayout[] = [];
  for (const r of model.runs) {
    if (r.step > limB) continue;
    const v = axis === 'time' ? r.t : r.slot;
    if (!inRange(v, v)) continue;
    let tooltip = S.runStart(r.n, T(r.t), r.task);
    if (r.skipped) {
      const [a, b] = r.skipped;
      const names = a === b ? `Task-${a}` : b === a + 1 ? `Task-${a}, Task-${b}` : `Task-${a} … Task-${b}`;
      tooltip += ' ' + S.runSkipped(r.n - 1, names);
    }
    out.push({
      n: r.n,
      x: r2(X(v)),
      y1: r2(plotY - 16),
      y2: r2(plotY + plotH),
      label: S.runMark(r.n),
      labelY: r2(plotY - 18),
      tooltip,
    });
  }
  return out;
}

export function renderRuns(root: Sel, runs: RunMarkLayout[], palette: Palette): void {
  if (runs.length === 0) return;
  const g0 = root.append('svg:g').attr('class', 'runs') as unknown as Sel;
  for (const r of runs) {
    const g = g0.append('svg:g').attr('class', 'run-mark').attr('data-run', r.n) as unknown as Sel;
    attrs(g.append('svg:line'), {
      x1: r.x,
      x2: r.x,
      y1: r.y1,
      y2: r.y2,
      stroke: palette.text,
      'stroke-width': 1.25,
      'stroke-dasharray': '2 2',
    });
    attrs(g.append('svg:text'), {
      class: 'run-label',
      x: r.x + 3,
      y: r.labelY,
      'font-size': 10.5,
      fill: palette.text,
    }).text(r.label);
    tip(g, r.tooltip);
  }
}
