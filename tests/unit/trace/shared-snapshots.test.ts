/**
 * The per-step details share what did not change between steps (the trace of 100,000 steps stays
 * small): a timer's [when, label] is one array for every step that shows it, an unchanged ready
 * queue is the previous step's array, and a frame's unchanged [name, repr] pairs are reused.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const sleepers = `import asyncio

async def sleeper(i):
    await asyncio.sleep(1 + i / 10)
    await asyncio.sleep(5)

async def main():
    tasks = [asyncio.create_task(sleeper(i)) for i in range(5)]
    for t in tasks:
        await t

asyncio.run(main())
`;

describe('shared snapshots', () => {
  it("a timer is one [when, label] array in every step's snapshot that shows it", () => {
    const r = simulate(sleepers);
    const seen = new Map<string, [number, string]>();
    let shared = 0;
    for (const d of r.ui.details) {
      for (const t of d.timers) {
        const key = `${t[0]} ${t[1]}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, t);
        else {
          expect(t).toBe(first);
          shared++;
        }
      }
    }
    expect(shared).toBeGreaterThan(10);
  });

  it('an unchanged ready queue is the previous snapshot itself', () => {
    const r = simulate(sleepers);
    const d = r.ui.details;
    let same = 0;
    for (let i = 1; i < d.length; i++) {
      if (JSON.stringify(d[i].ready) === JSON.stringify(d[i - 1].ready)) {
        expect(d[i].ready).toBe(d[i - 1].ready);
        same++;
      }
    }
    expect(same).toBeGreaterThan(0);
  });

  it("a frame's unchanged locals are the previous step's pairs", () => {
    const r = simulate(`import asyncio

async def count(name):
    total = 0
    for i in range(3):
        total += i
        await asyncio.sleep(0)
    return total

asyncio.run(count('a'))
`);
    const frames = r.ui.details.map((d) => d.frames![0]).filter((f) => f !== undefined);
    expect(frames.length).toBeGreaterThan(2);
    const name = (k: number) => frames[k].locals.find((l) => l[0] === 'name')!;
    expect(frames[1].changed).toContain('i');
    expect(name(1)).toEqual(['name', "'a'"]);
    expect(name(2)).toBe(name(1));
  });

  it("a frame's list of changed names is the previous step's when the same names changed", () => {
    const r = simulate(`import asyncio

async def count(name):
    total = 0
    for i in range(1, 6):
        total += i
        await asyncio.sleep(0)
    return total

asyncio.run(count('a'))
`);
    const changed = r.ui.details.map((d) => d.frames?.[0]?.changed).filter((c) => c !== undefined);
    expect(changed.length).toBeGreaterThan(3);
    expect(changed[changed.length - 1]).toEqual(['total', 'i']);
    expect(changed[changed.length - 1]).toBe(changed[changed.length - 2]);
  });

  it("a sync object's unchanged waiter names are its previous state's array", () => {
    const r = simulate(`import asyncio

async def consumer(q):
    while (item := await q.get()) is not None:
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(consumer(q)) for _ in range(3)]
    await asyncio.sleep(0)
    for i in range(6):
        await q.put(i)
    await asyncio.sleep(0)
    for _ in workers:
        await q.put(None)
    await asyncio.gather(*workers)

asyncio.run(main())
`);
    expect(r.trace.error).toBeNull();
    const states = r.ui.details.flatMap((d) => d.sync ?? []).filter((s) => s.kind === 'Queue');
    let shared = 0;
    for (let i = 1; i < states.length; i++) {
      for (const key of ['waiters', 'putters'] as const) {
        if (JSON.stringify(states[i][key]) !== JSON.stringify(states[i - 1][key])) continue;
        expect(states[i][key]).toBe(states[i - 1][key]);
        shared++;
      }
    }
    expect(shared).toBeGreaterThan(3);
  });

  it('causes that read the same are one object: timers due at one time, wake-ups by one actor at one line', () => {
    const r = simulate(`import asyncio

async def sleeper():
    await asyncio.sleep(1)

async def consumer(q):
    while await q.get() is not None:
        pass

async def main():
    await asyncio.gather(*(sleeper() for _ in range(4)))
    q = asyncio.Queue()
    workers = [asyncio.create_task(consumer(q)) for _ in range(4)]
    await asyncio.sleep(0)
    for i in range(8):
        q.put_nowait(i)
        await asyncio.sleep(0)
    for _ in workers:
        q.put_nowait(None)
    await asyncio.gather(*workers)

asyncio.run(main())
`);
    expect(r.trace.error).toBeNull();
    const whys = r.ui.details.map((d) => d.why).filter((w) => w !== undefined);
    const timers = whys.filter((w) => w.kind === 'timer');
    expect(timers.length).toBe(4);
    expect(new Set(timers).size).toBe(1);
    const syncs = whys.filter((w) => w.kind === 'sync' && w.by.task === 'Task-1');
    expect(syncs.length).toBeGreaterThan(8);
    // One object per distinct text: the put line before the loop's sleep, the one after it.
    expect(new Set(syncs).size).toBe(new Set(syncs.map((w) => JSON.stringify(w))).size);
    expect(new Set(syncs).size).toBeLessThan(4);
  });
});
