/**
 * The tutorials' diagram labels in exported SVGs: bars name the awaited call of the program and
 * each asyncio.run is marked on the axis, with the note on the jump in task numbers.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSvg } from '../../src/lib/export';

const shared = join(import.meta.dirname, '..', 'conformance', 'shared');
const svgOf = (name: string, opts: Parameters<typeof exportSvg>[1]): string => {
  const r = exportSvg(readFileSync(join(shared, `${name}.py`), 'utf8'), opts, `${name}.py`);
  if (!('svg' in r)) throw new Error(JSON.stringify(r.diagnostics));
  return r.svg;
};

describe('exported labels', () => {
  it('names the awaited calls and marks both asyncio.run calls', () => {
    const svg = svgOf('s003_sequential_vs_concurrent', { theme: 'light', locale: 'en', tooltips: true });
    for (const call of ["fetch('a', 1)", "fetch('b', 1)", "fetch('c', 1)"])
      expect(svg).toContain(`>${call} · sleep 1 s</text>`);
    expect(svg.match(/>asyncio\.run #\d<\/text>/g)).toEqual(['>asyncio.run #1</text>', '>asyncio.run #2</text>']);
    expect(svg).toContain('Task numbers jump: Task-2, Task-3 went to the shutdown of asyncio.run #1');
    // Frames and locals stay out of exported tooltips.
    expect(svg).not.toContain('Frames (outermost first)');
  });

  it('does the same in Korean on the step axis', () => {
    const svg = svgOf('s003_sequential_vs_concurrent', { theme: 'dark', locale: 'ko', axis: 'step' });
    expect(svg).toContain('>asyncio.run #2</text>');
    expect(svg).toContain("fetch('a', 1) · 잠듦 1 s");
  });
});
