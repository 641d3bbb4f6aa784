/**
 * The frames panel's reprs of Lock, Event, Semaphore and BoundedSemaphore are made natively
 * (sim/lock-repr.ts): in every state they must read as the program's own repr() of them,
 * which runs locks.py's __repr__. Each step of `main` prints repr(x) and stops with x unchanged.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { shortText } from '../../../src/lib/runtime/short-repr';

const program = `import asyncio

async def hold(x, n):
    async with x:
        await asyncio.sleep(n)

async def wait_event(ev):
    await ev.wait()

async def show(x):
    print(repr(x))
    await asyncio.sleep(0)

async def main():
    for x in [asyncio.Lock(), asyncio.Semaphore(2), asyncio.BoundedSemaphore(1)]:
        await show(x)
        ts = [asyncio.create_task(hold(x, 1)) for _ in range(4)]
        await show(x)
        ts[2].cancel()
        await show(x)
        ts[3].cancel()
        await show(x)
        await asyncio.gather(*ts, return_exceptions=True)
        await show(x)
    ev = asyncio.Event()
    ws = [asyncio.create_task(wait_event(ev)) for _ in range(3)]
    await show(ev)
    ev.set()
    await show(ev)
    await asyncio.gather(*ws)
    await show(ev)
    # A free permit and a cancelled waiter still queued: not locked.
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    w.cancel()
    sem.release()
    await show(sem)

asyncio.run(main())
`;

describe('native lock reprs in the frames panel', () => {
  it("read as locks.py's __repr__ in every state shown", () => {
    const r = simulate(program);
    expect(r.trace.error).toBeNull();
    const { stdout, steps } = r.trace;
    let checked = 0;
    r.ui.details.forEach((d, i) => {
      const show = d.frames?.find((f) => f.call.startsWith('show('));
      if (!show || steps[i].task !== 'Task-1' || d.output.length === 0) return;
      const printed = stdout[d.output[d.output.length - 1]].text.replace(/\n$/, '');
      expect(show.locals).toEqual([['x', shortText(printed)]]);
      checked++;
    });
    expect(checked).toBe(19);
    // The states differ: locked and not, with waiters, with cancelled ones, set and unset.
    const semaphore = /^<asyncio\.locks\.Semaphore object at 0x[0-9a-f]+ \[unlocked, value:1, waiters:1\]>\n$/;
    expect(stdout.some((s) => semaphore.test(s.text))).toBe(true);
    expect(new Set(stdout.map((s) => s.text)).size).toBeGreaterThan(8);
  });
});
