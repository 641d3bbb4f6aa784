/**
 * Export from the app: the same pipeline as src/lib/export/svg.ts (exportSvg / the CLI), but
 * drawing into the browser's own DOM instead of linkedom, so nothing Node-only reaches the
 * bundle. Same options, same layout mapping, same renderer, same compaction: for the same
 * program and options the bytes are the same (a browser test checks this).
 *
 * Keep `layoutForApp` and `finishRoot` in step with layoutFor / finishRoot in export/svg.ts.
 */
import type { ExportOptions } from '../export/svg';
import { compact, fromDom, toDocument, type MiniElement, type XNode } from '../export/minify';
import { buildTimeline, type TimelineModel } from '../timeline/model';
import { layoutTimeline, FONT_FAMILY, type TimelineLayout } from '../timeline/layout';
import { renderTimeline } from '../timeline/render';
import type { ConformanceTrace, UiTrace } from '../trace/types';

export type { ExportOptions };

export const DEFAULT_WIDTH = 960;

export function modelFor(run: { trace: ConformanceTrace; ui: UiTrace }, source: string): TimelineModel {
  return buildTimeline(run as Parameters<typeof buildTimeline>[0], { source });
}

export function layoutForApp(model: TimelineModel, opts: ExportOptions): TimelineLayout {
  const axis = opts.axis ?? 'time';
  let rangeStart: number | undefined;
  let rangeEnd: number | undefined;
  if (opts.range) {
    const [a, b] = opts.range;
    if (!Number.isFinite(a) || !Number.isFinite(b) || !(b > a) || a < 0) throw new Error('range must be START:END with 0 <= START < END');
    if (axis === 'step') {
      rangeStart = Math.max(0, a - 1);
      rangeEnd = b;
    } else [rangeStart, rangeEnd] = [a, b];
  }
  const width = opts.width ?? DEFAULT_WIDTH;
  if (!(Number.isFinite(width) && width >= 240 && width <= 20000)) throw new Error('width must be between 240 and 20000 px');
  if (opts.upToStep !== undefined && !(Number.isInteger(opts.upToStep) && opts.upToStep >= 0 && opts.upToStep < model.stepCount)) {
    throw new Error(`step must be between 1 and ${model.stepCount}`);
  }
  const have = new Set(model.lanes.map((l) => l.name));
  const missing = (opts.lanes ?? []).filter((n) => !have.has(n));
  if (missing.length) throw new Error(`no task named ${missing.join(', ')}`);
  return layoutTimeline(model, {
    width,
    axis,
    theme: opts.theme ?? 'light',
    locale: opts.locale ?? 'en',
    lanes: opts.lanes,
    rangeStart,
    rangeEnd,
    upToStep: opts.upToStep,
    title: opts.title,
    legend: opts.legend !== false,
    arrows: opts.arrows !== false,
  });
}

/**
 * A browser element seen the way minify.fromDom expects a linkedom one: linkedom lists
 * attributes newest first (fromDom reverses them), the browser oldest first.
 */
function asMini(n: Node): MiniElement {
  const e = n as Element;
  return {
    nodeType: n.nodeType,
    nodeValue: n.nodeValue,
    localName: e.localName,
    attributes: n.nodeType === 1 ? Array.from(e.attributes).map((a) => ({ name: a.name, value: a.value })).reverse() : [],
    childNodes: Array.from(n.childNodes).map(asMini),
  };
}

function finishRoot(root: XNode, title: string, desc: string): void {
  const a = root.attrs;
  a.set('xmlns', 'http://www.w3.org/2000/svg');
  if (!a.has('font-family')) a.set('font-family', FONT_FAMILY);
  const hasTitle = root.children.some((c) => typeof c !== 'string' && c.tag === 'title');
  const hasDesc = root.children.some((c) => typeof c !== 'string' && c.tag === 'desc');
  const head: XNode[] = [];
  if (!hasTitle) head.push({ tag: 'title', attrs: new Map(), children: [title] });
  if (!hasDesc) head.push({ tag: 'desc', attrs: new Map(), children: [desc] });
  root.children.unshift(...head);
}

/** Standalone SVG document of a laid-out timeline, drawn with the app's renderer. */
export function svgOfLayoutBrowser(doc: Document, layout: TimelineLayout, opts: { cursorStep?: number; tooltips?: boolean } = {}): string {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  renderTimeline(doc, svg, layout, opts.cursorStep !== undefined ? { cursorStep: opts.cursorStep } : {});
  const root = fromDom(asMini(svg)) as XNode;
  compact(root, { tooltips: opts.tooltips });
  finishRoot(root, layout.title ?? layout.ariaLabel, layout.description);
  return toDocument(root);
}

/** exportSvg() for a program the app has already run. */
export function exportSvgInApp(doc: Document, model: TimelineModel, opts: ExportOptions): { svg: string; width: number; height: number } {
  const layout = layoutForApp(model, opts);
  return { svg: svgOfLayoutBrowser(doc, layout, { cursorStep: opts.upToStep, tooltips: opts.tooltips }), width: layout.width, height: layout.height };
}

/** Rasterise an SVG string at `scale` through a canvas. */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((ok, bad) => {
      img.onload = () => ok();
      img.onerror = () => bad(new Error('the browser could not draw the SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, bad) => canvas.toBlob((b) => (b ? ok(b) : bad(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
