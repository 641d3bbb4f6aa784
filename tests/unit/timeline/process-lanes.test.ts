/**
 * Process lanes (timeline/process-lanes.ts): after the task and thread lanes, a header and a lane
 * per process, MainProcess's labelled as the program itself; running where the process computes
 * on a core (its slices as one bar), ready where it waits for a core, thin where it waits; packed
 * and unpacked as they are; none without a child process.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, type Lane } from '../../../src/lib/timeline/model';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { packTimeline } from '../../../src/lib/timeline/packed-model';
import { unpackTimeline } from '../../../src/lib/timeline/unpack-model';
import { ONE_CORE } from '../trace/one-core';

const scenario = (id: string) => readFileSync(join(import.meta.dirname, '../../../scenarios', `${id}.py`), 'utf8');

function modelOf(source: string) {
  return buildTimeline(simulate(source), { source });
}

const r7 = (t: number) => Math.round(t * 1e7) / 1e7;
/** A lane's segments longer than 1 µs, as `kind on start-end`. */
const bars = (l: { segments: { kind: string; on?: string; start: number; end: number }[] }) =>
  l.segments
    .filter((s) => s.end > s.start + 1e-6)
    .map((s) => `${s.kind}${s.on ? ` ${s.on}` : ''} ${r7(s.start)}-${r7(s.end)}`);

describe('process lanes', () => {
  it('follow the task lanes: a header, MainProcess, then the children', () => {
    const m = modelOf(ONE_CORE);
    expect(m.lanes.map((l) => [l.name, l.thread ?? null])).toEqual([
      ['processes', 'process-header'],
      ['MainProcess', 'main-process'],
      ['Process-1', 'process'],
      ['Process-2', 'process'],
    ]);
    const [, main, p1, p2] = m.lanes;
    expect(bars(main)).toEqual([
      'running 0-0.0002784',
      'blocked-sync Process-1 to end 0.0002784-0.5042789',
      'blocked-sync Process-2 to end 0.5042792-0.5082793',
    ]);
    expect(bars(p1)).toEqual(['sleeping time.sleep(0.5) 0.0002788-0.5002788', 'running 0.5002788-0.5042789']);
    // Process-2's sleep ends while Process-1 computes on the only core: it is ready, waiting for the core.
    expect(bars(p2)).toEqual([
      'sleeping time.sleep(0.5) 0.0002792-0.5002792',
      'ready a core 0.5002792-0.5042792',
      'running 0.5042792-0.5082793',
    ]);
    expect([p1.end, r7(p1.doneTime!), p2.end, r7(p2.doneTime!), main.end]).toEqual([
      'done',
      0.5042789,
      'done',
      0.5082793,
      'done',
    ]);
  });

  it('come after the thread lanes, and show the loop thread computing the tasks and the threads in turn', () => {
    const m = modelOf(scenario('24_three_ways'));
    const names = m.lanes.map((l) => l.name);
    expect(names.slice(names.indexOf('threads'))).toEqual([
      'threads',
      'MainThread',
      'ThreadPoolExecutor-0_0',
      'ThreadPoolExecutor-0_1',
      'ThreadPoolExecutor-0_2',
      'ThreadPoolExecutor-0_3',
      // The ProcessPoolExecutor's manager thread, which hands results back, as CPython's.
      'Thread-1',
      'processes',
      'MainProcess',
      'ForkProcess-1',
      'ForkProcess-2',
      'ForkProcess-3',
      'ForkProcess-4',
    ]);
    const lane = (n: string) => m.lanes.find((l) => l.name === n && l.thread !== 'main')!;
    /** Its computations longer than 1 ms, to the ms. */
    const computing = (n: string) =>
      lane(n)
        .segments.filter((s) => s.kind === 'running' && s.end > s.start + 1e-3)
        .map((s) => `${Math.round(s.start * 1e3) / 1e3}-${Math.round(s.end * 1e3) / 1e3}`);
    // asyncio: 4 × 0.03 s on the loop's thread after the 0.1 s sleeps; threads: the same 0.12 s, one GIL.
    expect(computing('MainProcess')).toEqual(['0.1-0.22', '0.32-0.44']);
    // processes: 0.03 s each, all four at once.
    for (const n of ['ForkProcess-1', 'ForkProcess-2', 'ForkProcess-3', 'ForkProcess-4'])
      expect(computing(n)).toEqual(['0.54-0.57']);
  });

  it('are drawn with their labels and words, in English and Korean', () => {
    const opts = { width: 900, axis: 'time' as const, theme: 'light' as const };
    const L = layoutTimeline(modelOf(ONE_CORE), { ...opts, locale: 'en' });
    expect(L.lanes.map((l) => l.label)).toEqual(['Processes', 'MainProcess (this program)', 'Process-1', 'Process-2']);
    const tips = L.lanes[3].rects.map((r) => r.tooltip);
    expect(tips).toContain('Process-2 is ready but waits for a free core from 0.5 s to 0.504 s');
    expect(tips).toContain('Process-2 computes on a core from 0.504 s to 0.508 s');
    expect(L.lanes[1].rects.map((r) => r.tooltip)).toContain(
      'MainProcess waits for Process-1 to end from 0.0 s to 0.504 s: `p.join()`, line 16',
    );
    const ko = layoutTimeline(modelOf(ONE_CORE), { ...opts, locale: 'ko' });
    expect(ko.lanes.map((l) => l.label).slice(0, 2)).toEqual(['프로세스', 'MainProcess (이 프로그램)']);
  });

  it("name a pool worker's wait for its next job as idle, and the caller's apply()", () => {
    const POOL = `import time, multiprocessing
def work(n):
    time.sleep(0.2 * n)
    return n
if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        print(pool.map(work, [1, 2, 3]))
        time.sleep(1)
        print(pool.apply(work, (1,)))
`;
    const m = modelOf(POOL);
    // (After the Pool's own threads in the parent: _handle_workers, _handle_tasks, _handle_results.)
    const procs = m.lanes.findIndex((l) => l.name === 'processes');
    const [main, w1, w2] = m.lanes.slice(procs + 1);
    // (To the hundredth of a second: each process's few microseconds of computing shift the rest.)
    const waits = (l: Lane) =>
      l.segments
        .filter((s) => s.kind !== 'running' && s.end > s.start + 1e-6)
        .map((s) => `${s.kind} ${s.on} ${s.start.toFixed(2)}-${s.end.toFixed(2)}`);
    expect(w1.name).toBe('ForkPoolWorker-1');
    expect(waits(w1).at(-1)).toBe('waiting idle:Pool 0.80-2.00');
    // (Each worker waits a few microseconds at the start, until the parent's task thread hands it a job.)
    expect(waits(w2)[0]).toMatch(/^waiting idle:Pool 0\.00-0\.00$/);
    expect(waits(w2)[2]).toBe('waiting idle:Pool 0.40-1.80');
    expect(waits(main).at(-1)).toBe('blocked-sync apply() 1.80-2.00');
    const opts = { width: 900, axis: 'time' as const, theme: 'light' as const };
    const tip = (locale: 'en' | 'ko') =>
      layoutTimeline(m, { ...opts, locale }).lanes[procs + 3].rects.find((r) => r.state === 'waiting')!.tooltip;
    expect(tip('en')).toBe("ForkPoolWorker-2 is idle from 0.4 s to 1.8 s: it waits for work on its Pool's job queue");
    expect(tip('ko')).toBe('ForkPoolWorker-2: 0.4 s부터 1.8 s까지 유휴: Pool 작업 큐에서 일을 기다림');
  });

  it('come back from the packed model as built', () => {
    const m = modelOf(ONE_CORE);
    const gen = unpackTimeline(packTimeline(m), { stdout: m.stdout, source: ONE_CORE });
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect(r.value.lanes).toEqual(m.lanes);
  });

  it('are absent without a child process: the same lanes as before', () => {
    for (const id of ['19_threads_same_work', '20_asyncio_same_work']) {
      const m = modelOf(scenario(id));
      expect(m.lanes.some((l) => l.thread === 'process-header' || l.thread === 'main-process')).toBe(false);
    }
    const m = modelOf('import multiprocessing, asyncio\nasyncio.run(asyncio.sleep(1))\n');
    expect(m.lanes.map((l) => l.name)).toEqual(['Task-1']);
  });
});
