/**
 * Publication SVG export: simulate a program, lay the swimlane timeline out and draw it with
 * the same renderer as the web app (so what you see is what you export), then compact the
 * result into a standalone, deterministic SVG document (see minify.ts).
 *
 * Node only: drawing goes through linkedom.
 */
import { parseHTML } from 'linkedom';
import { simulate } from '../run';
import type { PythonVersion } from '../ir/python-version';
import type { Diagnostic } from '../ir/types';
import { buildTimeline, renderTimeline, type TimelineModel, type TimelineLayout } from '../timeline';
import { compact, fromDom, toDocument, round1, type MiniElement, type XNode } from './minify';
import { composeCompareSvg, type ComparePanel } from './compare';
import {
  layoutFor,
  finishRoot,
  svgOfLayoutIn,
  checkOptions,
  DEFAULT_WIDTH,
  ExportError,
  type ExportOptions,
  type ExportResult,
} from './core';

export { DEFAULT_WIDTH, ExportError };
export type { ExportOptions, ExportResult };

/** Simulation + timeline model of a program, or its diagnostics. */
function modelOf(
  source: string,
  fileName = 'main.py',
  python?: PythonVersion,
): { model: TimelineModel } | { diagnostics: Diagnostic[] } {
  const r = simulate(source, python ? { python } : {}, fileName);
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
  const m = modelOf(source, fileName, opts.python);
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
  const m = modelOf(source, fileName, opts.python);
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

export interface CompareInput {
  source: string;
  /** Shown in the panel heading (usually the file name). */
  name: string;
}

export type CompareResult =
  { svg: string; width: number; height: number } | { diagnostics: Diagnostic[]; which: number };

/**
 * Two programs (three with `c`) stacked on one time axis (see compare.ts), or the diagnostics of
 * the first that did not run (`which`: 0 for a, 1 for b, 2 for c).
 */
export function exportCompareSvg(
  a: CompareInput,
  b: CompareInput,
  opts: ExportOptions = {},
  c?: CompareInput,
): CompareResult {
  checkOptions(opts);
  const inputs = c ? [a, b, c] : [a, b];
  const panels: ComparePanel[] = [];
  for (const [which, p] of inputs.entries()) {
    const m = modelOf(p.source, p.name, opts.python);
    if ('diagnostics' in m) return { diagnostics: m.diagnostics, which };
    panels.push({ model: m.model, name: p.name });
  }
  return composeCompareSvg(panels, opts, (L) => draw(L));
}
