/**
 * nestableTasks (ui/frames.ts): the tasks whose await chain ever went below their own coroutine,
 * found in one pass over the steps, are those whose own steps say so, in task order.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { nestableTasks } from '../../../src/lib/ui/frames';

const PROGRAM = `import asyncio

async def inner(i):
    await asyncio.sleep(0.1 * i)

async def outer(i):
    await inner(i)

async def flat(i):
    await asyncio.sleep(0.1)

async def main():
    await asyncio.gather(flat(0), outer(1), flat(2), outer(3))
    await inner(1)

asyncio.run(main())
`;

describe('nestableTasks', () => {
  it('lists the tasks that awaited below their own coroutine, in task order', () => {
    const r = simulate(PROGRAM);
    const v = buildRunView(r.trace, r.ui);
    const want = r.trace.tasks.filter((_, k) => v.stepsOfTask[k].some((i) => v.frameDepth[i] > 1)).map((t) => t.name);
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(want.length).toBeLessThan(r.trace.tasks.length);
    expect(nestableTasks(v)).toEqual(want);
  });
});
