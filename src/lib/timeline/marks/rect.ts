/** One drawn bar of a lane: where it stands, how it looks, and which task state it shows. */
import type { SegmentKind } from '../model';

export interface RectMark {
  x: number;
  y: number;
  w: number;
  h: number;
  rx: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: string | null;
  pattern: string | null;
  state: SegmentKind;
  lane: string;
  step: number | null;
  tooltip: string;
  /** Short in-bar label (only when it fits). */
  label: string | null;
  labelX: number;
  labelY: number;
  /** Drawn faint: a sleep's remaining time up to its timer's due time, while the future is hidden. */
  ghost?: boolean;
  /** How many adjacent states this one mark stands for (level of detail; see lod.ts). */
  merged?: number;
}
