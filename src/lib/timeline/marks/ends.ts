/**
 * End marks: the symbol after a lane's last bar saying how the task ended (done, cancelled,
 * failed), or that it was still pending when the run stopped.
 */
import type { EndKind, Lane } from '../model';
import type { Palette } from '../palette';
import { MIN_RUN, r2, type Frame } from '../frame';
import { formatSeconds as T } from '../i18n';
import { attrs, tip, type Sel } from '../selection';

export interface EndMarkLayout {
  kind: EndKind;
  x: number;
  y: number;
  /** SVG path of the symbol, already positioned. */
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  tooltip: string;
}

/** Symbol path for an end mark centred at (x, y) with radius r. */
export function endSymbol(kind: EndKind, x: number, y: number, r: number): string {
  const a = r2(x);
  const b = r2(y);
  const k = r2(r);
  switch (kind) {
    case 'done':
      // Filled circle.
      return `M${r2(a - k)},${b}a${k},${k} 0 1,0 ${r2(2 * k)},0a${k},${k} 0 1,0 ${r2(-2 * k)},0Z`;
    case 'cancelled': {
      // Cross (stroked).
      const d = r2(k * 0.85);
      return `M${r2(a - d)},${r2(b - d)}L${r2(a + d)},${r2(b + d)}M${r2(a - d)},${r2(b + d)}L${r2(a + d)},${r2(b - d)}`;
    }
    case 'failed':
      // Triangle pointing up.
      return `M${a},${r2(b - k * 1.15)}L${r2(a + k * 1.1)},${r2(b + k * 0.85)}L${r2(a - k * 1.1)},${r2(b + k * 0.85)}Z`;
    case 'pending':
      // Chevron: "continues".
      return `M${r2(a - k * 0.6)},${r2(b - k)}L${r2(a + k * 0.5)},${b}L${r2(a - k * 0.6)},${r2(b + k)}`;
  }
}

/** Paint of an end symbol: a done dot is outlined in the background colour, crosses and chevrons are stroked. */
export function endPaint(kind: EndKind, palette: Palette): { fill: string; stroke: string; strokeWidth: number } {
  return {
    fill: kind === 'done' || kind === 'failed' ? palette.end[kind] : 'none',
    stroke: kind === 'done' ? palette.background : palette.end[kind],
    strokeWidth: kind === 'done' || kind === 'failed' ? 1 : 2,
  };
}

/** The lane's end mark centred on cy, if the lane has ended (or is pending) inside the visible range. */
export function layoutEnd(f: Frame, l: Lane, cy: number): EndMarkLayout | null {
  const { axis, model, S, X, plotX, plotW, barH, palette } = f;
  const endKind: EndKind = l.end;
  let markPos: number | null = null;
  let markB = Infinity;
  if (l.doneStep !== null && l.doneTime !== null) {
    markPos = axis === 'time' ? l.doneTime : (l.doneSlot ?? 0);
    markB = l.doneStep;
  } else if (endKind === 'pending' && f.upTo === null) {
    markPos = axis === 'time' ? model.end : model.slotCount;
    markB = model.stepCount;
  }
  if (!(markPos !== null && markB <= f.limB && markPos >= f.D0 - 1e-9 && markPos <= f.D1 + 1e-9)) return null;
  let mx = X(markPos);
  const r = Math.max(3.5, barH * 0.24);
  if (axis === 'time') {
    // Sit right after the (min-width) final bar.
    mx = Math.min(plotX + plotW + r + 2, mx + MIN_RUN + r + 1.5);
  } else mx = mx + r + 2;
  const tooltip =
    endKind === 'done'
      ? S.finished(l.name, T(l.doneTime ?? model.end))
      : endKind === 'cancelled'
        ? S.cancelled(l.name, T(l.doneTime ?? model.end)) + (l.endWhy ? ` (${S.why(l.endWhy)})` : '')
        : endKind === 'failed'
          ? S.failed(l.name, T(l.doneTime ?? model.end), l.exception ?? 'Exception')
          : S.pending(l.name);
  return {
    kind: endKind,
    x: r2(mx),
    y: r2(cy),
    d: endSymbol(endKind, mx, cy, r),
    ...endPaint(endKind, palette),
    tooltip,
  };
}

export function renderEnds(g: Sel, marks: EndMarkLayout[]): void {
  for (const m of marks) {
    const p = attrs(g.append('svg:path'), {
      class: `end end-${m.kind}`,
      d: m.d,
      fill: m.fill,
      stroke: m.stroke,
      'stroke-width': m.strokeWidth,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'data-state': m.kind,
    });
    tip(p, m.tooltip);
  }
}
