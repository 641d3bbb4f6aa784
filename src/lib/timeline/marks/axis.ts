/**
 * The x axis: ticks (nice seconds on the time axis, nice 1-based step numbers centred on their
 * slots on the step axis), the vertical grid lines they carry, and the axis title.
 */
import { tickStep } from 'd3-array';
import { r2, type Frame } from '../frame';
import type { Palette } from '../palette';
import { formatTick } from '../i18n';
import { attrs, type Sel } from '../selection';
import { stepColumns } from '../model-columns';

export interface TickLayout {
  x: number;
  label: string;
  value: number;
}

export function layoutTicks(f: Frame): TickLayout[] {
  const { axis, scale, X, D0, D1, plotW } = f;
  const N = f.model.stepCount;
  const ticks: TickLayout[] = [];
  if (axis === 'time') {
    const count = Math.max(2, Math.floor(plotW / 90));
    const vals = scale.ticks(count);
    const stepV = tickStep(D0, D1, count);
    const decimals = Math.max(0, -Math.floor(Math.log10(stepV) + 1e-9));
    for (const v of vals) ticks.push({ x: r2(X(v)), label: formatTick(v, decimals), value: v });
  } else {
    // Nice step numbers (1-based) placed at the centre of each step's slot.
    const { slot } = stepColumns(f.model.steps);
    const firstStep = slot.findIndex((s) => s >= D0);
    let lastStep = -1;
    for (let k = N - 1; k >= 0; k--)
      if (slot[k] + 1 <= D1 + 1e-9) {
        lastStep = k;
        break;
      }
    if (firstStep >= 0 && lastStep >= firstStep) {
      const a = firstStep + 1;
      const b = lastStep + 1;
      const count = Math.max(2, Math.floor(plotW / 60));
      const st = Math.max(1, Math.ceil(tickStep(a, b, count)));
      const startV = Math.ceil(a / st) * st;
      if (a < startV && st > 1) ticks.push({ x: r2(X(slot[a - 1] + 0.5)), label: String(a), value: a });
      for (let v = startV; v <= b; v += st) ticks.push({ x: r2(X(slot[v - 1] + 0.5)), label: String(v), value: v });
      if (ticks.length && ticks[ticks.length - 1].value !== b && X(slot[b - 1] + 0.5) - ticks[ticks.length - 1].x > 24)
        ticks.push({ x: r2(X(slot[b - 1] + 0.5)), label: String(b), value: b });
    }
  }
  return ticks;
}

/** Vertical grid lines at the ticks, behind the bands and bars. */
export function renderGrid(root: Sel, ticks: TickLayout[], plotY: number, axisY: number, palette: Palette): void {
  const grid = root.append('svg:g').attr('class', 'grid') as unknown as Sel;
  for (const t of ticks) {
    attrs(grid.append('svg:line') as unknown as Sel, {
      x1: t.x,
      x2: t.x,
      y1: plotY,
      y2: axisY,
      stroke: palette.grid,
      'stroke-width': 1,
    });
  }
}

/** The axis line along the plot's bottom, tick marks with their labels, and the axis title at the right. */
export function renderAxis(
  root: Sel,
  ticks: TickLayout[],
  label: string,
  plot: { x: number; width: number },
  axisY: number,
  palette: Palette,
): void {
  const { x: px, width: pw } = plot;
  const axisG = attrs(root.append('svg:g') as unknown as Sel, { class: 'axis', 'aria-hidden': 'true' });
  attrs(axisG.append('svg:line'), {
    x1: px,
    x2: px + pw,
    y1: axisY,
    y2: axisY,
    stroke: palette.axis,
    'stroke-width': 1,
  });
  for (const t of ticks) {
    const g = attrs(axisG.append('svg:g'), { class: 'tick' });
    attrs(g.append('svg:line'), {
      x1: t.x,
      x2: t.x,
      y1: axisY,
      y2: axisY + 5,
      stroke: palette.axis,
      'stroke-width': 1,
    });
    attrs(g.append('svg:text'), {
      x: t.x,
      y: axisY + 18,
      'text-anchor': 'middle',
      'font-size': 11,
      fill: palette.muted,
    }).text(t.label);
  }
  attrs(axisG.append('svg:text'), {
    class: 'axis-label',
    x: px + pw,
    y: axisY + 36,
    'text-anchor': 'end',
    'font-size': 11.5,
    fill: palette.muted,
  }).text(label + ' →');
}
