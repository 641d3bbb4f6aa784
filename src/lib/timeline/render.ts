/**
 * Draws a timeline layout into an SVG element with d3-selection. The DOM is only reached
 * through the given document and svg (no window/document globals), so this runs in the
 * browser and headless (see node.ts). Output is deterministic: ids come from the layout.
 */
import { select, type Selection } from 'd3-selection';
import { textWidth, type PatternDef, type TimelineLayout } from './layout';

export interface RenderOptions {
  /** Draw the step cursor at this step index. */
  cursorStep?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

type Any = Selection<any, unknown, null, undefined>; // eslint-disable-line @typescript-eslint/no-explicit-any

function attrs(sel: Any, a: Record<string, string | number | null | undefined>): Any {
  for (const [k, v] of Object.entries(a)) if (v !== null && v !== undefined) sel.attr(k, typeof v === 'number' ? String(v) : v);
  return sel;
}

function tip(sel: Any, text: string): void {
  sel.append('svg:title').text(text);
}

function drawPattern(defs: Any, p: PatternDef): void {
  const s = p.size;
  const pat = attrs(defs.append('svg:pattern'), {
    id: p.id,
    patternUnits: 'userSpaceOnUse',
    width: s,
    height: s,
    patternTransform: p.kind === 'hatch' || p.kind === 'cross' ? 'rotate(45)' : p.kind === 'dense' ? 'rotate(-45)' : null,
  });
  attrs(pat.append('svg:rect'), { width: s, height: s, fill: p.bg });
  switch (p.kind) {
    case 'hatch':
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: 0, y2: s, stroke: p.fg, 'stroke-width': 2.2 });
      break;
    case 'cross':
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: 0, y2: s, stroke: p.fg, 'stroke-width': 1.4 });
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: s, y2: 0, stroke: p.fg, 'stroke-width': 1.4 });
      break;
    case 'dense':
      attrs(pat.append('svg:line'), { x1: 0, y1: 0, x2: 0, y2: s, stroke: p.fg, 'stroke-width': 2 });
      break;
    case 'dots':
      attrs(pat.append('svg:circle'), { cx: s / 2, cy: s / 2, r: 1, fill: p.fg });
      break;
  }
}

export function renderTimeline(doc: Document, svg: SVGSVGElement, layout: TimelineLayout, opts: RenderOptions = {}): SVGSVGElement {
  const L = layout;
  const root = select(svg);
  root.selectAll('*').remove();
  // Keep classes the host page put on the element (e.g. a component's scoped styles); drop the
  // ones a previous render set.
  const hostClasses = (svg.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => c && c !== 'loopline-timeline' && c !== svg.getAttribute('data-layout-id'));
  attrs(root as unknown as Any, {
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

  // Definitions: patterns and arrowheads.
  const defs = root.append('svg:defs') as unknown as Any;
  for (const p of L.patterns) drawPattern(defs, p);
  for (const m of L.markers) {
    const mk = attrs(defs.append('svg:marker'), {
      id: m.id,
      viewBox: '0 0 10 10',
      refX: 9,
      refY: 5,
      markerWidth: 6,
      markerHeight: 6,
      orient: 'auto-start-reverse',
      markerUnits: 'strokeWidth',
    });
    attrs(mk.append('svg:path'), { d: 'M0,1L10,5L0,9Z', fill: m.color });
  }

  attrs(root.append('svg:rect') as unknown as Any, { class: 'background', x: 0, y: 0, width: L.width, height: L.height, fill: L.palette.background });

  // Title and summary.
  const head = root.append('svg:g').attr('class', 'heading');
  if (L.title) {
    attrs(head.append('svg:text') as unknown as Any, { class: 'title', x: 16, y: L.titleY, 'font-size': 15, 'font-weight': 600, fill: L.palette.text }).text(L.title);
  }
  attrs(head.append('svg:text') as unknown as Any, { class: 'subtitle', x: 16, y: L.subtitleY, 'font-size': 11.5, fill: L.palette.muted }).text(L.subtitle);

  const { x: px, y: py, width: pw, height: ph } = L.plot;

  // Row stripes.
  const rows = root.append('svg:g').attr('class', 'rows') as unknown as Any;
  for (const lane of L.lanes) {
    if (!lane.stripe) continue;
    attrs(rows.append('svg:rect') as unknown as Any, { x: 0, y: lane.y, width: L.width, height: lane.height, fill: L.palette.stripe });
  }

  // Grid.
  const grid = root.append('svg:g').attr('class', 'grid') as unknown as Any;
  for (const t of L.ticks) {
    attrs(grid.append('svg:line') as unknown as Any, { x1: t.x, x2: t.x, y1: py, y2: L.axisY, stroke: L.palette.grid, 'stroke-width': 1 });
  }

  // Bands: idle slots and frozen loop.
  const bands = root.append('svg:g').attr('class', 'bands') as unknown as Any;
  for (const b of L.bands) {
    const g = bands.append('svg:g').attr('class', `band band-${b.kind}`) as unknown as Any;
    attrs(g.append('svg:rect'), { x: b.x, y: b.y, width: b.w, height: b.h, fill: b.fill, 'fill-opacity': b.opacity });
    if (b.kind === 'frozen') {
      attrs(g.append('svg:line'), { x1: b.x, x2: b.x, y1: b.y - 2, y2: b.y + b.h, stroke: L.palette.state.frozen.fg, 'stroke-width': 1, 'stroke-dasharray': '4 3' });
      attrs(g.append('svg:line'), { x1: b.x + b.w, x2: b.x + b.w, y1: b.y - 2, y2: b.y + b.h, stroke: L.palette.state.frozen.fg, 'stroke-width': 1, 'stroke-dasharray': '4 3' });
    }
    if (b.label) {
      attrs(g.append('svg:text'), {
        class: 'band-label',
        x: b.labelX,
        y: b.labelY,
        'font-size': b.kind === 'idle' ? 10 : 11,
        'text-anchor': b.kind === 'idle' ? 'middle' : 'start',
        fill: b.kind === 'frozen' ? L.palette.state.frozen.fg : L.palette.muted,
      }).text(b.label);
    }
    tip(g, b.tooltip);
  }

  // Lanes.
  const lanesG = root.append('svg:g').attr('class', 'lanes') as unknown as Any;
  for (const lane of L.lanes) {
    const g = attrs(lanesG.append('svg:g') as unknown as Any, {
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
      'font-size': L.labelFontSize,
      fill: L.palette.text,
    }).text(lane.label);
    tip(g.select('text.lane-label') as unknown as Any, lane.ariaLabel);
    for (const r of lane.rects) {
      const rect = attrs(g.append('svg:rect'), {
        class: `seg seg-${r.state}`,
        x: r.x,
        y: r.y,
        width: r.w,
        height: r.h,
        rx: r.rx,
        fill: r.fill,
        stroke: r.strokeWidth > 0 ? r.stroke : null,
        'stroke-width': r.strokeWidth > 0 ? r.strokeWidth : null,
        'stroke-dasharray': r.dash,
        'data-state': r.state,
        'data-step': r.step,
      });
      if (opts.cursorStep !== undefined && r.step === opts.cursorStep) {
        attrs(rect, { stroke: L.palette.cursor, 'stroke-width': 2, class: `seg seg-${r.state} current` });
      }
      tip(rect, r.tooltip);
    }
    for (const r of lane.rects) {
      if (!r.label) continue;
      attrs(g.append('svg:text'), {
        class: 'seg-label',
        x: r.labelX,
        y: r.labelY,
        dy: '0.35em',
        'font-size': Math.min(10.5, L.labelFontSize - 0.5),
        fill: L.palette.text,
        stroke: L.palette.background,
        'stroke-width': 3,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
        'pointer-events': 'none',
        'aria-hidden': 'true',
      }).text(r.label);
    }
    for (const m of lane.marks) {
      const p = attrs(g.append('svg:path'), {
        class: `end end-${m.kind}`,
        d: m.d,
        fill: m.fill,
        stroke: m.stroke,
        'stroke-width': m.strokeWidth,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        'data-state': m.kind,
      });
      tip(p, m.tooltip);
    }
  }

  // Arrows.
  const arrowsG = root.append('svg:g').attr('class', 'arrows').attr('fill', 'none') as unknown as Any;
  for (const a of L.arrows) {
    const p = attrs(arrowsG.append('svg:path') as unknown as Any, {
      class: `arrow arrow-${a.kind}`,
      d: a.d,
      stroke: a.stroke,
      'stroke-width': a.strokeWidth,
      'stroke-dasharray': a.dash,
      'marker-end': `url(#${a.marker})`,
      'data-from': a.from,
      'data-to': a.to,
      opacity: a.kind === 'fan-in' ? 0.7 : 0.85,
    });
    tip(p, a.tooltip);
  }

  // Axis.
  const axisG = attrs(root.append('svg:g') as unknown as Any, { class: 'axis', 'aria-hidden': 'true' });
  attrs(axisG.append('svg:line'), { x1: px, x2: px + pw, y1: L.axisY, y2: L.axisY, stroke: L.palette.axis, 'stroke-width': 1 });
  for (const t of L.ticks) {
    const g = attrs(axisG.append('svg:g'), { class: 'tick' });
    attrs(g.append('svg:line'), { x1: t.x, x2: t.x, y1: L.axisY, y2: L.axisY + 5, stroke: L.palette.axis, 'stroke-width': 1 });
    attrs(g.append('svg:text'), { x: t.x, y: L.axisY + 18, 'text-anchor': 'middle', 'font-size': 11, fill: L.palette.muted }).text(t.label);
  }
  attrs(axisG.append('svg:text'), {
    class: 'axis-label',
    x: px + pw,
    y: L.axisY + 36,
    'text-anchor': 'end',
    'font-size': 11.5,
    fill: L.palette.muted,
  }).text(L.axisLabel + ' →');

  // Legend.
  if (L.legend.length) {
    const lg = attrs(root.append('svg:g') as unknown as Any, { class: 'legend' });
    for (const it of L.legend) {
      const g = attrs(lg.append('svg:g'), { class: `legend-item legend-${it.kind}`, 'data-key': it.key });
      let textX = it.x;
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
        attrs(g.append('svg:path'), { d: it.d, fill: it.fill, stroke: it.stroke, 'stroke-width': it.strokeWidth, 'stroke-linecap': 'round', 'data-state': it.key });
        textX = it.x + 18;
      } else {
        attrs(g.append('svg:path'), { d: it.d, fill: 'none', stroke: it.stroke, 'stroke-width': it.strokeWidth, 'stroke-dasharray': it.dash, 'marker-end': `url(#${it.marker})` });
        textX = it.x + 32;
      }
      attrs(g.append('svg:text'), { x: textX, y: it.y, dy: '0.35em', 'font-size': 11.5, fill: L.palette.text }).text(it.label);
    }
  }

  // Cursor.
  const k = opts.cursorStep;
  if (k !== undefined && k >= 0 && k < L.cursorX.length && Number.isFinite(L.cursorX[k])) {
    const x = L.cursorX[k];
    const cg = attrs(root.append('svg:g') as unknown as Any, { class: 'cursor', 'data-step': k });
    attrs(cg.append('svg:line'), { x1: x, x2: x, y1: py - 4, y2: L.axisY, stroke: L.palette.cursor, 'stroke-width': 1.5 });
    attrs(cg.append('svg:path'), { d: `M${x - 5},${py - 10}L${x + 5},${py - 10}L${x},${py - 4}Z`, fill: L.palette.cursor });
    // Label in a pill above the plot (covers band labels underneath).
    const label = L.cursorLabel[k];
    const tw = Math.ceil(textWidth(label, 11) + 14);
    const right = x + 8 + tw > L.width - 4;
    const bx = right ? x - 8 - tw : x + 8;
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
  void ph;
  return svg;
}
