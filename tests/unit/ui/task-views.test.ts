/**
 * The task table's rows (model.ts taskViews): a task's line is the line its location names, at
 * every step, though the rows read it from the run's per-step lines (stepLine) and not from the
 * location itself; the same for a few conformance programs (cancellation, a semaphore, a barrier).
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView, taskViews } from '../../../src/lib/ui/model';

/** The line at the end of a location ('main:8' → 8), read independently of the model. */
const lineOfLocation = (loc: string | null) => {
  const m = loc ? /:(\d+)$/.exec(loc) : null;
  return m ? Number(m[1]) : null;
};

const GATHER = `import asyncio

async def worker(i):
    await asyncio.sleep(i % 3 / 10)
    if i % 4 == 0:
        raise ValueError(i)
    return i

async def main():
    t = asyncio.create_task(asyncio.sleep(5))
    await asyncio.sleep(0)
    t.cancel()
    print(await asyncio.gather(*(worker(i) for i in range(12)), return_exceptions=True))

asyncio.run(main())
`;

const CASES = ['cancel_nested_await', 'real_crawler_semaphore_timeout', 'real_barrier_condition_sim'];

describe('task views', () => {
  const programs = [GATHER, ...CASES.map((c) => readFileSync(`tests/conformance/cases/${c}.py`, 'utf8'))];
  for (const [n, src] of programs.entries())
    it(`names the line of each task's location at every step (program ${n})`, () => {
      const r = simulate(src, { python: '3.13' });
      const v = buildRunView(r.trace, r.ui);
      let lines = 0;
      for (let i = 0; i < r.trace.steps.length; i++)
        for (const tv of taskViews(v, i)) {
          expect(tv.line, `step ${i} ${tv.name}`).toBe(lineOfLocation(tv.at));
          if (tv.line !== null) lines++;
        }
      expect(lines).toBeGreaterThan(0);
    });
});
