/**
 * A three-way comparison in the SVG export: asyncio, threads and processes doing the same jobs
 * (scenarios 21-23), three panels on one time axis, each heading with its total and its speed-up
 * over A.
 */
import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { exportCompareSvg } from '../../src/lib/export';
import { simulate } from '../../src/lib/run';
import { formatSeconds } from '../../src/lib/timeline';
import { labels, scenario } from './lane-labels';

const TRIO = [
  { source: scenario('21_cpu_asyncio'), name: 'asyncio.py' },
  { source: scenario('22_cpu_threads'), name: 'threads.py' },
  { source: scenario('23_cpu_processes'), name: 'processes.py' },
] as const;

const three = (opts = {}) => {
  const r = exportCompareSvg(TRIO[0], TRIO[1], opts, TRIO[2]);
  if (!('svg' in r)) throw new Error(JSON.stringify(r.diagnostics));
  return r;
};

/** x of the "0 s" tick label in each panel (its x plus the panel's shift). */
function zeroTicks(svg: string): number[] {
  const { document } = parseHTML(`<html><body>${svg.replace(/^<\?xml[^>]*>/, '')}</body></html>`);
  return [...document.querySelectorAll('svg > g')].map((g) => {
    const dx = Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 0);
    const zero = [...g.querySelectorAll('text')].find((t) => t.textContent === '0 s');
    return dx + Number(zero?.getAttribute('x') ?? NaN);
  });
}

describe('three-way compare export', () => {
  const ends = TRIO.map((p) => simulate(p.source).trace.end);

  it('draws three panels, each with its total and its speed-up over A', () => {
    const { svg, height } = three();
    const ratio = (i: number) => {
      const r = ends[0] / ends[i];
      return r >= 10 ? r.toFixed(0) : r.toFixed(2).replace(/0$/, '');
    };
    expect(svg).toContain(`asyncio.py — ${formatSeconds(ends[0])}</text>`);
    expect(svg).toContain(`threads.py — ${formatSeconds(ends[1])} (same time as A)`);
    expect(svg).toContain(`processes.py — ${formatSeconds(ends[2])} (${ratio(2)}× faster than A)`);
    expect(ends[2]).toBeLessThan(ends[0] / 1.5);
    expect(svg).toMatch(
      /<title>Comparison: asyncio\.py — [^<]* vs threads\.py — [^<]* vs processes\.py — [^<]*<\/title>/,
    );
    expect(svg.split('virtual time →').length - 1).toBe(3);
    // Two rules between the three panels.
    expect(svg.match(/<line x1="16"/g)).toHaveLength(2);
    const two = exportCompareSvg(TRIO[0], TRIO[1], {});
    if (!('svg' in two)) throw new Error('diagnostics');
    expect(height).toBeGreaterThan(two.height);
  });

  it('puts every panel on one axis: the same zero and scale', () => {
    const xs = zeroTicks(three().svg);
    expect(xs).toHaveLength(3);
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(new Set(xs).size).toBe(1);
  });

  it('keeps each program’s lanes: tasks, threads and processes', () => {
    const l = labels(three().svg);
    expect(l.filter((x) => x === 'Task-1 · main')).toHaveLength(3);
    // The threads program's, and the processes program's: its ProcessPoolExecutor's manager thread
    // (Thread-1, which hands results back) runs in the parent, as CPython's does.
    expect(l.filter((x) => x === 'Threads')).toHaveLength(2);
    expect(l).toContain('Thread-1');
    expect(l.filter((x) => x === 'Processes')).toHaveLength(1);
    expect(l).toContain('ForkProcess-4');
  });

  it('speaks Korean, and names the program that did not run', () => {
    expect(three({ locale: 'ko' }).svg).toMatch(/processes\.py — [^<]* \(A보다 [\d.]+배 빠름\)/);
    const r = exportCompareSvg(TRIO[0], TRIO[1], {}, { source: 'def f(:\n', name: 'bad.py' });
    expect('diagnostics' in r && r.which).toBe(2);
  });
});
