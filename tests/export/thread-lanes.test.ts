/**
 * SVG export of a program with threads: the thread lanes (a Threads header, MainThread as the
 * event loop's thread, a lane per worker) are drawn after the task lanes, also in a comparison;
 * a program without threads has none (the goldens of svg.test.ts keep those byte for byte).
 */
import { describe, it, expect } from 'vitest';
import { exportCompareSvg } from '../../src/lib/export';
import { labels, scenario, svgOf } from './lane-labels';

describe('thread lanes in the SVG export', () => {
  it('follow the task lanes, with their bars', () => {
    const svg = svgOf(scenario('19_threads_same_work'));
    expect(labels(svg)).toEqual([
      'Task-1 · main',
      'Task-2 · to_thread',
      'Task-3 · to_thread',
      'Task-4 · to_thread',
      'Threads',
      'MainThread (event loop)',
      'asyncio_0',
      'asyncio_1',
      'asyncio_2',
    ]);
    // The loop waits in select() while each worker sleeps in time.sleep(1).
    expect(svg).toContain('>select()</text>');
    expect(svg.match(/>sleep 1 s<\/text>/g)).toHaveLength(3);
    expect(svg).toContain('asyncio_0: a thread started at 0.0 s, ended at 1.0 s.');
    expect(svg).toMatch(/^<\?xml[^]*aria-label="Timeline of 4 asyncio tasks/);
  });

  it('in Korean, and in a comparison with the same work done by asyncio', () => {
    expect(labels(svgOf(scenario('19_threads_same_work'), { locale: 'ko' }))).toContain('MainThread (이벤트 루프)');
    const r = exportCompareSvg(
      { source: scenario('19_threads_same_work'), name: 'threads.py' },
      { source: scenario('20_asyncio_same_work'), name: 'asyncio.py' },
      {},
    );
    if (!('svg' in r)) throw new Error('diagnostics');
    const l = labels(r.svg);
    expect(l.filter((x) => x === 'MainThread (event loop)')).toHaveLength(1);
    expect(l.filter((x) => x === 'Task-1 · main')).toHaveLength(2);
  });

  it("say a pool worker waiting for its next job is idle, not blocked on the queue's lock", () => {
    const POOL = `import asyncio, time
from concurrent.futures import ThreadPoolExecutor
def work(n):
    time.sleep(0.5)
async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        await loop.run_in_executor(pool, work, 1)
        await asyncio.sleep(1)
        await loop.run_in_executor(pool, work, 2)
asyncio.run(main())
`;
    const svg = svgOf(POOL, { tooltips: true });
    expect(svg).toContain('>idle: waiting for work</text>');
    expect(svg).toContain(
      "ThreadPoolExecutor-0_0 is idle from 0.5 s to 1.5 s: it waits for work on its ThreadPoolExecutor's job queue",
    );
    expect(svg).not.toMatch(/Lock/);
    expect(svgOf(POOL, { locale: 'ko' })).toContain('>유휴: 일 기다림</text>');
  });

  it('are absent without threads', () => {
    const svg = svgOf(scenario('20_asyncio_same_work'));
    expect(labels(svg)).not.toContain('Threads');
    expect(svg).not.toContain('MainThread');
  });
});
