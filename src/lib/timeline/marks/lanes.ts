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
import { layoutSegments, renderSegments } from './segments';
import type { RectMark } from './rect';
import { isOpen } from './nested-rows';
import { THREAD_STRINGS } from '../thread-text';
import { PROCESS_STRINGS } from '../process-text';
import type { SideKind } from '../side-lanes';

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
  /** For a lane that can open into nested bars (with LayoutOptions.disclosure): whether it is open. */
  toggle?: 'open' | 'closed';
  /** For a sub-row of nested bars: the chain depth it shows. */
  sub?: number;
  /** For a group lane (with LayoutOptions.disclosure: a triangle opens it): its key, size and whether it is open. */
  group?: { key: string; size: number; open: boolean };
  /** For a thread's or a process's lane, or their groups' headers (model.ts Lane.thread). */
  thread?: SideKind;
}

/** A side lane's label in `locale` (thread-text.ts, process-text.ts). */
const sideLabel = (name: string, kind: SideKind, locale: 'en' | 'ko'): string => {
  const W =
    kind === 'header' || kind === 'main' || kind === 'main-thread' || kind === 'worker'
      ? THREAD_STRINGS[locale]
      : PROCESS_STRINGS[locale];
  return kind === 'header' || kind === 'process-header'
    ? W.header
    : W.label(name, kind === 'main' || kind === 'main-process');
};

/** Full label of a lane: task name and coroutine (a thread's or process's lane: its name). */
export const laneLabel = (l: Lane): string =>
  l.thread
    ? sideLabel(l.name, l.thread, 'en')
    : l.group
      ? `${l.coro} × ${l.group.members.length}`
      : l.sub !== undefined
        ? `↳ ${l.coro}`
        : `${l.name} · ${l.coro}`;

/** The labels a lane may have, to measure (a thread lane's words differ by language). */
export const laneLabelsToMeasure = (l: Lane): string[] =>
  l.thread ? [sideLabel(l.name, l.thread, 'en'), sideLabel(l.name, l.thread, 'ko')] : [laneLabel(l)];

/** Label indent showing how deep in the creation tree the task is (capped at four levels). */
export const laneIndent = (l: Lane): number => Math.min(l.depth, 4) * 10;

export function layoutLanes(f: Frame, styles: Record<SegmentKind, StateStyle>): LaneLayout[] {
  const { S, plotY, laneH, marginL, fontSize } = f;
  const rectsByRow = layoutSegments(f, styles);
  const out: LaneLayout[] = [];
  for (let row = f.rowStart; row < f.rowEnd; row++) out.push(layoutLane(f, row, rectsByRow[row - f.rowStart]));
  return out;

  function layoutLane(f: Frame, row: number, rects: RectMark[]): LaneLayout {
    const l = f.lanes[row];
    const y = plotY + row * laneH;
    const cy = y + laneH / 2;
    if (l.group) {
      const g = l.group;
      const names = [g.members[0], g.members[g.members.length - 1]].map((m) => f.model.lanes[m].name);
      return {
        name: l.name,
        index: l.index,
        label: fitText(S.groupLabel(l.coro, g.members.length), marginL - 16 - laneIndent(l) - 10, fontSize),
        labelX: r2(16 + laneIndent(l)),
        y: r2(y),
        height: laneH,
        cy: r2(cy),
        stripe: row % 2 === 1,
        ariaLabel: S.groupTip(l.coro, g.members.length, names[0], names[1]),
        end: l.end,
        rects,
        marks: [],
        ...(f.disclosure ? { group: { key: g.key, size: g.members.length, open: g.open } } : {}),
      };
    }
    if (l.sub !== undefined) {
      return {
        name: l.name,
        index: l.index,
        label: fitText(laneLabel(l), marginL - 16 - laneIndent(l) - 10, fontSize),
        labelX: r2(16 + laneIndent(l)),
        y: r2(y),
        height: laneH,
        cy: r2(cy),
        stripe: row % 2 === 1,
        ariaLabel: S.subRow(l.name, l.sub, l.coro),
        end: l.end,
        rects,
        marks: [],
        sub: l.sub,
      };
    }
    if (l.thread) {
      const threads =
        l.thread === 'header' || l.thread === 'main' || l.thread === 'main-thread' || l.thread === 'worker';
      const W = threads ? S.thread : S.process;
      const plainMain = l.thread === 'main-thread';
      const main = l.thread === 'main' || l.thread === 'main-process' || plainMain;
      const header = l.thread === 'header' || l.thread === 'process-header';
      const end = main || header ? null : layoutEnd(f, l, cy);
      return {
        name: l.name,
        index: l.index,
        label: fitText(header ? W.header : W.label(l.name, main && !plainMain), marginL - 16 - 10, fontSize),
        labelX: 16,
        y: r2(y),
        height: laneH,
        cy: r2(cy),
        stripe: row % 2 === 1,
        ariaLabel: header
          ? W.headerTip
          : plainMain
            ? S.thread.mainTip(l.name)
            : W.laneTip(l.name, main, T(l.created), l.doneTime !== null && !main ? T(l.doneTime) : null),
        end: l.end,
        rects,
        marks: end ? [end] : [],
        thread: l.thread,
      };
    }
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
      rects,
      marks,
      ...(f.disclosure && l.frameBars?.length ? { toggle: isOpen(f.nested, l.name) ? 'open' : 'closed' } : {}),
    };
  }
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
      class: lane.thread
        ? `lane lane-thread lane-thread-${lane.thread}`
        : lane.sub !== undefined
          ? 'lane lane-sub'
          : lane.group
            ? 'lane lane-group'
            : 'lane',
      'data-task': lane.thread ? null : lane.name,
      'data-thread': lane.thread ? lane.name : null,
      'data-end': lane.end,
      'data-depth': lane.sub,
      'data-group': lane.group?.key,
      'aria-label': lane.ariaLabel,
    });
    if (lane.group) {
      // The app's disclosure of a group lane: a click shows or hides its tasks' lanes.
      attrs(g.append('svg:text'), {
        class: 'group-toggle',
        x: lane.labelX - 11,
        y: lane.cy,
        dy: '0.35em',
        'font-size': labelFontSize,
        fill: palette.text,
        'data-group': lane.group.key,
        'aria-expanded': lane.group.open ? 'true' : 'false',
        cursor: 'pointer',
      }).text(lane.group.open ? '▾' : '▸');
    }
    if (lane.toggle) {
      // The app's disclosure: a click opens or closes the lane's nested bars.
      attrs(g.append('svg:text'), {
        class: 'lane-toggle',
        x: lane.labelX - 11,
        y: lane.cy,
        dy: '0.35em',
        'font-size': labelFontSize,
        fill: palette.text,
        'data-task': lane.name,
        'aria-expanded': lane.toggle === 'open' ? 'true' : 'false',
        cursor: 'pointer',
      }).text(lane.toggle === 'open' ? '▾' : '▸');
    }
    attrs(g.append('svg:text'), {
      class: 'lane-label',
      x: lane.labelX,
      y: lane.cy,
      dy: '0.35em',
      'font-size': labelFontSize,
      fill: lane.thread === 'header' || lane.thread === 'process-header' ? palette.muted : palette.text,
      'font-weight': lane.thread === 'header' || lane.thread === 'process-header' ? 600 : null,
    }).text(lane.label);
    tip(g.select('text.lane-label') as unknown as Sel, lane.ariaLabel);
    renderSegments(g, lane.rects, labelFontSize, palette, cursorStep);
    renderEnds(g, lane.marks);
  }
}
