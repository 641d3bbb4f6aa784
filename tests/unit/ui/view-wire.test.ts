/**
 * The view's indexes as the worker sends them (view-wire.ts) come back on the page the same as
 * the view built there: each task's steps (renamed tasks too) and the other indexes.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { toWire, fromWire } from '../../../src/lib/ui/view-wire';

const RENAMED = `import asyncio

async def job(i):
    await asyncio.sleep(0.1 * i)
    asyncio.current_task().set_name(f"job-{i}")
    await asyncio.sleep(0.1)

async def main():
    await asyncio.gather(*(job(i) for i in range(3)))
    t = asyncio.create_task(job(9), name="first")
    await asyncio.sleep(0)
    t.set_name("second")
    await t

asyncio.run(main())
`;

const GATHER = `import asyncio

async def w(i):
    await asyncio.sleep(i % 3)

async def main():
    await asyncio.gather(*(w(i) for i in range(50)))

asyncio.run(main())
`;

describe('view-wire', () => {
  for (const [label, src] of [
    ['renamed tasks', RENAMED],
    ['a gather', GATHER],
  ])
    it(`round-trips the view of ${label}`, () => {
      const r = simulate(src);
      const { trace: _t, ui: _u, ...own } = buildRunView(r.trace, r.ui);
      const { wire, transfer } = toWire(own);
      const back = fromWire(structuredClone(wire, { transfer }));
      expect([...back.taskIndex]).toEqual([...own.taskIndex]);
      expect(back.stepsOfTask.map((a) => [...a])).toEqual(own.stepsOfTask.map((a) => [...a]));
      expect([...back.taskOfStep]).toEqual([...own.taskOfStep]);
      expect(back.stepsOfTask.length).toBe(r.trace.tasks.length);
    });
});
