/**
 * Publication SVG export: simulate a program, lay the swimlane timeline out and draw it with
 * the same renderer as the web app (so what you see is what you export), then compact the
 * result into a standalone, deterministic SVG document (see minify.ts).
 *
 * Node only: drawing goes through linkedom.
 */
import { parseHTML } from 'linkedom';
import { scaleLinear } from 'd3-scale';
import { simulate } from '../run';
import type { Diagnostic } from '../ir/types';
import {
  buildTimeline,
  FONT_FAMILY,
  renderTimeline,
  formatSeconds,
  type Locale,
  type TimelineModel,
  type TimelineLayout,
} from '../timeline';
import { compact, fromDom, toDocument, round1, type MiniElement, type XNode } from './minify';
import {
  layoutFor,
  finishRoot,
  svgOfLayoutIn,
  checkOptions,
  pickLanes,
  DEFAULT_WIDTH,
  ExportError,
  type ExportOptions,
  type ExportResult,
} from './core';

export { DEFAULT_WIDTH, ExportError };
export type { ExportOptions, ExportResult };

/** Simulation + timeline model of a program, or its diagnostics. */
function modelOf(source: string, fileName = 'main.py'): { model: TimelineModel } | { diagnostics: Diagnostic[] } {
  const r = simulate(source, {}, fileName);
  if (r.diagnostics.length) return { diagnostics: r.diagnostics };
  return { model: buildTimeline(r, { source }) };
}

/** Draw a layout with the app's renderer and return our own tree of it (compare mode composes trees). */
function draw(layout: TimelineLayout, cursorStep?: number): XNode {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg') as unknown as SVGSVGElement;
  document.body.appendChild(svg as unknown as Node);
  renderTimeline(document as unknown as Document, svg, layout, cursorStep !== undefined ? { cursorStep } : {});
  return fromDom(svg as unknown as MiniElement) as XNode;
}

function svgOfLayout(layout: TimelineLayout, opts: { cursorStep?: number; tooltips?: boolean } = {}): string {
  const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
  return svgOfLayoutIn(document as unknown as Document, layout, opts, true);
}

/** Standalone SVG of a program's timeline, or the diagnostics that stopped it from running. */
export function exportSvg(source: string, opts: ExportOptions = {}, fileName = 'main.py'): ExportResult {
  const m = modelOf(source, fileName);
  if ('diagnostics' in m) return m;
  const layout = layoutFor(m.model, opts);
  return {
    svg: svgOfLayout(layout, { cursorStep: opts.upToStep, tooltips: opts.tooltips }),
    width: layout.width,
    height: layout.height,
    programError: m.model.error,
  };
}

/** One SVG per step (frame k shows steps 1..k+1 with the cursor on the last). */
export function exportFrames(
  source: string,
  opts: ExportOptions = {},
  fileName = 'main.py',
): { frames: string[]; width: number; height: number } | { diagnostics: Diagnostic[] } {
  const m = modelOf(source, fileName);
  if ('diagnostics' in m) return m;
  const frames: string[] = [];
  let width = 0;
  let height = 0;
  // Frames share the height of the complete chart so they line up in a video or a slide deck.
  const full = layoutFor(m.model, { ...opts, upToStep: undefined });
  for (let k = 0; k < m.model.stepCount; k++) {
    const layout = layoutFor(m.model, { ...opts, upToStep: k });
    const root = draw(layout, k);
    compact(root, { tooltips: opts.tooltips });
    finishRoot(root, layout.title ?? layout.ariaLabel, layout.description);
    if (layout.height < full.height) growTo(root, layout, full.height);
    frames.push(toDocument(root));
    width = layout.width;
    height = Math.max(layout.height, full.height);
  }
  return { frames, width, height };
}

/** Make a drawing taller (background included) so every frame has the same size. */
function growTo(root: XNode, layout: TimelineLayout, height: number): void {
  root.attrs.set('height', String(height));
  root.attrs.set('viewBox', `0 0 ${layout.width} ${height}`);
  for (const c of root.children) {
    if (typeof c === 'string' || c.tag !== 'rect') continue;
    if (c.attrs.get('height') === round1(layout.height) && c.attrs.get('width') === round1(layout.width)) {
      c.attrs.set('height', String(height));
      break;
    }
  }
}

// ---- side-by-side comparison ----

/**
 * A panel drawn narrower and shifted right by dx (so its plot lines up with the other panel):
 * bring its heading and lane labels back to the figure's left edge, and let full-width rows
 * (background, stripes) start at the edge again.
 */
function alignLeft(n: XNode, L: TimelineLayout, dx: number): void {
  for (const c of n.children) {
    if (typeof c === 'string' || c.tag === 'defs') continue;
    const legendY = L.axisY + 40;
    if (c.tag === 'text') {
      const x = Number(c.attrs.get('x'));
      const y = Number(c.attrs.get('y'));
      if ((x < L.plot.x - 4 && y < L.axisY) || y > legendY) c.attrs.set('x', round1(x - dx));
    } else if (c.tag === 'rect' && Number(c.attrs.get('y')) > legendY) {
      c.attrs.set('x', round1(Number(c.attrs.get('x')) - dx));
    } else if (c.tag === 'path' && Number(/^M[-\d.]+,([-\d.]+)/.exec(c.attrs.get('d') ?? '')?.[1]) > legendY) {
      c.attrs.set('transform', `translate(${round1(-dx)})`);
    } else if (c.tag === 'rect' && !c.attrs.has('x') && c.attrs.get('width') === round1(L.width)) {
      c.attrs.set('x', round1(-dx));
      c.attrs.set('width', round1(L.width + dx));
    }
    alignLeft(c, L, dx);
  }
}

export interface CompareInput {
  source: string;
  /** Shown in the panel heading (usually the file name). */
  name: string;
}

export type CompareResult =
  { svg: string; width: number; height: number } | { diagnostics: Diagnostic[]; which: 0 | 1 };

const speedText = (locale: Locale, a: number, b: number): string => {
  if (!(a > 0) || !(b > 0)) return '';
  const r = a / b;
  if (Math.abs(r - 1) < 0.005) return locale === 'ko' ? '같은 시간' : 'same time';
  const x = (v: number): string => (v >= 10 ? v.toFixed(0) : v.toFixed(2).replace(/0$/, ''));
  if (r > 1) return locale === 'ko' ? `${x(r)}배 빠름` : `${x(r)}× faster`;
  return locale === 'ko' ? `${x(1 / r)}배 느림` : `${x(1 / r)}× slower`;
};

/**
 * Two programs stacked on one time axis: both panels share the x scale (same plot left edge,
 * same width, same domain). The lower panel's heading gives its speed-up over the upper one.
 */
export function exportCompareSvg(a: CompareInput, b: CompareInput, opts: ExportOptions = {}): CompareResult {
  checkOptions(opts);
  const ma = modelOf(a.source, a.name);
  if ('diagnostics' in ma) return { diagnostics: ma.diagnostics, which: 0 };
  const mb = modelOf(b.source, b.name);
  if ('diagnostics' in mb) return { diagnostics: mb.diagnostics, which: 1 };
  if (opts.axis === 'step') throw new ExportError('--compare draws both programs on one time axis (use --axis time)');
  if (opts.upToStep !== undefined) throw new ExportError('--compare draws whole runs (no --step)');
  const locale = opts.locale ?? 'en';
  const width = opts.width ?? DEFAULT_WIDTH;
  const models = [ma.model, mb.model];
  const names = [a.name, b.name];
  // Lane filters apply to whichever program has the lanes.
  const lanesFor = (m: TimelineModel): string[] | undefined => {
    if (!opts.lanes) return undefined;
    const have = new Set(m.lanes.map((l) => l.name));
    const keep = opts.lanes.filter((n) => have.has(n));
    return keep.length ? keep : undefined;
  };
  if (opts.lanes && models.every((m) => lanesFor(m) === undefined)) pickLanes(ma.model, opts.lanes);
  // One domain for both: the user's range, or [0, longer run] made nice.
  let range = opts.range;
  if (!range) {
    const end = Math.max(ma.model.end, mb.model.end, 1e-6);
    const d = scaleLinear()
      .domain([0, end])
      .nice(Math.max(2, Math.floor((width - 220) / 90)))
      .domain();
    range = [0, d[1]];
  }
  const heading = (i: number): string => {
    const t = formatSeconds(models[i].end);
    const s = i === 1 ? speedText(locale, models[0].end, models[1].end) : '';
    return `${names[i]} — ${t}${s ? ` (${s})` : ''}`;
  };
  const panelOpts = (i: number): ExportOptions => ({
    ...opts,
    lanes: lanesFor(models[i]),
    axis: 'time',
    range: undefined,
  });
  // First pass: where does each panel's plot start? Then widen the narrower-label panel so both
  // plots start and end at the same x.
  const first = [0, 1].map((i) => layoutFor(models[i], panelOpts(i), { width, title: heading(i), range }));
  const left = Math.max(first[0].plot.x, first[1].plot.x);
  const layouts = [0, 1].map((i) => {
    const dx = left - first[i].plot.x;
    if (dx === 0) return first[i];
    let L = layoutFor(models[i], panelOpts(i), { width: width - dx, title: heading(i), range });
    // The label column may be capped by the width: one more try settles it.
    const again = left - L.plot.x;
    if (again !== dx) L = layoutFor(models[i], panelOpts(i), { width: width - again, title: heading(i), range });
    return L;
  });
  const offsets = layouts.map((L) => left - L.plot.x);
  const gap = 8;
  const height = layouts[0].height + gap + layouts[1].height;
  const theme = opts.theme ?? 'light';
  const bg = layouts[0].palette.background;

  const root: XNode = {
    tag: 'svg',
    attrs: new Map([
      ['xmlns', 'http://www.w3.org/2000/svg'],
      ['width', String(width)],
      ['height', String(height)],
      ['viewBox', `0 0 ${width} ${height}`],
      ['role', 'img'],
      ['font-family', FONT_FAMILY],
      ['text-rendering', 'geometricPrecision'],
    ]),
    children: [],
  };
  const title =
    opts.title ??
    (locale === 'ko' ? `비교: ${heading(0)} / ${heading(1)}` : `Comparison: ${heading(0)} vs ${heading(1)}`);
  root.attrs.set('aria-label', title);
  root.children.push({ tag: 'title', attrs: new Map(), children: [title] });
  root.children.push({
    tag: 'desc',
    attrs: new Map(),
    children: [`${heading(0)}. ${layouts[0].description} ${heading(1)}. ${layouts[1].description}`],
  });
  root.children.push({
    tag: 'rect',
    attrs: new Map([
      ['width', String(width)],
      ['height', String(height)],
      ['fill', bg],
    ]),
    children: [],
  });
  let y = 0;
  layouts.forEach((L, i) => {
    const panel = draw(L);
    compact(panel, { tooltips: opts.tooltips });
    const g: XNode = { tag: 'g', attrs: new Map(), children: [] };
    const dx = offsets[i];
    if (dx || y) g.attrs.set('transform', `translate(${round1(dx)}${y ? ` ${round1(y)}` : ''})`);
    // Panel root attributes that matter for drawing: keep the presentation ones.
    const structural = new Set(['xmlns', 'width', 'height', 'viewBox', 'role', 'aria-label']);
    for (const [k, v] of panel.attrs) if (!structural.has(k) && v !== root.attrs.get(k)) g.attrs.set(k, v);
    if (dx) alignLeft(panel, L, dx);
    for (const c of panel.children) {
      if (typeof c === 'string' || c.tag === 'title' || c.tag === 'desc') continue;
      g.children.push(c);
    }
    root.children.push(g);
    y += L.height + gap;
  });
  // A thin rule between the panels.
  const ruleY = layouts[0].height + gap / 2;
  root.children.push({
    tag: 'line',
    attrs: new Map([
      ['x1', '16'],
      ['x2', String(width - 16)],
      ['y1', round1(ruleY)],
      ['y2', round1(ruleY)],
      ['stroke', layouts[0].palette.grid],
    ]),
    children: [],
  });
  void theme;
  return { svg: toDocument(root), width, height };
}
