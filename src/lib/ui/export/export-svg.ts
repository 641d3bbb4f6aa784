/**
 * Export from the app: the same function as the CLI (export/core.ts), drawing into the page's
 * own document, so nothing Node-only reaches the bundle and the bytes equal `loopline svg`'s.
 */
import { layoutFor, svgOfLayoutIn, treeOfLayoutIn, type ExportOptions } from '../../export/core';
import { composeCompareSvg, type ComparePanel } from '../../export/compare';
import { buildTimeline, type TimelineModel } from '../../timeline';
import type { ConformanceTrace, UiTrace } from '../../trace/types';

export type { ExportOptions };

export function modelFor(run: { trace: ConformanceTrace; ui: UiTrace }, source: string): TimelineModel {
  return buildTimeline(run as Parameters<typeof buildTimeline>[0], { source });
}

/** exportSvg() for a program the app has already run. */
export function exportSvgInApp(
  doc: Document,
  model: TimelineModel,
  opts: ExportOptions,
): { svg: string; width: number; height: number } {
  const layout = layoutFor(model, opts);
  return {
    svg: svgOfLayoutIn(doc, layout, { cursorStep: opts.upToStep, tooltips: opts.tooltips }),
    width: layout.width,
    height: layout.height,
  };
}

/** exportCompareSvg() for two or three programs the app has already run: the same drawing as `loopline svg --compare`. */
export function exportCompareInApp(
  doc: Document,
  panels: ComparePanel[],
  opts: ExportOptions,
): { svg: string; width: number; height: number } {
  return composeCompareSvg(panels, opts, (L) => treeOfLayoutIn(doc, L));
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
    return await new Promise<Blob>((ok, bad) =>
      canvas.toBlob((b) => (b ? ok(b) : bad(new Error('PNG encoding failed'))), 'image/png'),
    );
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
