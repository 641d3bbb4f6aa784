/**
 * Lanes: one row per task, with its label (indented by creation depth), its segments and its
 * end mark, and every other row striped.
 */
import type { EndKind, Lane, SegmentKind } from '../model';
import type { Palette } from '../palette';
import { r2, type Frame } from '../frame';
import { formatSeconds as T } from '../i18n';
import { fitText } from '../text';
import { attrs, tip, type Sel } from '../selection';
import type { StateStyle } from './defs';
import { layoutEnd, renderEnds, type EndMarkLayout } from './ends';
import { layoutSegments, renderSegments, type RectMark } from './segments';

export interface LaneLayout {
  name: string;
  index: number;
  label: string;
  labelX: number;
  /** Top of the row. */
  y: number;
  height: number;
  /** Vertical centre of the bars. */
  cy: number;
  stripe: boolean;
  ariaLabel: string;
  end: EndKind;
  rects: RectMark[];
  marks: EndMarkLayout[];
}

/** Full label of a lane: task name and coroutine. */
export const laneLabel = (l: Lane): string => `${l.name} · ${l.coro}`;

/** Label indent showing how deep in the creation tree the task is (capped at four levels). */
export const laneIndent = (l: Lane): number => Math.min(l.depth, 4) * 10;

export function layoutLanes(f: Frame, styles: Record<SegmentKind, StateStyle>): LaneLayout[] {
  const { S, plotY, laneH, marginL, fontSize } = f;
  const rectsByRow = layoutSegments(f, styles);
  return f.lanes.map((l, row) => {
    const y = plotY + row * laneH;
    const cy = y + laneH / 2;
    const end = layoutEnd(f, l, cy);
    const marks: EndMarkLayout[] = end ? [end] : [];
    const parts: string[] = [laneLabel(l)];
    parts.push(l.parent ? S.createdBy(l.parent, T(l.created)) : S.createdAt(T(l.created)));
    parts.push(S.laneRuns(l.steps.length));
    const endTip = marks[0]?.tooltip ?? (l.end === 'pending' ? S.pending(l.name) : null);
    if (endTip) parts.push(endTip);
    return {
      name: l.name,
      index: l.index,
      label: fitText(laneLabel(l), marginL - 16 - laneIndent(l) - 10, fontSize),
      labelX: r2(16 + laneIndent(l)),
      y: r2(y),
      height: laneH,
      cy: r2(cy),
      stripe: row % 2 === 1,
      ariaLabel: parts.join('; '),
      end: l.end,
      rects: rectsByRow[row],
      marks,
    };
  });
}

/** Background stripes of every other row (drawn under the grid, bands and bars). */
export function renderStripes(root: Sel, lanes: LaneLayout[], width: number, palette: Palette): void {
  const rows = root.append('svg:g').attr('class', 'rows') as unknown as Sel;
  for (const lane of lanes) {
    if (!lane.stripe) continue;
    attrs(rows.append('svg:rect') as unknown as Sel, {
      x: 0,
      y: lane.y,
      width,
      height: lane.height,
      fill: palette.stripe,
    });
  }
}

export function renderLanes(
  root: Sel,
  lanes: LaneLayout[],
  labelFontSize: number,
  palette: Palette,
  cursorStep?: number,
): void {
  const lanesG = root.append('svg:g').attr('class', 'lanes') as unknown as Sel;
  for (const lane of lanes) {
    const g = attrs(lanesG.append('svg:g') as unknown as Sel, {
      class: 'lane',
      'data-task': lane.name,
      'data-end': lane.end,
      'aria-label': lane.ariaLabel,
    });
    attrs(g.append('svg:text'), {
      class: 'lane-label',
      x: lane.labelX,
      y: lane.cy,
      dy: '0.35em',
      'font-size': labelFontSize,
      fill: palette.text,
    }).text(lane.label);
    tip(g.select('text.lane-label') as unknown as Sel, lane.ariaLabel);
    renderSegments(g, lane.rects, labelFontSize, palette, cursorStep);
    renderEnds(g, lane.marks);
  }
}
