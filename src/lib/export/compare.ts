/**
 * Two or three programs' timelines stacked on one time axis, as one standalone SVG: the
 * composition shared by the CLI's `svg --compare` (export/svg.ts) and the app's compare export
 * (browser-safe).
 */
import { scaleLinear } from 'd3-scale';
import { FONT_FAMILY, formatSeconds, type Locale, type TimelineModel, type TimelineLayout } from '../timeline';
import { compact, toDocument, round1, type XNode } from './minify';
import { layoutFor, checkOptions, pickLanes, DEFAULT_WIDTH, ExportError, type ExportOptions } from './core';

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

/** B's (or C's) time against A's; `than` names A (a three-way comparison has two to tell apart). */
const speedText = (locale: Locale, a: number, b: number, than: boolean): string => {
  if (!(a > 0) || !(b > 0)) return '';
  const r = a / b;
  const ko = locale === 'ko';
  if (Math.abs(r - 1) < 0.005) return than ? (ko ? 'A와 같은 시간' : 'same time as A') : ko ? '같은 시간' : 'same time';
  const x = (v: number): string => (v >= 10 ? v.toFixed(0) : v.toFixed(2).replace(/0$/, ''));
  const pre = than && ko ? 'A보다 ' : '';
  const post = than && !ko ? ' than A' : '';
  if (r > 1) return ko ? `${pre}${x(r)}배 빠름` : `${x(r)}× faster${post}`;
  return ko ? `${pre}${x(1 / r)}배 느림` : `${x(1 / r)}× slower${post}`;
};

/** One program's panel in a comparison. */
export interface ComparePanel {
  model: TimelineModel;
  name: string;
}

/**
 * Two or three programs stacked on one time axis: all panels share the x scale (same plot left
 * edge, same width, same domain). Each lower panel's heading gives its speed-up over the first
 * ("than A" when there are three). `draw` renders one panel's layout into a tree (linkedom on the
 * CLI, the page in the app).
 */
export function composeCompareSvg(
  panels: ComparePanel[],
  opts: ExportOptions,
  draw: (layout: TimelineLayout) => XNode,
): { svg: string; width: number; height: number } {
  if (panels.length < 2 || panels.length > 3) throw new Error('compare draws two or three programs');
  checkOptions(opts);
  if (opts.axis === 'step') throw new ExportError('--compare draws both programs on one time axis (use --axis time)');
  if (opts.upToStep !== undefined) throw new ExportError('--compare draws whole runs (no --step)');
  const locale = opts.locale ?? 'en';
  const width = opts.width ?? DEFAULT_WIDTH;
  const models = panels.map((p) => p.model);
  const names = panels.map((p) => p.name);
  const all = models.map((_, i) => i);
  // Lane filters apply to whichever program has the lanes.
  const lanesFor = (m: TimelineModel): string[] | undefined => {
    if (!opts.lanes) return undefined;
    const have = new Set(m.lanes.map((l) => l.name));
    const keep = opts.lanes.filter((n) => have.has(n));
    return keep.length ? keep : undefined;
  };
  if (opts.lanes && models.every((m) => lanesFor(m) === undefined)) pickLanes(models[0], opts.lanes);
  // One domain for both: the user's range, or [0, longer run] made nice.
  let range = opts.range;
  if (!range) {
    const end = Math.max(...models.map((m) => m.end), 1e-6);
    const d = scaleLinear()
      .domain([0, end])
      .nice(Math.max(2, Math.floor((width - 220) / 90)))
      .domain();
    range = [0, d[1]];
  }
  const heading = (i: number): string => {
    const t = formatSeconds(models[i].end);
    // With three panels, say which one the speed-up is over.
    const s = i > 0 ? speedText(locale, models[0].end, models[i].end, models.length > 2) : '';
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
  const first = all.map((i) => layoutFor(models[i], panelOpts(i), { width, title: heading(i), range }));
  const left = Math.max(...first.map((L) => L.plot.x));
  const layouts = all.map((i) => {
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
  const height = layouts.reduce((h, L) => h + L.height, 0) + gap * (layouts.length - 1);
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
  const headings = all.map(heading);
  const title =
    opts.title ?? (locale === 'ko' ? `비교: ${headings.join(' / ')}` : `Comparison: ${headings.join(' vs ')}`);
  root.attrs.set('aria-label', title);
  root.children.push({ tag: 'title', attrs: new Map(), children: [title] });
  root.children.push({
    tag: 'desc',
    attrs: new Map(),
    children: [all.map((i) => `${headings[i]}. ${layouts[i].description}`).join(' ')],
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
  // A thin rule between each two panels.
  let ruleY = -gap / 2;
  for (const L of layouts.slice(0, -1)) {
    ruleY += L.height + gap;
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
  }
  void theme;
  return { svg: toDocument(root), width, height };
}
