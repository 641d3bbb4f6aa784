/**
 * The tutorials' diagram labels in exported SVGs: bars name the awaited call of the program and
 * each asyncio.run is marked on the axis, with the note on the jump in task numbers.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
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

  it('opens every lane into nested bars with --nested', () => {
    const file = join(shared, 's003_sequential_vs_concurrent.py');
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'loopline.js');
    const r = spawnSync(process.execPath, [bin, 'svg', file, '--nested'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    // Task-1 (sequential) awaits fetch three times: one sub-row labelled with the function.
    expect(r.stdout).toContain('>↳ fetch</text>');
    expect(r.stdout).toContain(">fetch('b', 1) · sleep 1 s</text>");
    const plain = svgOf('s003_sequential_vs_concurrent', {});
    expect(plain).not.toContain('↳');
    // Lanes can be picked by name too; concurrent() awaits gather(), no call of the program: nothing to open.
    const one = svgOf('s003_sequential_vs_concurrent', { nested: ['Task-1'] });
    expect(one.match(/>↳ [^<]*<\/text>/g)).toEqual(['>↳ fetch</text>']);
    expect(svgOf('s003_sequential_vs_concurrent', { nested: ['Task-4'] })).not.toContain('↳');
  });
});
