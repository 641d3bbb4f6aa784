/**
 * The asyncio doctor's marks: a small round badge with a cross on the axis at the moment a
 * finding began to cost (the first of the sequential awaits, the blocking call, the dropped
 * coroutine's warning), on the step axis at the step running then. Its tooltip is the finding.
 */
import { r2, type Frame } from '../frame';
import { formatSeconds as T } from '../i18n';
import { attrs, tip, type Sel } from '../selection';
import { firstStepFrom, stepColumns } from '../model-columns';

export interface DoctorMarkLayout {
  index: number;
  cx: number;
  cy: number;
  r: number;
  /** The cross inside, already positioned. */
  cross: string;
  fill: string;
  ink: string;
  tooltip: string;
}

const FILL = { light: '#0b63b6', dark: '#6cb6ff', print: '#000000' } as const;
const INK = { light: '#ffffff', dark: '#1b1f24', print: '#ffffff' } as const;

export function layoutDoctor(f: Frame): DoctorMarkLayout[] {
  const { model, axis, S, X, D0, D1, axisY, upTo } = f;
  const marks = model.doctor;
  if (!marks?.length) return [];
  const out: DoctorMarkLayout[] = [];
  const r = 5.5;
  const { slot } = stepColumns(model.steps);
  marks.forEach((m, index) => {
    // The step running at the mark's time: the first that starts at it or later.
    const step = firstStepFrom(model.steps, m.t - 1e-9);
    if (upTo !== null && step > upTo) return;
    const v = axis === 'time' ? m.t : step < slot.length ? slot[step] : model.slotCount;
    if (v < D0 - 1e-9 || v > D1 + 1e-9) return;
    const cx = r2(X(v));
    // On the axis line (the warnings' triangles stand above it, the tick labels hang below).
    const cy = r2(axisY);
    const a = 3;
    const lines = m.endLine !== m.line ? `${m.line}–${m.endLine}` : String(m.line);
    out.push({
      index,
      cx,
      cy,
      r,
      cross: `M${r2(cx - a)},${cy}H${r2(cx + a)}M${cx},${r2(cy - a)}V${r2(cy + a)}`,
      fill: FILL[f.theme] ?? FILL.light,
      ink: INK[f.theme] ?? INK.light,
      tooltip: S.doctorAt(
        T(m.t),
        S.locale === 'ko' ? `${lines}행` : `${m.endLine !== m.line ? 'lines' : 'line'} ${lines}`,
        m.text[S.locale],
      ),
    });
  });
  return out;
}

export function renderDoctor(root: Sel, marks: DoctorMarkLayout[]): void {
  if (!marks.length) return;
  const g = attrs(root.append('svg:g') as unknown as Sel, { class: 'doctor-marks' });
  for (const m of marks) {
    const mg = attrs(g.append('svg:g') as unknown as Sel, { class: 'doctor-mark', 'data-finding': m.index });
    attrs(mg.append('svg:circle'), { cx: m.cx, cy: m.cy, r: m.r, fill: m.fill, stroke: m.ink, 'stroke-width': 0.75 });
    attrs(mg.append('svg:path'), { d: m.cross, stroke: m.ink, 'stroke-width': 1.6, 'stroke-linecap': 'round' });
    tip(mg, m.tooltip);
  }
}
