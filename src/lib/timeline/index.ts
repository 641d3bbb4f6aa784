/**
 * Swimlane timeline (browser-safe entry): model → layout → render. Layout and rendering are
 * split by mark (marks/: lanes, segments, ends, arrows, bands, axis, legend, cursor, heading,
 * defs), each a pure layout function and a renderer side by side.
 *
 *   const model = buildTimeline(simulate(source), { source });
 *   const layout = layoutTimeline(model, { width: 900, axis: 'time', theme: 'light', locale: 'en' });
 *   renderTimeline(document, svgElement, layout, { cursorStep });
 *
 * For headless SVG export use renderToString from './node' (Node only: imports linkedom).
 */
export { buildTimeline, stateAt } from './model';
export type {
  TimelineModel,
  Lane,
  Segment,
  SegmentKind,
  EndKind,
  LaneState,
  LaneStateAt,
  Arrow,
  StepInfo,
  IdleSlot,
  FrozenSpan,
  BuildOptions,
} from './model';
export { layoutTimeline } from './layout';
export type { TimelineLayout, LayoutOptions } from './layout';
export type { Axis } from './frame';
export { textWidth, FONT_FAMILY } from './text';
export type { Theme, Palette } from './palette';
export type { RectMark } from './marks/rect';
export type { LaneLayout } from './marks/lanes';
export type { EndMarkLayout } from './marks/ends';
export type { ArrowLayout } from './marks/arrows';
export type { BandLayout } from './marks/bands';
export type { TickLayout } from './marks/axis';
export type { LegendItem } from './marks/legend';
export type { PatternDef, MarkerDef } from './marks/defs';
export { renderTimeline } from './render';
export type { RenderOptions } from './render';
export { STRINGS, formatSeconds, formatTick } from './i18n';
export type { Locale } from './i18n';
