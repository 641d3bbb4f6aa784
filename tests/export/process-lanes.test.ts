/**
 * SVG export of a program with processes: the process lanes (a Processes header, MainProcess as
 * the program itself, a lane per child) are drawn after the task and thread lanes, also in a
 * comparison; a program without processes has none.
 */
import { describe, it, expect } from 'vitest';
import { exportCompareSvg } from '../../src/lib/export';
import { labels, scenario, svgOf } from './lane-labels';

const PROCESSES = [
  'Processes',
  'MainProcess (this program)',
  'ForkProcess-1',
  'ForkProcess-2',
  'ForkProcess-3',
  'ForkProcess-4',
];

describe('process lanes in the SVG export', () => {
  it('follow the task lanes, with their bars', () => {
    const svg = svgOf(scenario('23_cpu_processes'));
    const l = labels(svg);
    expect(l.slice(l.indexOf('Processes'))).toEqual(PROCESSES);
    // The executor's manager thread (Thread-1, which hands the results back) runs beside the loop's
    // thread in the program's process, as in CPython.
    expect(l.slice(l.indexOf('Threads'), l.indexOf('Processes'))).toEqual([
      'Threads',
      'MainThread (event loop)',
      'Thread-1',
    ]);
    // Each worker sleeps 0.1 s, then computes for 0.03 s on a core of its own.
    expect(svg.match(/>sleep 0.1 s<\/text>/g)).toHaveLength(4);
    expect(svg).toContain('ForkProcess-1: a process started at 0.0 s, ended at 0.13 s.');
  });

  it('after the thread lanes when a program has both, in Korean too', () => {
    const l = labels(svgOf(scenario('24_three_ways')));
    expect(l.indexOf('Threads')).toBeGreaterThan(0);
    expect(l.indexOf('Processes')).toBeGreaterThan(l.indexOf('ThreadPoolExecutor-0_3'));
    expect(labels(svgOf(scenario('23_cpu_processes'), { locale: 'ko' }))).toContain('MainProcess (이 프로그램)');
  });

  it('in a comparison: threads on one side, processes on the other, one axis', () => {
    const r = exportCompareSvg(
      { source: scenario('22_cpu_threads'), name: 'threads.py' },
      { source: scenario('23_cpu_processes'), name: 'processes.py' },
      {},
    );
    if (!('svg' in r)) throw new Error('diagnostics');
    const l = labels(r.svg);
    // (Both sides have threads: the processes program's executor hands results back on Thread-1.)
    expect(l.filter((x) => x === 'MainThread (event loop)')).toHaveLength(2);
    expect(l.filter((x) => x === 'Processes')).toHaveLength(1);
    expect(l.filter((x) => x === 'Task-1 · main')).toHaveLength(2);
  });

  it('are absent without processes', () => {
    for (const id of ['21_cpu_asyncio', '22_cpu_threads', '20_asyncio_same_work']) {
      const svg = svgOf(scenario(id));
      expect(labels(svg)).not.toContain('Processes');
      expect(svg).not.toContain('MainProcess');
    }
  });
});
