/**
 * Legend: a key for every state, end and arrow kind the chart actually shows, in a fixed order,
 * flowing into rows below the axis.
 */
import type { EndKind, SegmentKind } from '../model';
import { ARROW_ORDER, END_ORDER, STATE_ORDER, type Palette } from '../palette';
import { r2, type Frame } from '../frame';
import type { ArrowKind } from '../i18n';
import { textWidth } from '../text';
import { attrs, type Sel } from '../selection';
import type { StateStyle } from './defs';
import { endPaint, endSymbol } from './ends';
import type { LaneLayout } from './lanes';
import type { ArrowLayout } from './arrows';

export interface LegendItem {
  kind: 'state' | 'end' | 'arrow';
  key: string;
  label: string;
  x: number;
  y: number;
  /** Swatch, for states. */
  swatch?: {
    fill: string;
    stroke: string;
    strokeWidth: number;
    dash: string | null;
    pattern: string | null;
    h: number;
  };
  /** Symbol path (positioned), for end marks. */
  d?: string;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: string | null;
  marker?: string;
}

/** Legend items, and the y where the legend ends (the chart's bottom). */
export function layoutLegend(
  f: Frame,
  styles: Record<SegmentKind, StateStyle>,
  laneLayouts: LaneLayout[],
  arrows: ArrowLayout[],
): { items: LegendItem[]; bottom: number } {
  const { S, plotX, axisY, width, palette, id } = f;
  const legend: LegendItem[] = [];
  const presentStates = new Set<SegmentKind>();
  const presentEnds = new Set<EndKind>();
  for (const l of laneLayouts) {
    for (const r of l.rects) presentStates.add(r.state);
    for (const m of l.marks) presentEnds.add(m.kind);
  }
  const presentArrows = new Set<ArrowKind>(arrows.map((a) => a.kind));
  if (presentStates.size === 0) presentStates.add('running');
  const items: { kind: LegendItem['kind']; key: string; label: string }[] = [];
  for (const k of STATE_ORDER) if (presentStates.has(k)) items.push({ kind: 'state', key: k, label: S.state[k] });
  for (const k of END_ORDER) if (presentEnds.has(k)) items.push({ kind: 'end', key: k, label: S.end[k] });
  for (const k of ARROW_ORDER) if (presentArrows.has(k)) items.push({ kind: 'arrow', key: k, label: S.arrow[k] });
  const rowH = 22;
  const startX = Math.min(plotX, 16);
  let lx = startX;
  let ly = axisY + 56;
  for (const it of items) {
    const sw = it.kind === 'arrow' ? 26 : it.kind === 'end' ? 12 : 22;
    const w = sw + 6 + textWidth(it.label, 11.5) + 18;
    if (lx + w > width - 12 && lx > startX) {
      lx = startX;
      ly += rowH;
    }
    const item: LegendItem = { kind: it.kind, key: it.key, label: it.label, x: r2(lx), y: r2(ly) };
    if (it.kind === 'state') {
      const k = it.key as SegmentKind;
      const st = styles[k];
      item.swatch = {
        fill: st.fill,
        stroke: st.stroke,
        strokeWidth: st.strokeWidth,
        dash: st.dash,
        pattern: st.pattern,
        h: k === 'running' ? 12 : 8,
      };
    } else if (it.kind === 'end') {
      const k = it.key as EndKind;
      item.d = endSymbol(k, lx + 6, ly, 4.5);
      Object.assign(item, endPaint(k, palette));
    } else {
      const k = it.key as ArrowKind;
      item.d = `M${r2(lx)},${r2(ly)}H${r2(lx + 22)}`;
      item.stroke = palette.arrow[k];
      item.strokeWidth = 1.25;
      item.dash = k === 'wake' ? '3 2' : k === 'cancel' ? '5 2 1 2' : null;
      item.marker = `${id}-m-${k}`;
    }
    legend.push(item);
    lx += w;
  }
  return { items: legend, bottom: ly + 18 };
}

export function renderLegend(root: Sel, legend: LegendItem[], palette: Palette): void {
  if (!legend.length) return;
  const lg = attrs(root.append('svg:g') as unknown as Sel, { class: 'legend' });
  for (const it of legend) {
    const g = attrs(lg.append('svg:g'), { class: `legend-item legend-${it.kind}`, 'data-key': it.key });
    let textX: number;
    if (it.kind === 'state' && it.swatch) {
      const s = it.swatch;
      attrs(g.append('svg:rect'), {
        x: it.x,
        y: it.y - s.h / 2,
        width: 22,
        height: s.h,
        rx: 1.5,
        fill: s.fill,
        stroke: s.strokeWidth > 0 ? s.stroke : null,
        'stroke-width': s.strokeWidth > 0 ? s.strokeWidth : null,
        'stroke-dasharray': s.dash,
        'data-state': it.key,
      });
      textX = it.x + 28;
    } else if (it.kind === 'end') {
      attrs(g.append('svg:path'), {
        d: it.d,
        fill: it.fill,
        stroke: it.stroke,
        'stroke-width': it.strokeWidth,
        'stroke-linecap': 'round',
        'data-state': it.key,
      });
      textX = it.x + 18;
    } else {
      attrs(g.append('svg:path'), {
        d: it.d,
        fill: 'none',
        stroke: it.stroke,
        'stroke-width': it.strokeWidth,
        'stroke-dasharray': it.dash,
        'marker-end': `url(#${it.marker})`,
      });
      textX = it.x + 32;
    }
    attrs(g.append('svg:text'), { x: textX, y: it.y, dy: '0.35em', 'font-size': 11.5, fill: palette.text }).text(
      it.label,
    );
  }
}
