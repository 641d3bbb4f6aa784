/**
 * Finished tasks are let go: the loop's set of tasks (asyncio.all_tasks reads it) and the run's
 * list keep only pending ones, so a long run does not hold every task it ever made.
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { Simulation } from '../../../src/lib/sim/runners';
import type { EventLoop } from '../../../src/lib/sim/base_events';
import type { Task } from '../../../src/lib/sim/tasks';

afterEach(() => vi.restoreAllMocks());

describe('done tasks', () => {
  it('leave the loop once they finish, and all_tasks still lists the pending ones', () => {
    const loops: EventLoop[] = [];
    const sizes: number[] = [];
    const newLoop = Simulation.prototype.newLoop;
    vi.spyOn(Simulation.prototype, 'newLoop').mockImplementation(function (this: Simulation) {
      const l = newLoop.call(this);
      loops.push(l);
      return l;
    });
    const stepStart = Simulation.prototype.stepStart;
    vi.spyOn(Simulation.prototype, 'stepStart').mockImplementation(function (this: Simulation, t: Task) {
      sizes.push(loops[0]?.tasks.size ?? 0);
      stepStart.call(this, t);
    });
    const r = simulate(`import asyncio

async def quick(i):
    await asyncio.sleep(0.01 * (i % 3))
    return i

async def slow():
    await asyncio.sleep(5)

async def main():
    s = asyncio.create_task(slow())
    print(sum(await asyncio.gather(*(quick(i) for i in range(200)))))
    await asyncio.sleep(1)
    print(len(asyncio.all_tasks()), s in asyncio.all_tasks())
    await s

asyncio.run(main())
`);
    expect(r.trace.error).toBeNull();
    expect(r.trace.stdout.map((o) => o.text)).toEqual(['19900\n', '2 True\n']);
    expect(Math.max(...sizes)).toBeGreaterThan(200);
    // main's last steps: only main and slow() are still the loop's.
    expect(sizes[sizes.length - 1]).toBeLessThanOrEqual(2);
  });
});
