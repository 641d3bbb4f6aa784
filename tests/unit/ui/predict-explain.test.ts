/** Predict-next explains each answer from the ready queue (FIFO) or the timer heap. */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView } from '../../../src/lib/ui/model';
import { nextReason } from '../../../src/lib/ui/predict/explain';

const SRC = `import asyncio
async def w(n):
    await asyncio.sleep(n)
async def main():
    a = asyncio.create_task(w(1))
    b = asyncio.create_task(w(2))
    await asyncio.gather(a, b)
asyncio.run(main())
`;

describe('nextReason', () => {
  const r = simulate(SRC);
  const v = buildRunView(r.trace!, r.ui!);
  const steps = r.trace!.steps.map((s) => `${s.task}@${s.t}`);
  it('names the ready-queue entry and its place for tasks already queued', () => {
    expect(steps.slice(0, 3)).toEqual(['Task-1@0', 'Task-2@0', 'Task-3@0']);
    expect(nextReason(v, 1)).toEqual({ kind: 'fifo', label: 'step Task-2', position: 1 });
    expect(nextReason(v, 2)).toEqual({ kind: 'fifo', label: 'step Task-3', position: 1 });
  });
  it('names the earliest timer when the ready queue held no task', () => {
    expect(steps[3]).toBe('Task-2@1');
    expect(nextReason(v, 3)).toEqual({ kind: 'timer', due: 1 });
    expect(nextReason(v, 4)).toEqual({ kind: 'timer', due: 2 });
  });
  it('says a callback queued it when a finished future woke it in the same iteration', () => {
    expect(steps[5]).toBe('Task-1@2');
    expect(nextReason(v, 5)).toEqual({ kind: 'callback' });
  });
});
