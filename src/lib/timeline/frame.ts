/**
 * The frame every mark is laid out in: the lanes shown, the chart's geometry, the x scale and
 * the reveal limit. layout.ts computes it once; each mark reads it and returns plain data.
 */
import type { ScaleLinear } from 'd3-scale';
import type { Lane, TimelineModel } from './model';
import type { Strings } from './i18n';
import type { Palette, Theme } from './palette';
import type { RowLookup } from './row-lookup';

/** 'time': virtual seconds; 'step': one slot per step and per idle wait (see model.ts). */
export type Axis = 'time' | 'step';

export interface Frame {
  model: TimelineModel;
  /** The lanes shown, in model order. */
  lanes: Lane[];
  /** Row of each shown lane, by the lane's model index. */
  rowOf: RowLookup<number>;
  /** The rows laid out, [rowStart, rowEnd): all of them, or the window the app has in view. */
  rowStart: number;
  rowEnd: number;
  /** Merge a lane's adjacent states narrower than a pixel into one mark (see marks/lod.ts). */
  lod: boolean;
  /** Content hash: prefix of every id so several charts can share a page. */
  id: string;
  axis: Axis;
  theme: Theme;
  palette: Palette;
  /** The labels in the chosen locale. */
  S: Strings;
  width: number;
  laneH: number;
  /** Height of a running bar; idle states are drawn thinner (idleH). */
  barH: number;
  idleH: number;
  /** Font size of lane labels, and of the labels inside bars. */
  fontSize: number;
  segFont: number;
  title: string | null;
  titleY: number;
  subtitleY: number;
  /** Left margin: room for the lane labels. */
  marginL: number;
  plotX: number;
  plotY: number;
  plotW: number;
  plotH: number;
  axisY: number;
  scale: ScaleLinear<number, number>;
  /** Visible domain in axis units (after nice()). */
  D0: number;
  D1: number;
  /** Axis units to pixels. */
  X: (v: number) => number;
  /** Whether the span [a, b] overlaps the visible domain. */
  inRange: (a: number, b: number) => boolean;
  /** Clamp a pixel x into the plot. */
  clampX: (x: number) => number;
  /** Only show steps up to this index (null: everything). */
  upTo: number | null;
  /** Reveal limit as a step boundary, a time and a slot (Infinity when everything is shown). */
  limB: number;
  limT: number;
  limSlot: number;
  /** Lanes opened into nested bars, and whether labels get a disclosure triangle. */
  nested: boolean | readonly string[];
  disclosure: boolean;
}

/** Narrowest running bar in pixels, so a step that takes no virtual time stays visible. */
export const MIN_RUN = 4;

/** Round to 0.01 so coordinates (and the SVG text) do not depend on float noise; -0 becomes 0. */
export const r2 = (v: number): number => Math.round(v * 100) / 100 || 0;
