/**
 * The task panel during an eager task's first step: its creator is still running (in create_task),
 * and steps belong to their task by index even when several tasks end up with one name (3.13's
 * task factory names each unnamed task 'None').
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView, taskViews } from '../../../src/lib/ui/model';

const SRC = `import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)

async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    a = asyncio.create_task(worker(1))
    b = asyncio.create_task(worker(2))
    await a
    await b

asyncio.run(main())
`;

describe('run view of eager steps', () => {
  const r = simulate(SRC, { python: '3.13' });
  const v = buildRunView(r.trace, r.ui);

  it('gives each step to its own task, though both workers are called None', () => {
    expect(r.trace.tasks.map((t) => t.name)).toEqual(['Task-1', 'None', 'None']);
    expect([...v.taskOfStep]).toEqual([0, 1, 2, 1, 0, 2, 0]);
    expect([...v.stepsOfTask[2]]).toEqual([2, 5]);
  });

  it('shows the creator running while the eager step it holds runs', () => {
    const at = (cursor: number) => taskViews(v, cursor).map((t) => t.state);
    expect(at(1)).toEqual(['running', 'running', 'absent']);
    expect(at(2)).toEqual(['running', 'waiting', 'running']);
    expect(taskViews(v, 2)[0].line).toBe(6);
    expect(at(3)[0]).toBe('waiting');
  });
});
