/**
 * The view's indexes as the worker sends them (view-wire.ts) come back on the page the same as
 * the view built there: each task's steps (renamed tasks too), the task index by name (sent as the
 * names the tasks do not have themselves) and the other indexes.
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

/** Two tasks named alike (the index keeps the last), one renamed to another's name. */
const SHARED = `import asyncio

async def job(i):
    await asyncio.sleep(0.1 * i)

async def main():
    a = asyncio.create_task(job(1), name="same")
    b = asyncio.create_task(job(2), name="same")
    c = asyncio.create_task(job(3), name="c")
    await asyncio.sleep(0)
    c.set_name("same")
    await asyncio.gather(a, b, c)

asyncio.run(main())
`;

describe('view-wire', () => {
  for (const [label, src] of [
    ['renamed tasks', RENAMED],
    ['a gather', GATHER],
    ['tasks that share a name', SHARED],
  ])
    it(`round-trips the view of ${label}`, () => {
      const r = simulate(src);
      const { trace: _t, ui: _u, ...own } = buildRunView(r.trace, r.ui);
      // Read before the buffers move (the worker's views of them are left detached).
      const steps = own.stepsOfTask.map((a) => [...a]);
      const { wire, transfer } = toWire(own, r.trace.tasks);
      const back = fromWire(structuredClone(wire, { transfer }), r.trace.tasks);
      expect([...back.taskIndex]).toEqual([...own.taskIndex]);
      expect(back.stepsOfTask.map((a) => [...a])).toEqual(steps);
      expect([...back.taskOfStep]).toEqual([...own.taskOfStep]);
      expect(back.stepsOfTask.length).toBe(r.trace.tasks.length);
      expect([...back.stepLine]).toEqual([...own.stepLine]);
    });

  it('sends only the names the tasks do not have themselves', () => {
    const r = simulate(RENAMED);
    const { trace: _t, ui: _u, ...own } = buildRunView(r.trace, r.ui);
    const { wire } = toWire(own, r.trace.tasks);
    expect(wire.taskAliases.length).toBeGreaterThan(0);
    expect(wire.taskAliases.length).toBe(own.taskIndex.size - new Set(r.trace.tasks.map((t) => t.name)).size);
  });
});
