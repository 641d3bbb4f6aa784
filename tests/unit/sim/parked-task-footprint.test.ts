/**
 * What a parked task costs: its step and wake-up callbacks and its sleep's timer are functions
 * shared by every task (the handle or callback record holds the task), and a future's lone done
 * callback is held without a list. Every task parked at once holds these, so a closure or a
 * one-item array each is memory per task (and garbage-collector work, copying them while they live).
 */
import { describe, it, expect, vi, afterEach } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { EventLoop } from '../../../src/lib/sim/base_events';
import type { Task } from '../../../src/lib/sim/tasks';
import type { Future } from '../../../src/lib/sim/futures';
import type { Handle } from '../../../src/lib/sim/events';

afterEach(() => vi.restoreAllMocks());

const N = 40;

/** What the test looks at in one parked task (read while it is parked). */
interface Seen {
  coro: string;
  ownFunctions: number;
  callbacks: Future['callbacks'];
  waiterCallbacks: Future['callbacks'] | null;
}

describe('parked tasks', () => {
  it('share their callbacks and hold lone done callbacks without a list', () => {
    let parked: { timers: Handle[]; tasks: Seen[]; firstSteps: Handle[] } | null = null;
    let firstSteps: Handle[] | null = null;
    const runOnce = EventLoop.prototype.runOnce;
    vi.spyOn(EventLoop.prototype, 'runOnce').mockImplementation(function* (this: EventLoop) {
      // The iteration after main created the tasks: their first steps are queued.
      if (firstSteps === null && this.readyCount() >= N) firstSteps = this.ready.slice(-N);
      if (parked === null && this.scheduled.length >= N)
        parked = {
          timers: [...this.scheduled],
          firstSteps: firstSteps ?? [],
          tasks: [...this.tasks].map((o) => {
            const t = o as Task;
            return {
              coro: t.coroName(),
              ownFunctions: Object.values(t).filter((v) => typeof v === 'function').length,
              callbacks: t.callbacks,
              waiterCallbacks: t.futWaiter && t.futWaiter.callbacks,
            };
          }),
        };
      return yield* runOnce.call(this);
    });
    const r = simulate(`import asyncio

async def parked(i):
    await asyncio.sleep(1 + i % 3)
    return i

async def main():
    tasks = [asyncio.create_task(parked(i)) for i in range(${N})]
    print(sum(await asyncio.gather(*tasks)))

asyncio.run(main())
`);
    expect(r.trace.error).toBeNull();
    expect(r.trace.stdout.map((o) => o.text)).toEqual([`${(N * (N - 1)) / 2}\n`]);
    expect(parked).not.toBeNull();
    const { timers, tasks, firstSteps: steps } = parked!;
    // Their first steps: N handles, one function.
    expect(steps).toHaveLength(N);
    expect(new Set(steps.map((h) => h.fn)).size).toBe(1);
    // Their sleeps' timers: one function.
    expect(timers).toHaveLength(N);
    expect(new Set(timers.map((h) => h.fn)).size).toBe(1);
    const workers = tasks.filter((t) => t.coro === 'parked');
    expect(workers).toHaveLength(N);
    const wakeups = new Set<unknown>();
    for (const t of workers) {
      // No function of its own (no closure per task).
      expect(t.ownFunctions).toBe(0);
      // gather's callback on the task, the task's wake-up on its sleep's future: each alone, no list.
      expect(Array.isArray(t.callbacks)).toBe(false);
      expect(t.waiterCallbacks).not.toBeNull();
      expect(Array.isArray(t.waiterCallbacks)).toBe(false);
      if (t.waiterCallbacks !== null && !Array.isArray(t.waiterCallbacks)) wakeups.add(t.waiterCallbacks.fn);
    }
    expect(wakeups.size).toBe(1);
  });
});
