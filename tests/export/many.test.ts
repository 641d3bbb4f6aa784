/**
 * Big charts: a generated program with many tasks still exports quickly into a small file.
 */
import { describe, it, expect } from 'vitest';
import { exportSvg, exportPng } from '../../src/lib/export';
import { readIhdr } from './png-decode';

/** n workers with staggered sleeps, gathered by main. */
export function manyTasks(n: number): string {
  return [
    'import asyncio',
    '',
    'async def worker(i):',
    '    await asyncio.sleep((i % 7) * 0.25 + 0.5)',
    '    await asyncio.sleep(0.1 * (i % 3))',
    '    return i',
    '',
    'async def main():',
    `    tasks = [asyncio.create_task(worker(i)) for i in range(${n})]`,
    '    results = await asyncio.gather(*tasks)',
    '    print(sum(results))',
    '',
    'asyncio.run(main())',
    '',
  ].join('\n');
}

describe('50 tasks', () => {
  it('exports every lane in a small file, and a PNG of the full height', () => {
    const r = exportSvg(manyTasks(50), { title: '50 workers' });
    if (!('svg' in r)) throw new Error('diagnostics');
    const labels = r.svg.match(/>Task-\d+ · (main|worker)<\/text>/g) ?? [];
    expect(labels).toHaveLength(51);
    expect(r.svg.length).toBeLessThan(70_000);
    expect(r.height).toBeGreaterThan(51 * 30);
    const png = exportPng(r.svg, 1);
    expect(readIhdr(png)).toMatchObject({ width: r.width, height: r.height });
  });
});
