/**
 * Warning marks: a small warning triangle standing on the axis at the moment CPython printed a
 * warning ("coroutine 'f' was never awaited", "Task exception was never retrieved"), on the time
 * axis at its time, on the step axis at the end of the step that was running then.
 */
import { r2, type Frame } from '../frame';
import { formatSeconds as T } from '../i18n';
import { attrs, tip, type Sel } from '../selection';

export interface WarningMarkLayout {
  /** Index into the trace's warnings. */
  index: number;
  x: number;
  /** The axis line the triangle stands on. */
  y: number;
  /** Triangle path, already positioned. */
  d: string;
  /** The "!" inside: a path too (no font needed). */
  bang: string;
  fill: string;
  ink: string;
  tooltip: string;
}

const FILL = { light: '#b35c00', dark: '#ffb454', print: '#000000' } as const;
const INK = { light: '#ffffff', dark: '#1b1f24', print: '#ffffff' } as const;

export function layoutWarnings(f: Frame): WarningMarkLayout[] {
  const { model, axis, S, X, D0, D1, axisY, upTo } = f;
  const out: WarningMarkLayout[] = [];
  const h = 11;
  const w = 6.5;
  model.warnings.forEach((wn, index) => {
    if (upTo !== null && wn.step > upTo) return;
    const v =
      axis === 'time'
        ? wn.t
        : wn.step < 0
          ? 0
          : wn.step < model.steps.length
            ? model.steps[wn.step].slot + 1
            : model.slotCount;
    if (v < D0 - 1e-9 || v > D1 + 1e-9) return;
    const x = r2(X(v));
    const y = r2(axisY - 1.5);
    out.push({
      index,
      x,
      y,
      d: `M${x},${r2(y - h)}L${r2(x + w)},${y}L${r2(x - w)},${y}Z`,
      bang: `M${r2(x - 0.7)},${r2(y - h + 3.5)}h1.4v4h-1.4ZM${r2(x - 0.7)},${r2(y - 2.8)}h1.4v1.4h-1.4Z`,
      fill: FILL[f.theme] ?? FILL.light,
      ink: INK[f.theme] ?? INK.light,
      tooltip: S.warningAt(T(wn.t), wn.line, wn.text),
    });
  });
  return out;
}

export function renderWarnings(root: Sel, marks: WarningMarkLayout[]): void {
  if (!marks.length) return;
  const g = attrs(root.append('svg:g') as unknown as Sel, { class: 'warnings' });
  for (const m of marks) {
    const mg = attrs(g.append('svg:g') as unknown as Sel, { class: 'warning-mark', 'data-warning': m.index });
    attrs(mg.append('svg:path'), {
      d: m.d,
      fill: m.fill,
      stroke: m.ink,
      'stroke-width': 0.75,
      'stroke-linejoin': 'round',
    });
    attrs(mg.append('svg:path'), { d: m.bang, fill: m.ink });
    tip(mg, m.tooltip);
  }
}
