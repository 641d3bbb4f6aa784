/**
 * Swimlane timeline (browser-safe entry): model → layout → render.
 *
 *   const model = buildTimeline(simulate(source), { source });
 *   const layout = layoutTimeline(model, { width: 900, axis: 'time', theme: 'light', locale: 'en' });
 *   renderTimeline(document, svgElement, layout, { cursorStep });
 *
 * For headless SVG export use renderToString from './node' (Node only: imports linkedom).
 */
export { buildTimeline, stateAt } from './model';
export type { TimelineModel, Lane, Segment, SegmentKind, EndKind, LaneState, LaneStateAt, Arrow, StepInfo, IdleSlot, FrozenSpan, BuildOptions } from './model';
export { layoutTimeline, textWidth, FONT_FAMILY } from './layout';
export type { TimelineLayout, LayoutOptions, Theme, Axis, RectMark, LaneLayout, ArrowLayout, BandLayout, TickLayout, LegendItem, EndMarkLayout, Palette } from './layout';
export { renderTimeline } from './render';
export type { RenderOptions } from './render';
export { STRINGS, formatSeconds, formatTick } from './i18n';
export type { Locale } from './i18n';
