/**
 * Bands: full-height spans across every lane, for a frozen loop (a blocking call held it) and,
 * on the step axis, for the idle slots where virtual time jumped to the next timer.
 */
import { r2, type Frame } from '../frame';
import type { Palette } from '../palette';
import { formatSeconds as T, formatTick } from '../i18n';
import { textWidth } from '../text';
import { subPixelRuns } from './lod';
import { attrs, tip, type Sel } from '../selection';
import { idleColumns } from '../model-columns';

export interface BandLayout {
  kind: 'frozen' | 'idle';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  pattern: string | null;
  opacity: number;
  label: string | null;
  labelX: number;
  labelY: number;
  tooltip: string;
}

export function layoutBands(f: Frame): BandLayout[] {
  const { model, axis, S, X, inRange, clampX, plotY, plotH, palette, limB, limSlot } = f;
  const bands: BandLayout[] = [];
  // A program that ran no task froze no loop: its main thread's lane shows the call.
  for (const fr of model.steps.length > 0 ? model.frozen : []) {
    if (fr.step !== null && fr.step >= limB) continue;
    const a = axis === 'time' ? fr.t : fr.startSlot;
    const b = axis === 'time' ? fr.t + fr.seconds : fr.endSlot;
    if (!inRange(a, b) || plotH === 0) continue;
    const x0 = clampX(X(a));
    const x1 = clampX(X(b));
    const label = fr.step === null ? S.topLevelBand(fr.what) : S.frozenBand(fr.what);
    const fits = textWidth(label, 11) + 8 < x1 - x0;
    bands.push({
      kind: 'frozen',
      x: r2(x0),
      y: r2(plotY),
      w: r2(Math.max(1, x1 - x0)),
      h: r2(plotH),
      fill: palette.state.frozen.fg,
      pattern: null,
      opacity: f.theme === 'dark' ? 0.16 : 0.1,
      label: fits ? label : null,
      labelX: r2(x0 + 4),
      labelY: r2(plotY - 5),
      tooltip: `${label} (${T(fr.t)} – ${T(fr.t + fr.seconds)})`,
    });
  }
  if (axis === 'step') {
    // The idle slots in view (read as columns: a timer loop has one between each two of its
    // steps), with their pixel extents; runs of sub-pixel ones merge (lod.ts).
    const { slot, from, to } = idleColumns(model.idle);
    const shown: number[] = [];
    for (let i = 0; i < slot.length; i++) if (slot[i] < limSlot && inRange(slot[i], slot[i] + 1)) shown.push(i);
    const xs0 = new Float64Array(shown.length);
    const xs1 = new Float64Array(shown.length);
    shown.forEach((d, i) => {
      xs0[i] = clampX(X(slot[d]));
      xs1[i] = clampX(X(slot[d] + 1));
    });
    const runs: [number, number][] = f.lod
      ? subPixelRuns(xs0, xs1, shown.length)
      : shown.map((_, i): [number, number] => [i, i]);
    for (const [i, j] of runs) {
      if (j > i) {
        const x0 = xs0[i];
        const x1 = Math.max(xs1[j], x0 + 1);
        bands.push({
          kind: 'idle',
          x: r2(x0),
          y: r2(plotY),
          w: r2(x1 - x0),
          h: r2(plotH),
          fill: palette.grid,
          pattern: null,
          opacity: 0.45,
          label: null,
          labelX: r2((x0 + x1) / 2),
          labelY: r2(plotY - 5),
          tooltip: S.idleMerged(j - i + 1, T(from[shown[i]]), T(to[shown[j]])),
        });
        continue;
      }
      const s = { from: from[shown[i]], to: to[shown[i]] };
      const x0 = xs0[i];
      const x1 = xs1[i];
      const label = `+${formatTick(s.to - s.from, 3)}`;
      bands.push({
        kind: 'idle',
        x: r2(x0),
        y: r2(plotY),
        w: r2(Math.max(0.5, x1 - x0)),
        h: r2(plotH),
        fill: palette.grid,
        pattern: null,
        opacity: 0.45,
        label: textWidth(label, 10) + 4 < x1 - x0 ? label : null,
        labelX: r2((x0 + x1) / 2),
        labelY: r2(plotY - 5),
        tooltip: `${S.idleSlot(T(s.to - s.from))} (${T(s.from)} → ${T(s.to)})`,
      });
    }
  }
  return bands;
}

export function renderBands(root: Sel, bands: BandLayout[], palette: Palette): void {
  const g0 = root.append('svg:g').attr('class', 'bands') as unknown as Sel;
  for (const b of bands) {
    const g = g0.append('svg:g').attr('class', `band band-${b.kind}`) as unknown as Sel;
    attrs(g.append('svg:rect'), { x: b.x, y: b.y, width: b.w, height: b.h, fill: b.fill, 'fill-opacity': b.opacity });
    if (b.kind === 'frozen') {
      attrs(g.append('svg:line'), {
        x1: b.x,
        x2: b.x,
        y1: b.y - 2,
        y2: b.y + b.h,
        stroke: palette.state.frozen.fg,
        'stroke-width': 1,
        'stroke-dasharray': '4 3',
      });
      attrs(g.append('svg:line'), {
        x1: b.x + b.w,
        x2: b.x + b.w,
        y1: b.y - 2,
        y2: b.y + b.h,
        stroke: palette.state.frozen.fg,
        'stroke-width': 1,
        'stroke-dasharray': '4 3',
      });
    }
    if (b.label) {
      attrs(g.append('svg:text'), {
        class: 'band-label',
        x: b.labelX,
        y: b.labelY,
        'font-size': b.kind === 'idle' ? 10 : 11,
        'text-anchor': b.kind === 'idle' ? 'middle' : 'start',
        fill: b.kind === 'frozen' ? palette.state.frozen.fg : palette.muted,
      }).text(b.label);
    }
    tip(g, b.tooltip);
  }
}
