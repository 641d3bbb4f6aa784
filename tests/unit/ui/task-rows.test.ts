/**
 * The task table keeps a row's object from one step to the next when nothing in it changed
 * (ui/tasks/task-rows.ts), so the table redraws only the rows a step changed; a row that changed in
 * any field, or that another task took the place of, is the new one.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView, taskViews } from '../../../src/lib/ui/model';
import { keepSameRows, type TaskRow } from '../../../src/lib/ui/tasks/task-rows';

const PROGRAM = `import asyncio

async def worker(i):
    await asyncio.sleep(i % 3 / 10)
    await asyncio.sleep(0)

async def main():
    await asyncio.gather(*(worker(i) for i in range(30)))

asyncio.run(main())
`;

describe('task table rows kept across steps', () => {
  const r = simulate(PROGRAM);
  const v = buildRunView(r.trace, r.ui);
  const rowsAt = (i: number, from = 0, to = 40): TaskRow[] => taskViews(v, i, from, to).map((tv) => ({ tv, so: null }));

  it('keeps exactly the rows whose fields are all the same, at every step', () => {
    let prev = rowsAt(0);
    let kept = 0;
    for (let i = 1; i < v.trace.steps.length; i++) {
      const fresh = rowsAt(i);
      const next = keepSameRows(prev, rowsAt(i));
      fresh.forEach((row, k) => {
        // Same content as the row computed afresh, whichever object it is.
        expect(next[k].tv).toEqual(row.tv);
        const same = JSON.stringify(prev[k].tv) === JSON.stringify(row.tv);
        expect(next[k] === prev[k]).toBe(same);
        if (same) kept++;
      });
      prev = next;
    }
    // Most rows do not change at a step (the check above would pass vacuously otherwise).
    expect(kept).toBeGreaterThan(v.trace.steps.length * 20);
  });

  it('takes the new row when another task is drawn at its place, or its wait changed', () => {
    const a = rowsAt(5, 0, 10);
    const b = keepSameRows(a, rowsAt(5, 1, 11));
    b.forEach((row, k) => expect(row).not.toBe(a[k]));
    const waiting = { tv: a[3].tv, so: {} as TaskRow['so'] };
    expect(keepSameRows(a, [a[0], a[1], a[2], waiting])[3]).toBe(waiting);
  });
});
