/**
 * An eager task's first step runs inside its creator's step (asyncio.eager_task_factory): the
 * creator's bar holds it, the new task's lane starts there, and steps find their task by index
 * even when set_name renamed it afterwards (3.13 names a factory's unnamed task 'None').
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';

const SRC = `import asyncio

async def worker(n):
    print("start", n)
    await asyncio.sleep(0.1 * n)
    print("end", n)

async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    a = asyncio.create_task(worker(1))
    b = asyncio.create_task(worker(2))
    print("created")
    await a
    await b

asyncio.run(main())
`;

describe('eager steps on the timeline', () => {
  for (const python of ['3.12', '3.13'] as const) {
    it(`draws the creator's first step over its eager tasks' first steps (${python})`, () => {
      const result = simulate(SRC, { python });
      expect(result.diagnostics).toEqual([]);
      expect(result.ui.insideSteps).toEqual([
        [1, 0],
        [2, 0],
      ]);
      const model = buildTimeline(result, { source: SRC });
      expect(model.lanes).toHaveLength(3);
      const [main, a, b] = model.lanes;
      expect(main.segments[0]).toMatchObject({ kind: 'running', startStep: 0, endStep: 3 });
      // Each eager task starts (is created and runs) inside main's first step, not after it.
      expect(a.createdStep).toBe(1);
      expect(a.segments[0]).toMatchObject({ kind: 'running', startStep: 1, endStep: 2 });
      expect(b.segments[0]).toMatchObject({ kind: 'running', startStep: 2, endStep: 3 });
      // Later steps land on the same lanes whatever the tasks are called by then.
      expect(a.steps).toHaveLength(2);
      expect(b.steps).toHaveLength(2);
      expect(a.name).toBe(python === '3.13' ? 'None' : 'Task-2');
    });
  }
});
