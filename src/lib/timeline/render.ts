/**
 * Draws a timeline layout into an SVG element with d3-selection. This is the one DOM seam: the
 * document is only reached through the given doc and svg (no window/document globals), and each
 * mark's renderer appends to a selection under that svg, so this runs in the browser and headless
 * (see node.ts). Output is deterministic: ids come from the layout.
 */
import { select } from 'd3-selection';
import type { TimelineLayout } from './layout';
import { attrs, type Sel } from './selection';
import { renderDefs } from './marks/defs';
import { renderHeading } from './marks/heading';
import { renderLanes, renderStripes } from './marks/lanes';
import { renderAxis, renderGrid } from './marks/axis';
import { renderBands } from './marks/bands';
import { renderArrows } from './marks/arrows';
import { renderLegend } from './marks/legend';
import { renderCursor } from './marks/cursor';
import { renderRuns } from './marks/runs';
import { renderWarnings } from './marks/warnings';
import { renderDoctor } from './marks/doctor';

export interface RenderOptions {
  /** Draw the step cursor at this step index. */
  cursorStep?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function renderTimeline(
  doc: Document,
  svg: SVGSVGElement,
  layout: TimelineLayout,
  opts: RenderOptions = {},
): SVGSVGElement {
  const L = layout;
  const root = select(svg) as unknown as Sel;
  root.selectAll('*').remove();
  // Keep classes the host page put on the element (e.g. a component's scoped styles); drop the
  // ones a previous render set.
  const hostClasses = (svg.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c && c !== 'loopline-timeline' && c !== svg.getAttribute('data-layout-id'));
  attrs(root, {
    xmlns: SVG_NS,
    width: L.width,
    height: L.height,
    viewBox: `0 0 ${L.width} ${L.height}`,
    role: 'img',
    'aria-label': L.ariaLabel,
    class: [...hostClasses, 'loopline-timeline', L.id].join(' '),
    'data-axis': L.axis,
    'data-layout-id': L.id,
    'data-theme': L.theme,
    'font-family': L.fontFamily,
    'text-rendering': 'geometricPrecision',
  });
  root.append('svg:title').text(L.title ?? L.ariaLabel);
  root.append('svg:desc').text(L.description);
  const style = root.append('svg:style');
  (style.node() as Element).appendChild(doc.createTextNode(L.style));

  // Marks in paint order: what comes later draws on top.
  renderDefs(root, L.patterns, L.markers);
  attrs(root.append('svg:rect') as unknown as Sel, {
    class: 'background',
    x: 0,
    y: 0,
    width: L.width,
    height: L.height,
    fill: L.palette.background,
  });
  renderHeading(root, L.title, L.titleY, L.subtitle, L.subtitleY, L.palette);
  renderStripes(root, L.lanes, L.width, L.palette);
  renderGrid(root, L.ticks, L.plot.y, L.axisY, L.palette);
  renderBands(root, L.bands, L.palette);
  renderLanes(root, L.lanes, L.labelFontSize, L.palette, opts.cursorStep);
  renderArrows(root, L.arrows);
  renderRuns(root, L.runs, L.palette);
  renderAxis(root, L.ticks, L.axisLabel, L.plot, L.axisY, L.palette);
  renderLegend(root, L.legend, L.palette);
  renderWarnings(root, L.warnings);
  renderDoctor(root, L.doctor);
  renderCursor(root, L, opts.cursorStep);
  return svg;
}
