/**
 * Thread lanes (timeline/thread-lanes.ts): after the task lanes, a header and a lane per thread,
 * MainThread's labelled as the event loop's; running where the thread holds the GIL, thin where
 * it sleeps, waits in select() or is blocked; packed and unpacked as they are; none without threads.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { packTimeline } from '../../../src/lib/timeline/packed-model';
import { unpackTimeline } from '../../../src/lib/timeline/unpack-model';

const POOL = `import asyncio, time
from concurrent.futures import ThreadPoolExecutor
def work(n):
    time.sleep(1)
    return n * 2
async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        rs = await asyncio.gather(*(loop.run_in_executor(pool, work, i) for i in range(3)))
    print(rs)
asyncio.run(main())
`;

function modelOf(source: string) {
  return buildTimeline(simulate(source), { source });
}

/** A lane's segments longer than an instant, as `kind on start-end`. */
const bars = (l: { segments: { kind: string; on?: string; start: number; end: number }[] }) =>
  l.segments.filter((s) => s.end > s.start).map((s) => `${s.kind}${s.on ? ` ${s.on}` : ''} ${s.start}-${s.end}`);

describe('thread lanes', () => {
  it('follow the task lanes: a header, MainThread, then the workers', () => {
    const m = modelOf(POOL);
    expect(m.lanes.map((l) => [l.name, l.thread ?? null])).toEqual([
      ['Task-1', null],
      ['threads', 'header'],
      ['MainThread', 'main'],
      ['ThreadPoolExecutor-0_0', 'worker'],
      ['ThreadPoolExecutor-0_1', 'worker'],
    ]);
    m.lanes.forEach((l, i) => expect(l.index).toBe(i));
    const [, , main, w0, w1] = m.lanes;
    expect(bars(main)).toEqual(['waiting select() 0-1', 'waiting select() 1-2']);
    expect(bars(w0)).toEqual(['sleeping time.sleep(1) 0-1', 'sleeping time.sleep(1) 1-2']);
    // Waiting for work is idle (a thin waiting bar), not blocked on the lock under the pool's queue.
    expect(bars(w1)).toEqual(['sleeping time.sleep(1) 0-1', 'waiting idle:ThreadPoolExecutor 1-2']);
    // Running marks (holding the GIL) at each switch: the workers at 0, 1 and 2.
    expect(w0.segments.filter((s) => s.kind === 'running').map((s) => s.start)).toEqual([0, 1, 2, 2]);
    expect([w0.end, w0.doneTime, main.end]).toEqual(['done', 2, 'done']);
  });

  it('name a join() and a time.sleep of the main thread, before any thread started', () => {
    const m = modelOf(`import threading, time
time.sleep(0.5)
def w():
    time.sleep(1)
t = threading.Thread(target=w)
t.start()
t.join()
`);
    // No event loop ran: the main thread is a plain one, and its time.sleep froze no loop.
    const main = m.lanes.find((l) => l.thread === 'main-thread')!;
    expect(bars(main)).toEqual(['sleeping time.sleep(0.5) 0-0.5', 'blocked-sync join() 0.5-1.5']);
    expect(bars(m.lanes.find((l) => l.name === 'Thread-1 (w)')!)).toEqual(['sleeping time.sleep(1) 0.5-1.5']);
    const L = layoutTimeline(m, { width: 900, axis: 'time', theme: 'light', locale: 'en' });
    expect(L.lanes.map((l) => l.label)).toEqual(['Threads', 'MainThread', 'Thread-1 (w)']);
    expect(L.bands).toEqual([]);
    expect(L.lanes[1].ariaLabel).toBe("MainThread: the program's main thread (no event loop ran)");
  });

  it("name a blocking socket's accept() and recv() waits by the call", () => {
    const m = modelOf(`import socket, threading, time
srv = socket.create_server(("127.0.0.1", 50123))
def client():
    time.sleep(0.5)
    with socket.create_connection(("127.0.0.1", 50123)) as c:
        time.sleep(1)
        c.sendall(b"x")
t = threading.Thread(target=client)
t.start()
conn, _ = srv.accept()
data = conn.recv(10)
t.join()
`);
    const main = m.lanes.find((l) => l.thread === 'main-thread')!;
    expect(bars(main)).toEqual(['blocked-sync accept() 0-0.5', 'blocked-sync recv() 0.5-1.5']);
  });

  it('are drawn with their labels, and the heading counts tasks only', () => {
    const L = layoutTimeline(modelOf(POOL), { width: 900, axis: 'time', theme: 'light', locale: 'en' });
    expect(L.lanes.map((l) => l.label)).toEqual([
      'Task-1 · main',
      'Threads',
      'MainThread (event loop)',
      'ThreadPoolExecutor-0_0',
      'ThreadPoolExecutor-0_1',
    ]);
    expect(L.subtitle).toMatch(/^1 task,/);
    const ko = layoutTimeline(modelOf(POOL), { width: 900, axis: 'time', theme: 'light', locale: 'ko' });
    expect(ko.lanes[2].label).toBe('MainThread (이벤트 루프)');
    const sleep = L.lanes[3].rects.find((r) => r.state === 'sleeping')!;
    expect(sleep.tooltip).toContain('ThreadPoolExecutor-0_0 sleeps in time.sleep(1) from 0.0 s to 1.0 s');
    // The worker with no third job is idle, in words and on its bar, in English and Korean.
    const idle = L.lanes[4].rects.find((r) => r.state === 'waiting')!;
    expect(idle.tooltip).toBe(
      "ThreadPoolExecutor-0_1 is idle from 1.0 s to 2.0 s: it waits for work on its ThreadPoolExecutor's job queue, without the GIL",
    );
    expect(idle.tooltip).not.toContain('Lock');
    const koIdle = ko.lanes[4].rects.find((r) => r.state === 'waiting')!;
    expect(koIdle.tooltip).toBe(
      'ThreadPoolExecutor-0_1: 1.0 s부터 2.0 s까지 유휴: ThreadPoolExecutor 작업 큐에서 일을 기다림 (GIL 없음)',
    );
  });

  it('with the future hidden, show what the threads did up to the step', () => {
    const m = modelOf(POOL);
    const opts = { width: 900, axis: 'time' as const, theme: 'light' as const, locale: 'en' as const };
    const worker = (upToStep: number) => layoutTimeline(m, { ...opts, upToStep }).lanes[3].rects;
    // After step 0 (at 0 s) the worker has begun its sleep: its due time is known (a ghost), its end is not shown.
    expect(worker(0).map((r) => [r.state, r.ghost ?? false])).toEqual([
      ['sleeping', true],
      ['running', false],
    ]);
    // After the last step, both sleeps.
    expect(worker(m.stepCount - 1).filter((r) => r.state === 'sleeping')).toHaveLength(2);
  });

  it('come back from the packed model as built', () => {
    const m = modelOf(POOL);
    const gen = unpackTimeline(packTimeline(m), { stdout: m.stdout, source: POOL });
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect(r.value.lanes).toEqual(m.lanes);
  });

  it('hold the lanes of a loop a thread runs under that thread, indented, in the packed model too', () => {
    const src = `import asyncio, threading
async def work(n):
    await asyncio.sleep(n)
    return n
async def spawn():
    return await asyncio.create_task(work(0.5))
loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, name='bg', daemon=True)
t.start()
print(asyncio.run_coroutine_threadsafe(work(1), loop).result())
print(asyncio.run_coroutine_threadsafe(spawn(), loop).result())
loop.call_soon_threadsafe(loop.stop)
t.join()
async def main():
    await asyncio.sleep(0.1)
asyncio.run(main())
`;
    const m = modelOf(src);
    expect(m.lanes.map((l) => [l.name, l.loopThread ?? null, l.depth])).toEqual([
      ['Task-1', 'bg', 1],
      ['Task-2', 'bg', 1],
      ['Task-3', 'bg', 2],
      ['Task-4', null, 0],
      ['threads', null, 0],
      ['MainThread', null, 0],
      ['bg', null, 0],
    ]);
    // The main thread ran a loop too (Task-4's): it is the event loop's.
    expect(m.lanes[5].thread).toBe('main');
    const L = layoutTimeline(m, { width: 900, axis: 'time', theme: 'light', locale: 'en' });
    expect(L.y.domain).toEqual(['Task-4', 'threads', 'MainThread', 'bg', 'Task-1', 'Task-2', 'Task-3']);
    const gen = unpackTimeline(packTimeline(m), { stdout: m.stdout, source: src });
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect(r.value.lanes).toEqual(m.lanes);
    // Without a loop of its own, MainThread is not the event loop's.
    const bgOnly = modelOf(src.slice(0, src.indexOf('async def main')));
    expect(bgOnly.lanes.find((l) => l.name === 'MainThread')?.thread).toBe('main-thread');
  });

  it('are absent without threads', () => {
    const m = modelOf('import asyncio, threading\nasyncio.run(asyncio.sleep(1))\n');
    expect(m.lanes.map((l) => l.name)).toEqual(['Task-1']);
    expect(m.lanes[0]).not.toHaveProperty('thread');
  });
});
