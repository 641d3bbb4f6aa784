/**
 * The true cause of every wake-up and every end (trace/why.ts), for small programs run through
 * simulate(): timers (and late ones), tasks' results, exceptions and cancellations, every
 * synchronisation object, cancel() with its caller and line, TaskGroup, timeout, wait_for, gather,
 * asyncio.run's shutdown.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import type { Why } from '../../../src/lib/trace/why';

function run(src: string) {
  const r = simulate(src);
  expect(r.trace!.error).toBeNull();
  return r;
}

/** The why of the n-th step (0-based) of `task`. */
function whyOf(src: string, task: string, n: number): Why | undefined {
  const r = run(src);
  const idx = r.trace!.steps.map((s, i) => (s.task === task ? i : -1)).filter((i) => i >= 0);
  return r.ui!.details[idx[n]].why;
}

const by = (task: string | null, line: number | null, callback: string | null = null) => ({ task, line, callback });

describe('wake-ups carry their true cause', () => {
  it('a first step is a start, sleep(0) a yield, a sleep its timer with its due time', () => {
    const src = `import asyncio
async def main():
    await asyncio.sleep(0)
    await asyncio.sleep(1.5)
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-1', 0)).toEqual({ kind: 'start' });
    expect(whyOf(src, 'Task-1', 1)).toEqual({ kind: 'yield' });
    expect(whyOf(src, 'Task-1', 2)).toEqual({ kind: 'timer', due: 1.5, late: 0 });
  });

  it('a timer that fires late because a blocking call held the loop says how late', () => {
    const src = `import asyncio, time
async def sleeper():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    time.sleep(1.75)
    await t
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-2', 1)).toEqual({ kind: 'timer', due: 1, late: 0.75 });
  });

  it("an awaited task's result, exception or cancellation", () => {
    const src = `import asyncio
async def ok():
    return 1
async def bad():
    raise KeyError('k')
async def slow():
    await asyncio.sleep(9)
async def main():
    await asyncio.create_task(ok())
    try:
        await asyncio.create_task(bad())
    except KeyError:
        pass
    s = asyncio.create_task(slow())
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        pass
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-1', 1)).toEqual({ kind: 'task', name: 'Task-2', outcome: 'result', exc: null });
    expect(whyOf(src, 'Task-1', 2)).toEqual({ kind: 'task', name: 'Task-3', outcome: 'exception', exc: 'KeyError' });
    expect(whyOf(src, 'Task-1', 4)).toEqual({ kind: 'task', name: 'Task-4', outcome: 'cancelled', exc: null });
    // The cancelled task itself: cancel() by Task-1 at line 16.
    expect(whyOf(src, 'Task-4', 1)).toEqual({ kind: 'cancel', by: by('Task-1', 16) });
  });

  it('Event set, Lock and Semaphore released, Condition notified, Barrier filled: by whom, at which line', () => {
    const src = `import asyncio
async def holder(lock, sem):
    async with lock:
        await asyncio.sleep(1)
    async with sem:
        await asyncio.sleep(1)
async def locker(lock):
    async with lock:
        pass
async def semmer(sem):
    async with sem:
        pass
async def waiter(ev):
    await ev.wait()
async def cw(cond):
    async with cond:
        await cond.wait()
async def bw(b):
    await b.wait()
async def main():
    lock, sem, ev, cond, b = asyncio.Lock(), asyncio.Semaphore(1), asyncio.Event(), asyncio.Condition(), asyncio.Barrier(2)
    t1 = asyncio.create_task(holder(lock, sem))
    await asyncio.sleep(0.5)
    t2 = asyncio.create_task(locker(lock))
    await asyncio.sleep(1)
    t3 = asyncio.create_task(semmer(sem))
    t4 = asyncio.create_task(waiter(ev))
    t5 = asyncio.create_task(cw(cond))
    t6 = asyncio.create_task(bw(b))
    await asyncio.sleep(0)
    ev.set()
    async with cond:
        cond.notify()
    await b.wait()
    await asyncio.gather(t1, t2, t3, t4, t5, t6)
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-3', 1)).toEqual({ kind: 'sync', obj: 'Lock', by: by('Task-2', 3) });
    expect(whyOf(src, 'Task-4', 1)).toEqual({ kind: 'sync', obj: 'Semaphore', by: by('Task-2', 5) });
    expect(whyOf(src, 'Task-5', 1)).toEqual({ kind: 'sync', obj: 'Event', by: by('Task-1', 31) });
    expect(whyOf(src, 'Task-6', 1)).toEqual({ kind: 'sync', obj: 'Condition', by: by('Task-1', 33) });
    expect(whyOf(src, 'Task-7', 1)).toEqual({ kind: 'sync', obj: 'Barrier', by: by('Task-1', 34) });
  });

  it('a queue wakes a getter with a put, a putter with a get, a joiner with task_done', () => {
    const src = `import asyncio
async def getter(q):
    await q.get()
async def putter(q):
    await q.put(2)
async def joiner(q):
    await q.join()
async def main():
    q = asyncio.Queue(1)
    g = asyncio.create_task(getter(q))
    await asyncio.sleep(0)
    await q.put(1)
    await g
    await q.put(1)
    p = asyncio.create_task(putter(q))
    await asyncio.sleep(0)
    q.get_nowait()
    await p
    j = asyncio.create_task(joiner(q))
    await asyncio.sleep(0)
    q.get_nowait()
    q.task_done()
    q.task_done()
    q.task_done()
    await j
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-2', 1)).toEqual({ kind: 'sync', obj: 'Queue.get', by: by('Task-1', 12) });
    expect(whyOf(src, 'Task-3', 1)).toEqual({ kind: 'sync', obj: 'Queue.put', by: by('Task-1', 17) });
    expect(whyOf(src, 'Task-4', 1)).toEqual({ kind: 'sync', obj: 'Queue.join', by: by('Task-1', 24) });
  });
});

describe('cancellations carry who cancelled and why', () => {
  it('cancel() from a loop callback names the callback', () => {
    const src = `import asyncio
async def victim():
    await asyncio.sleep(5)
async def main():
    v = asyncio.create_task(victim())
    asyncio.get_running_loop().call_later(1, v.cancel)
    try:
        await v
    except asyncio.CancelledError:
        pass
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-2', 1)).toEqual({ kind: 'cancel', by: by(null, null, 'Task-2.cancel()') });
  });

  it('a TaskGroup cancels its other tasks (and its parent) because a task raised', () => {
    const src = `import asyncio
async def worker(n):
    await asyncio.sleep(n)
async def bad():
    await asyncio.sleep(1)
    raise ValueError('boom')
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(3))
            tg.create_task(bad())
    except* ValueError:
        pass
asyncio.run(main())
`;
    const tg = { kind: 'taskgroup', name: 'Task-3', exc: 'ValueError' };
    expect(whyOf(src, 'Task-2', 1)).toEqual(tg);
    expect(whyOf(src, 'Task-1', 1)).toEqual(tg);
    const r = run(src);
    expect(r.ui!.ends![1]).toEqual(tg);
    expect(r.ui!.ends![2]).toBeNull();
  });

  it('a TaskGroup whose body raised cancels its tasks because of the parent', () => {
    const src = `import asyncio
async def worker():
    await asyncio.sleep(3)
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
            await asyncio.sleep(0)
            raise KeyError('x')
    except* KeyError:
        pass
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-2', 1)).toEqual({ kind: 'taskgroup', name: 'Task-1', exc: 'KeyError' });
  });

  it('a timeout block and a wait_for deadline', () => {
    const src = `import asyncio
async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(3)
    except TimeoutError:
        pass
    try:
        await asyncio.wait_for(asyncio.sleep(3), 0.5)
    except TimeoutError:
        pass
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-1', 1)).toEqual({ kind: 'timeout', due: 1, waitFor: false });
    expect(whyOf(src, 'Task-1', 2)).toEqual({ kind: 'timeout', due: 1.5, waitFor: true });
  });

  it("gather's cancellation of its children carries the gather's own cause", () => {
    const src = `import asyncio
async def slow():
    await asyncio.sleep(10)
async def main():
    g = asyncio.gather(slow(), slow())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        pass
asyncio.run(main())
`;
    const w = { kind: 'gather', because: { kind: 'cancel', by: by('Task-1', 7) } };
    expect(whyOf(src, 'Task-2', 1)).toEqual(w);
    expect(whyOf(src, 'Task-3', 1)).toEqual(w);
    expect(run(src).ui!.ends![1]).toEqual(w);
  });

  it('asyncio.run cancels what is still pending at its end; a task cancelled before it starts says so', () => {
    const src = `import asyncio
async def slow():
    await asyncio.sleep(10)
async def main():
    asyncio.create_task(slow())
    t = asyncio.create_task(slow())
    t.cancel()
    await asyncio.sleep(0)
asyncio.run(main())
`;
    expect(whyOf(src, 'Task-3', 0)).toEqual({ kind: 'cancel', by: by('Task-1', 7) });
    expect(whyOf(src, 'Task-2', 1)).toEqual({ kind: 'shutdown' });
    expect(run(src).ui!.ends).toEqual([null, { kind: 'shutdown' }, { kind: 'cancel', by: by('Task-1', 7) }]);
  });
});
