/**
 * Timeline layout: positions every mark of the swimlane chart as plain data (no DOM), so the
 * same layout renders in the browser and headless. This file computes the frame (geometry and
 * the x scale) and composes the marks, one module each in marks/. Coordinates are rounded to 0.01.
 */
import { scaleLinear } from 'd3-scale';
import type { Lane, TimelineModel } from './model';
import { STRINGS, type Locale } from './i18n';
import { PALETTES, type Palette, type Theme } from './palette';
import { FONT_FAMILY, textWidth } from './text';
import { r2, type Axis, type Frame } from './frame';
import { layoutDefs, type MarkerDef, type PatternDef } from './marks/defs';
import { layoutHeading } from './marks/heading';
import { laneIndent, laneLabel, laneLabelsToMeasure, layoutLanes, type LaneLayout } from './marks/lanes';
import { layoutBands, type BandLayout } from './marks/bands';
import { layoutArrows, prepareArrows, type ArrowLayout } from './marks/arrows';
import { segmentText } from './marks/segment-text';
import { layoutTicks, type TickLayout } from './marks/axis';
import { layoutLegend, type LegendItem } from './marks/legend';
import { layoutCursor } from './marks/cursor';
import { layoutRuns, type RunMarkLayout } from './marks/runs';
import { layoutWarnings, type WarningMarkLayout } from './marks/warnings';
import { layoutDoctor, type DoctorMarkLayout } from './marks/doctor';
import type { NestedOption } from './marks/nested-rows';
import type { GroupOption } from './groups';
import { rowsOf } from './rows';
import { taskNamesOf, type RowLookup } from './row-lookup';

export interface LayoutOptions {
  width: number;
  axis: Axis;
  /** Names of the lanes to show (model order is kept). */
  lanes?: string[];
  /** Visible range in axis units: seconds for 'time', step indexes for 'step'. */
  rangeStart?: number;
  rangeEnd?: number;
  /** Only show what happened up to and including this step. */
  upToStep?: number;
  laneHeight?: number;
  theme: Theme;
  title?: string;
  legend?: boolean;
  locale: Locale;
  /** Draw spawn / wake / fan-in arrows (default true). */
  arrows?: boolean;
  /**
   * Start the plot at least this far from the left edge, so charts stacked one above the other
   * share their x positions (see plotLeftOf).
   */
  plotLeft?: number;
  /** Open lanes into nested bars of their await chain: all of them (true) or the named ones. */
  nested?: NestedOption;
  /** Put a disclosure triangle before the label of every lane that can open (the app). */
  disclosure?: boolean;
  /**
   * Lay out only the lanes of rows [first, last) (the app's lanes in view); the chart keeps the
   * height of all its rows. Default: every row.
   */
  rows?: [number, number];
  /** Collapse alike lanes into group lanes in charts of many lanes (see groups.ts). */
  group?: GroupOption;
  /** Merge runs of a lane's states narrower than a pixel into one mark (default true). */
  lod?: boolean;
  /** Place the cursor for every step (default true); without, cursorX and cursorLabel are empty (see cursorAt). */
  cursor?: boolean;
}

export interface TimelineLayout {
  /** Short content hash: prefix of every id so several charts can share a page. */
  id: string;
  width: number;
  height: number;
  theme: Theme;
  locale: Locale;
  axis: Axis;
  fontFamily: string;
  palette: Palette;
  title: string | null;
  titleY: number;
  subtitle: string;
  subtitleY: number;
  ariaLabel: string;
  description: string;
  plot: { x: number; y: number; width: number; height: number };
  x: { domain: [number, number]; range: [number, number] };
  y: { domain: string[]; range: [number, number]; laneHeight: number; barHeight: number };
  /** The rows laid out ([first, last)); lanes, arrows and stripes hold only those. */
  rows: [number, number];
  /** Row of each task by name (a task of a closed group: the group's row). */
  taskRow: RowLookup<string>;
  /** Font size of lane labels. */
  labelFontSize: number;
  ticks: TickLayout[];
  axisLabel: string;
  axisY: number;
  lanes: LaneLayout[];
  arrows: ArrowLayout[];
  bands: BandLayout[];
  /** asyncio.run marks (when the program calls it more than once). */
  runs: RunMarkLayout[];
  patterns: PatternDef[];
  markers: MarkerDef[];
  legend: LegendItem[];
  /** Cursor x for every step (NaN when outside the visible range). */
  cursorX: number[];
  /** Cursor label for every step. */
  cursorLabel: string[];
  style: string;
  /** Warning marks on the axis, at the moment each warning was printed. */
  warnings: WarningMarkLayout[];
  /** The asyncio doctor's findings (the app's charts only). */
  doctor: DoctorMarkLayout[];
}

/** FNV-1a, base 36: a short deterministic id. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const labelFontSize = (laneH: number): number => Math.max(8, Math.min(12, Math.round(laneH * 0.62 * 2) / 2));

/** Room for the lane labels: the widest label, at most 40 % of the chart. */
function labelMargin(lanes: Lane[], fontSize: number, width: number): number {
  let labelW = 60;
  for (const l of lanes)
    if (l.thread) for (const t of laneLabelsToMeasure(l)) labelW = Math.max(labelW, textWidth(t, fontSize));
    else labelW = Math.max(labelW, textWidth(laneLabel(l), fontSize) + laneIndent(l));
  labelW = Math.min(labelW, width * 0.4);
  return Math.round(labelW + 28);
}

/** Where a chart of this model, at this width, starts its plot on its own (before any plotLeft). */
export function plotLeftOf(model: TimelineModel, opts: { width: number; laneHeight?: number }): number {
  const width = Math.max(240, opts.width);
  return labelMargin(model.lanes, labelFontSize(Math.max(14, opts.laneHeight ?? 30)), width);
}

/** The lanes shown, the chart's geometry, the x scale and the reveal limit. */
function frameOf(model: TimelineModel, opts: LayoutOptions): Frame {
  const S = STRINGS[opts.locale] ?? STRINGS.en;
  const palette = PALETTES[opts.theme] ?? PALETTES.light;
  const axis = opts.axis;
  const width = Math.max(240, opts.width);
  const laneH = Math.max(14, opts.laneHeight ?? 30);
  const barH = Math.max(8, Math.round(laneH * 0.6));
  const idleH = Math.max(6, Math.round(barH * 0.62));
  const N = model.stepCount;
  const steps = model.steps;
  const upTo = opts.upToStep !== undefined ? Math.max(-1, Math.min(N - 1, Math.floor(opts.upToStep))) : null;
  // Reveal limit: step boundary, slot and time.
  const limB = upTo === null ? Infinity : upTo + 1;
  const limT = upTo === null ? Infinity : upTo >= 0 ? steps[upTo].tEnd : 0;
  const limSlot = upTo === null ? Infinity : upTo >= 0 ? steps[upTo].slot + 1 : 0;

  const rows = rowsOf(model, opts.lanes, opts.group, opts.nested);
  const { lanes, rowOf } = rows;
  const rowStart = Math.max(0, Math.min(lanes.length, Math.floor(opts.rows?.[0] ?? 0)));
  const rowEnd = Math.max(rowStart, Math.min(lanes.length, Math.ceil(opts.rows?.[1] ?? lanes.length)));

  const id =
    'll' +
    hash(
      [
        opts.title ?? '',
        axis,
        opts.theme,
        opts.locale,
        width,
        laneH,
        model.stepCount,
        model.end,
        rows.key,
        opts.rangeStart ?? '',
        opts.rangeEnd ?? '',
        upTo ?? '',
        // Only when set, so existing drawings keep their ids.
        ...(opts.plotLeft ? [opts.plotLeft] : []),
      ].join('|'),
    );

  // Labels and horizontal geometry.
  const fontSize = labelFontSize(laneH);
  const segFont = Math.min(10.5, fontSize - 0.5);
  const mk = `${fontSize}/${width}`;
  let margin = rows.margins.get(mk);
  if (margin === undefined) rows.margins.set(mk, (margin = labelMargin(lanes, fontSize, width)));
  const marginL = Math.max(margin, Math.round(opts.plotLeft ?? 0));
  const marginR = 28;
  const plotX = marginL;
  const plotW = Math.max(40, width - marginL - marginR);

  // Vertical geometry.
  const title = opts.title ?? null;
  let top = 14;
  const titleY = title ? top + 16 : 0;
  if (title) top += 26;
  const subtitleY = top + 12;
  top += 26;
  // Room for band labels and the cursor pill above the first lane.
  const plotY = top + 22;
  const plotH = lanes.length * laneH;
  const axisY = plotY + plotH;

  // The x scale: time axes get nice round bounds unless the caller chose a range.
  const fullStart = 0;
  const fullEnd = axis === 'time' ? Math.max(model.end, 0) : Math.max(model.slotCount, 1);
  let d0: number;
  let d1: number;
  if (axis === 'time') {
    d0 = opts.rangeStart ?? fullStart;
    d1 = opts.rangeEnd ?? fullEnd;
  } else {
    const slotOfStep = (k: number): number => (k <= 0 ? 0 : k >= N ? model.slotCount : steps[k].slot);
    d0 = opts.rangeStart !== undefined ? slotOfStep(Math.floor(opts.rangeStart)) : 0;
    d1 = opts.rangeEnd !== undefined ? slotOfStep(Math.ceil(opts.rangeEnd)) : fullEnd;
  }
  if (!(d1 > d0)) d1 = d0 + 1;
  const scale = scaleLinear()
    .domain([d0, d1])
    .range([plotX, plotX + plotW]);
  if (axis === 'time' && opts.rangeStart === undefined && opts.rangeEnd === undefined)
    scale.nice(Math.max(2, Math.floor(plotW / 90)));
  const [D0, D1] = scale.domain() as [number, number];
  // The scale's own arithmetic (d3's linear interpolation), without its calls: the layout maps
  // every state of a lane, 200,000 of them in a 100,000-step run.
  const R0 = plotX;
  const R1 = plotX + plotW;
  const DD = D1 - D0;

  return {
    model,
    lanes,
    rowOf,
    rowStart,
    rowEnd,
    lod: opts.lod !== false,
    id,
    axis,
    theme: opts.theme,
    palette,
    S,
    width,
    laneH,
    barH,
    idleH,
    fontSize,
    segFont,
    title,
    titleY,
    subtitleY,
    marginL,
    plotX,
    plotY,
    plotW,
    plotH,
    axisY,
    scale,
    D0,
    D1,
    X: (v) => {
      const t = (v - D0) / DD;
      return R0 * (1 - t) + R1 * t;
    },
    inRange: (a, b) => b >= D0 - 1e-9 && a <= D1 + 1e-9,
    clampX: (x) => Math.min(plotX + plotW, Math.max(plotX, x)),
    upTo,
    limB,
    limT,
    limSlot,
    nested: opts.nested ?? false,
    disclosure: opts.disclosure ?? false,
  };
}

/**
 * Does (and keeps) the layout's work that depends on the model and rows alone, not on the view:
 * the index of the tasks' names (row-lookup.ts), the rows, the arrows that can be drawn, the
 * segments' task names. The app calls it in tasks of its own
 * before a big chart's first layout (issue 9: no main-thread task over 100 ms); it returns a
 * function for each part, to be called one task after another.
 */
export function layoutParts(
  model: TimelineModel,
  opts: Pick<LayoutOptions, 'lanes' | 'group' | 'nested' | 'axis'>,
): (() => void)[] {
  const rows = () => rowsOf(model, opts.lanes, opts.group, opts.nested);
  return [
    () => void taskNamesOf(model),
    rows,
    () => prepareArrows(model, rows(), opts.axis),
    () => void segmentText(model, STRINGS.en),
  ];
}

export function layoutTimeline(model: TimelineModel, opts: LayoutOptions): TimelineLayout {
  const f = frameOf(model, opts);
  const rows = rowsOf(model, opts.lanes, opts.group, opts.nested);
  const { id, palette, axis, plotX, plotY, plotW, plotH, axisY, laneH, barH, fontSize } = f;
  const { patterns, markers, styles } = layoutDefs(f);
  const lanes = layoutLanes(f, styles);
  const arrows = opts.arrows !== false ? layoutArrows(f) : [];
  const legend = opts.legend !== false ? layoutLegend(f, styles, lanes, arrows) : null;
  const cursor = opts.cursor === false ? { x: [], label: [] } : layoutCursor(f);
  const heading = layoutHeading(f, lanes);

  const style = [
    // No fill here: a CSS rule would override the fill each text element sets for itself.
    `.${id} text{font-family:${FONT_FAMILY}}`,
    `.${id} .lane-label{font-size:${fontSize}px}`,
    `.${id} .tick text{font-size:11px;fill:${palette.muted};font-variant-numeric:tabular-nums}`,
    `.${id} .subtitle{fill:${palette.muted}}`,
    `.${id} .legend text{font-size:11.5px}`,
  ].join('\n');

  return {
    id,
    width: f.width,
    height: Math.ceil(legend ? legend.bottom : axisY + 48),
    theme: opts.theme,
    locale: opts.locale,
    axis,
    fontFamily: FONT_FAMILY,
    palette,
    title: f.title,
    subtitle: heading.subtitle,
    ariaLabel: heading.ariaLabel,
    description: heading.description,
    plot: { x: r2(plotX), y: r2(plotY), width: r2(plotW), height: r2(plotH) },
    x: { domain: [f.D0, f.D1], range: [r2(plotX), r2(plotX + plotW)] },
    y: {
      domain: rows.names,
      range: [r2(plotY), r2(plotY + plotH)],
      laneHeight: laneH,
      barHeight: barH,
    },
    rows: [f.rowStart, f.rowEnd],
    taskRow: rows.taskRow,
    labelFontSize: fontSize,
    ticks: layoutTicks(f),
    axisLabel: axis === 'time' ? f.S.axisTime : f.S.axisStep,
    axisY: r2(axisY),
    lanes,
    arrows,
    bands: layoutBands(f),
    runs: layoutRuns(f),
    patterns,
    markers,
    legend: legend ? legend.items : [],
    cursorX: cursor.x,
    cursorLabel: cursor.label,
    style,
    titleY: f.titleY,
    subtitleY: f.subtitleY,
    warnings: layoutWarnings(f),
    doctor: layoutDoctor(f),
  };
}
