/** What the export tests of side lanes share: a scenario's text, a program's SVG, the lane labels drawn. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { exportSvg } from '../../src/lib/export';

export const scenario = (id: string) => readFileSync(join(import.meta.dirname, '../../scenarios', `${id}.py`), 'utf8');

export function svgOf(source: string, opts = {}): string {
  const r = exportSvg(source, opts, 'p.py');
  if (!('svg' in r)) throw new Error(JSON.stringify(r.diagnostics));
  return r.svg;
}

/** The texts drawn at the left edge (the lane labels), top to bottom. */
export function labels(svg: string): string[] {
  const { document } = parseHTML(`<html><body>${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
  return [...document.querySelectorAll('text')]
    .filter((t) => Number(t.getAttribute('x')) < 40 && t.getAttribute('dy') === '0.35em')
    .map((t) => t.textContent ?? '');
}
