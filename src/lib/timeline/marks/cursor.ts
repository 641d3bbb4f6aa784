/**
 * The step cursor: a vertical line at each step's position with a pill naming the step and
 * its time. Layout places it for every step, so moving the cursor needs no new layout.
 */
import { MIN_RUN, r2, type Axis, type Frame } from '../frame';
import type { TimelineModel } from '../model';
import type { Palette } from '../palette';
import { STRINGS, formatSeconds as T, type Locale } from '../i18n';
import { textWidth } from '../text';
import { attrs, type Sel } from '../selection';
import type { BandLayout } from './bands';
import { placePill } from './pill';
import { stepColumns } from '../model-columns';

/** Cursor x for every step (NaN when outside the visible range), and its label. */
export function layoutCursor(f: Frame): { x: number[]; label: string[] } {
  const { axis, X, D0, D1, S } = f;
  const { t, slot } = stepColumns(f.model.steps);
  const N = f.model.stepCount;
  const cursorX: number[] = new Array(N);
  const cursorLabel: string[] = new Array(N);
  for (let k = 0; k < N; k++) {
    // On the time axis a step sits in the middle of its min-width running bar.
    const v = axis === 'time' ? t[k] : slot[k] + 0.5;
    const x = axis === 'time' ? X(v) + MIN_RUN / 2 : X(v);
    cursorX[k] = v >= D0 - 1e-9 && v <= D1 + 1e-9 ? r2(x) : NaN;
    cursorLabel[k] = `${S.stepWord(k + 1)} · ${T(t[k])}`;
  }
  return { x: cursorX, label: cursorLabel };
}

/**
 * The cursor of one step, from a layout's x scale: what layoutCursor gives for step k, for a
 * layout made without them (LayoutOptions.cursor false: the app, stepping through 100,000 steps).
 */
export function cursorAt(
  model: TimelineModel,
  L: { axis: Axis; locale: Locale; x: { domain: [number, number]; range: [number, number] } },
  k: number,
): { x: number; label: string } {
  const s = model.steps[k];
  if (!s) return { x: NaN, label: '' };
  const [d0, d1] = L.x.domain;
  const [r0, r1] = L.x.range;
  const v = L.axis === 'time' ? s.t : s.slot + 0.5;
  const x = r0 + ((v - d0) / (d1 - d0)) * (r1 - r0) + (L.axis === 'time' ? MIN_RUN / 2 : 0);
  const S = STRINGS[L.locale] ?? STRINGS.en;
  return {
    x: v >= d0 - 1e-9 && v <= d1 + 1e-9 ? r2(x) : NaN,
    label: `${S.stepWord(k + 1)} · ${T(s.t)}`,
  };
}

/** What the cursor's renderer reads from the layout (a TimelineLayout has it all). */
export interface CursorLayout {
  cursorX: number[];
  cursorLabel: string[];
  plot: { y: number };
  axisY: number;
  width: number;
  palette: Palette;
  bands: BandLayout[];
}

export function renderCursor(root: Sel, L: CursorLayout, k: number | undefined): void {
  if (k === undefined || k < 0 || k >= L.cursorX.length || !Number.isFinite(L.cursorX[k])) return;
  const py = L.plot.y;
  const x = L.cursorX[k];
  const cg = attrs(root.append('svg:g') as unknown as Sel, { class: 'cursor', 'data-step': k });
  attrs(cg.append('svg:line'), {
    x1: x,
    x2: x,
    y1: py - 4,
    y2: L.axisY,
    stroke: L.palette.cursor,
    'stroke-width': 1.5,
  });
  attrs(cg.append('svg:path'), {
    d: `M${x - 5},${py - 10}L${x + 5},${py - 10}L${x},${py - 4}Z`,
    fill: L.palette.cursor,
  });
  // Label in a pill above the plot, on the side that keeps band captions readable.
  const label = L.cursorLabel[k];
  const tw = Math.ceil(textWidth(label, 11) + 14);
  const bx = placePill(x, tw, L.bands, L.width).x;
  attrs(cg.append('svg:rect'), { x: bx, y: py - 22, width: tw, height: 17, rx: 8.5, fill: L.palette.cursor });
  attrs(cg.append('svg:text'), {
    x: bx + tw / 2,
    y: py - 13.5,
    dy: '0.35em',
    'text-anchor': 'middle',
    'font-size': 11,
    'font-weight': 600,
    fill: L.palette.background,
  }).text(label);
}
