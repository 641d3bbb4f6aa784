/**
 * The state of every synchronisation object per step (trace/sync.ts): recorded only when it
 * changed, with holders tracked by the simulator, read back per step by ui/sync/sync-model.ts
 * and said in words by the tasks panel and the narration.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { narrate } from '../../../src/lib/ui/narrate';
import { syncAt, syncWaitedBy } from '../../../src/lib/ui/sync/sync-model';
import { syncText } from '../../../src/lib/ui/sync/sync-text';

function view(src: string) {
  const r = simulate(src);
  expect(r.trace!.error).toBeNull();
  return buildRunView(r.trace!, r.ui!);
}
const stepOf = (v: ReturnType<typeof view>, task: string, n: number) =>
  v.trace.steps.map((s, i) => (s.task === task ? i : -1)).filter((i) => i >= 0)[n];

const SEM = `import asyncio
async def worker(sem, n):
    async with sem:
        await asyncio.sleep(1)
async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, i) for i in range(4)))
asyncio.run(main())
`;

describe('semaphores: free permits of initial, holders, waiters', () => {
  const v = view(SEM);
  it('records the semaphore only in the steps that changed it', () => {
    const recorded = v.ui.details.map((d, i) => (d.sync ? i : -1)).filter((i) => i >= 0);
    expect(recorded.length).toBeLessThan(v.ui.details.length);
    expect(v.ui.details[0].sync).toEqual([
      { id: 1, kind: 'Semaphore', name: 'sem', waiters: [], free: 2, initial: 2, holders: [] },
    ]);
  });
  it('tracks holders and waiters step by step', () => {
    const afterFour = stepOf(v, 'Task-5', 0);
    expect(syncAt(v, afterFour)).toEqual([
      {
        id: 1,
        kind: 'Semaphore',
        name: 'sem',
        waiters: ['Task-4', 'Task-5'],
        free: 0,
        initial: 2,
        holders: ['Task-2', 'Task-3'],
      },
    ]);
    // Task-2 releases: its permit is handed to Task-4 (CPython 3.13 takes it in _wake_up_next).
    const s = syncAt(v, stepOf(v, 'Task-2', 1))[0];
    expect([s.free, s.holders, s.waiters]).toEqual([0, ['Task-3', 'Task-4'], ['Task-5']]);
    expect(syncAt(v, v.trace.steps.length - 1)[0].holders).toEqual([]);
    expect(syncAt(v, v.trace.steps.length - 1)[0].free).toBe(2);
  });
  it('a waiting task says what it waits for in those terms, in the narration and the tasks panel text', () => {
    const i = stepOf(v, 'Task-5', 0);
    const so = syncWaitedBy(v, i, 'Task-5')!;
    expect(syncText('en', so)).toBe('Semaphore sem: 0 of 2 free, held by Task-2 and Task-3, 2 waiting');
    expect(syncText('ko', so)).toBe('Semaphore sem: 2개 중 0개 남음, Task-2, Task-3 보유, 2개 대기');
    expect(narrate('en', v, i)).toBe(
      'Task-5 starts at line 2 and runs until line 3, where it waits on Semaphore sem: 0 of 2 free, held by Task-2 and Task-3, 2 waiting.',
    );
    expect(narrate('ko', v, i)).toBe(
      'Task-5가 2번 줄에서 시작하여 3번 줄까지 실행되고 그곳에서 기다립니다(Semaphore sem: 2개 중 0개 남음, Task-2, Task-3 보유, 2개 대기).',
    );
  });
});

describe('locks, events, conditions, barriers and queues', () => {
  const v = view(`import asyncio
async def locker(lock):
    async with lock:
        await asyncio.sleep(1)
async def waiter(ev):
    await ev.wait()
async def cw(cond):
    async with cond:
        await cond.wait()
async def bw(b):
    await b.wait()
async def getter(q):
    return await q.get()
async def main():
    lock, ev, cond, b = asyncio.Lock(), asyncio.Event(), asyncio.Condition(), asyncio.Barrier(2)
    q = asyncio.Queue(maxsize=2)
    ts = [asyncio.create_task(c) for c in (locker(lock), locker(lock), waiter(ev), cw(cond), bw(b), getter(q))]
    await asyncio.sleep(0.5)
    snapshot = 1
    ev.set()
    await q.put('x' * 40)
    await q.put([1, 2])
    await q.put(3)
    async with cond:
        cond.notify_all()
    await b.wait()
asyncio.run(main())
`);
  const at = (i: number, name: string) => syncAt(v, i).find((s) => s.name === name)!;
  const mid = v.trace.steps.findIndex((s) => s.task === 'Task-1' && s.t === 0.5) - 1;
  it('before main resumes: lock held by Task-2 with Task-3 queued, event unset, condition and barrier waiters', () => {
    expect(at(mid, 'lock')).toEqual({
      id: 1,
      kind: 'Lock',
      name: 'lock',
      waiters: ['Task-3'],
      locked: true,
      owner: 'Task-2',
    });
    expect(at(mid, 'ev')).toEqual({ id: 2, kind: 'Event', name: 'ev', waiters: ['Task-4'], flag: false });
    expect(at(mid, 'cond')).toMatchObject({ kind: 'Condition', waiters: ['Task-5'], locked: false, owner: null });
    expect(at(mid, 'b')).toMatchObject({
      kind: 'Barrier',
      waiters: ['Task-6'],
      parties: 2,
      count: 1,
      state: 'filling',
    });
    expect(at(mid, 'q')).toEqual({
      id: 5,
      kind: 'Queue',
      name: 'q',
      waiters: ['Task-7'],
      putters: [],
      items: [],
      size: 0,
      maxsize: 2,
    });
  });
  it('queue contents are shortened reprs, with size, maxsize and waiting putters', () => {
    const last = v.trace.steps.length - 1;
    const lockFreed = v.trace.steps.findIndex((s, i) => i > mid && s.task === 'Task-2');
    expect(at(lockFreed, 'lock')).toMatchObject({ locked: false, owner: null, waiters: [] });
    expect(at(last, 'ev').flag).toBe(true);
    const q = at(last, 'q');
    expect(q.items).toEqual(['[1, 2]', '3']);
    expect(q.size).toBe(2);

    expect(syncText('en', at(mid, 'q'))).toBe('Queue q: 0 item(s) of at most 2, getters waiting: Task-7');
    expect(
      v.ui.details
        .flatMap((d) => d.sync ?? [])
        .some((s) => s.items?.some((it) => it.startsWith("'xxxx") && it.endsWith('…'))),
    ).toBe(true);
  });
});

describe('a full queue lists its waiting putters', () => {
  it('shows the putter, then the get that took an item lets it put', () => {
    const v = view(`import asyncio
async def producer(q):
    await q.put(1)
    await q.put(2)
async def main():
    q = asyncio.Queue(1)
    t = asyncio.create_task(producer(q))
    await asyncio.sleep(0.1)
    print(q.get_nowait())
    await t
asyncio.run(main())
`);
    const blocked = v.trace.steps.findIndex((s) => s.task === 'Task-2');
    expect(syncAt(v, blocked)[0]).toMatchObject({
      kind: 'Queue',
      putters: ['Task-2'],
      items: ['1'],
      size: 1,
      maxsize: 1,
    });
    expect(syncText('en', syncAt(v, blocked)[0])).toBe('Queue q: 1 item(s) of at most 1, putters waiting: Task-2');
    expect(syncAt(v, v.trace.steps.length - 1)[0]).toMatchObject({ putters: [], items: ['2'] });
  });
});

describe('long waiter lists stay small', () => {
  it('names the first 16 waiters and counts the rest', () => {
    const v = view(`import asyncio
async def w(lock):
    async with lock:
        await asyncio.sleep(1)
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(w(lock) for _ in range(22)))
asyncio.run(main())
`);
    const i = v.trace.steps.findIndex((s) => s.task === 'Task-23');
    const s = syncAt(v, i)[0];
    expect(s.waiters).toHaveLength(16);
    expect(s.waiters[0]).toBe('Task-3');
    expect(s.more).toBe(5);
    expect(syncText('en', s)).toBe('Lock lock: held by Task-2, 21 waiting');
  });
});

describe('queues: a step that takes one item and adds another is still seen', () => {
  // The tracker skips reading a queue whose ends and sizes did not move; swapping the one item of a
  // LIFO queue keeps its size, and a FIFO get+put keeps it too: both must still be recorded.
  for (const kind of ['Queue', 'LifoQueue']) {
    it(kind, () => {
      const v = view(`import asyncio
async def swap(q):
    q.get_nowait()
    q.put_nowait('b')
    await asyncio.sleep(0)
async def main():
    q = asyncio.${kind}()
    q.put_nowait('a')
    await asyncio.sleep(0)
    await asyncio.create_task(swap(q))
    await asyncio.sleep(0)
asyncio.run(main())
`);
      const k = stepOf(v, 'Task-2', 0);
      expect(syncAt(v, k).map((s) => s.items)).toEqual([["'b'"]]);
      expect(syncAt(v, k - 1).map((s) => s.items)).toEqual([["'a'"]]);
    });
  }
});
