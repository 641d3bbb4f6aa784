/**
 * The export pipeline's browser-safe core, shared by the CLI (export/svg.ts, drawing into a
 * linkedom document) and the app (drawing into the page's own document): options, the layout
 * they give, and turning the renderer's SVG element into a compact standalone document. One
 * function for both is what keeps "what you see is what you export" true byte for byte.
 */
import type { Diagnostic } from '../ir/types';
import {
  layoutTimeline,
  FONT_FAMILY,
  renderTimeline,
  type TimelineModel,
  type TimelineLayout,
  type Axis,
  type Theme,
  type Locale,
} from '../timeline';
import { compact, fromDom, toDocument, type MiniElement, type XNode } from './minify';
import type { PythonVersion } from '../ir/python-version';

export interface ExportOptions {
  /** The CPython version to simulate (default DEFAULT_PYTHON). */
  python?: PythonVersion;
  theme?: Theme;
  axis?: Axis;
  /** Show only these lanes (task names, e.g. 'Task-1'); model order is kept. */
  lanes?: string[];
  title?: string;
  /** Legend below the chart (default on). */
  legend?: boolean;
  /** Width in px (default 960). */
  width?: number;
  locale?: Locale;
  /** Visible range in axis units: seconds on the time axis, step numbers (1-based) on the step axis. */
  range?: [number, number];
  /** One frame: show what happened up to and including this step (0-based step index), with the step cursor. */
  upToStep?: number;
  /** Draw spawn / wake / fan-in arrows (default on). */
  arrows?: boolean;
  /** Open lanes into nested bars of their await chain: every lane (true) or the named ones. */
  nested?: boolean | string[];
  /** Keep per-mark tooltips (`<title>` on every bar); off by default to keep files small. */
  tooltips?: boolean;
}

export type ExportResult =
  | {
      svg: string;
      width: number;
      height: number;
      /** How the program itself ended badly (uncaught exception, deadlock, limit), else null: still drawn. */
      programError: string | null;
    }
  | { diagnostics: Diagnostic[] };

/** A bad option (unknown lane, empty range...): a usage error, not a program error. */
export class ExportError extends Error {}

export const DEFAULT_WIDTH = 960;
const THEMES: Theme[] = ['light', 'dark', 'print'];
const AXES: Axis[] = ['time', 'step'];
const LOCALES: Locale[] = ['en', 'ko'];

export function checkOptions(opts: ExportOptions): void {
  if (opts.theme !== undefined && !THEMES.includes(opts.theme))
    throw new ExportError(`unknown theme '${opts.theme}' (light, dark or print)`);
  if (opts.axis !== undefined && !AXES.includes(opts.axis))
    throw new ExportError(`unknown axis '${opts.axis}' (time or step)`);
  if (opts.locale !== undefined && !LOCALES.includes(opts.locale))
    throw new ExportError(`unknown locale '${opts.locale}' (en or ko)`);
  if (opts.width !== undefined && !(Number.isFinite(opts.width) && opts.width >= 240 && opts.width <= 20000))
    throw new ExportError(`width must be a number of pixels between 240 and 20000`);
  if (opts.range) {
    const [a, b] = opts.range;
    if (!Number.isFinite(a) || !Number.isFinite(b) || !(b > a) || a < 0)
      throw new ExportError(`range must be START:END with 0 <= START < END`);
  }
}

/** Lane names after the --lanes filter (throws on names the program does not have). */
export function pickLanes(model: TimelineModel, wanted: string[] | undefined): string[] | undefined {
  if (!wanted) return undefined;
  const have = new Set(model.lanes.map((l) => l.name));
  const missing = wanted.filter((n) => !have.has(n));
  if (missing.length) {
    const list = model.lanes.map((l) => l.name);
    const shown = list.length > 12 ? list.slice(0, 12).join(', ') + ', …' : list.join(', ');
    throw new ExportError(`no task named ${missing.map((m) => `'${m}'`).join(', ')} (tasks: ${shown})`);
  }
  return wanted;
}

/** Layout options for a model: range in axis units (step numbers are 1-based for users). */
export function layoutFor(
  model: TimelineModel,
  opts: ExportOptions,
  overrides: { width?: number; title?: string; range?: [number, number] } = {},
): TimelineLayout {
  checkOptions(opts);
  const axis = opts.axis ?? 'time';
  const range = overrides.range ?? opts.range;
  let rangeStart: number | undefined;
  let rangeEnd: number | undefined;
  if (range) {
    if (axis === 'step') {
      // Steps N..M inclusive: step indexes N-1 .. M (exclusive end boundary).
      rangeStart = Math.max(0, range[0] - 1);
      rangeEnd = range[1];
    } else [rangeStart, rangeEnd] = range;
  }
  const upToStep = opts.upToStep;
  if (upToStep !== undefined && !(Number.isInteger(upToStep) && upToStep >= 0 && upToStep < model.stepCount)) {
    throw new ExportError(`step must be between 1 and ${model.stepCount} (the program ran ${model.stepCount} steps)`);
  }
  return layoutTimeline(model, {
    width: overrides.width ?? opts.width ?? DEFAULT_WIDTH,
    axis,
    theme: opts.theme ?? 'light',
    locale: opts.locale ?? 'en',
    lanes: pickLanes(model, opts.lanes),
    rangeStart,
    rangeEnd,
    upToStep,
    title: overrides.title ?? opts.title,
    legend: opts.legend !== false,
    arrows: opts.arrows !== false,
    nested: opts.nested ?? false,
  });
}

/** The renderer's root is complete; make sure of what a standalone file needs anyway. */
export function finishRoot(root: XNode, title: string, desc: string): void {
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

/**
 * Draw a layout with the app's renderer into `doc` and return the standalone SVG document.
 * `newestAttributesFirst`: linkedom lists an element's attributes newest first, browsers oldest
 * first; the compaction needs to know which to get identical bytes.
 */
export function svgOfLayoutIn(
  doc: Document,
  layout: TimelineLayout,
  opts: { cursorStep?: number; tooltips?: boolean } = {},
  newestAttributesFirst = false,
): string {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  doc.body?.appendChild(svg as unknown as Node);
  renderTimeline(doc, svg, layout, opts.cursorStep !== undefined ? { cursorStep: opts.cursorStep } : {});
  const root = fromDom(asMini(svg as unknown as Node, newestAttributesFirst)) as XNode;
  svg.remove();
  compact(root, { tooltips: opts.tooltips });
  finishRoot(root, layout.title ?? layout.ariaLabel, layout.description);
  return toDocument(root);
}

/** A layout drawn with the app's renderer into `doc`, as our own tree (compare composes two of them). */
export function treeOfLayoutIn(doc: Document, layout: TimelineLayout, newestAttributesFirst = false): XNode {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg') as SVGSVGElement;
  doc.body?.appendChild(svg as unknown as Node);
  renderTimeline(doc, svg, layout, {});
  const root = fromDom(asMini(svg as unknown as Node, newestAttributesFirst)) as XNode;
  svg.remove();
  return root;
}

/** A DOM node as minify.fromDom reads it (it expects linkedom's newest-first attribute order). */
function asMini(n: Node, newestFirst: boolean): MiniElement {
  const e = n as Element;
  const attrs = n.nodeType === 1 ? Array.from(e.attributes).map((a) => ({ name: a.name, value: a.value })) : [];
  return {
    nodeType: n.nodeType,
    nodeValue: n.nodeValue,
    localName: e.localName,
    attributes: newestFirst ? attrs : attrs.reverse(),
    childNodes: Array.from(n.childNodes).map((c) => asMini(c, newestFirst)),
  };
}
