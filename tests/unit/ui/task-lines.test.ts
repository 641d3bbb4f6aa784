/**
 * The editor's per-line task index (ui/task-lines.ts) agrees with taskViews at every step, however
 * the cursor gets there (step by step both ways, short and long jumps), and the windowing helpers
 * (ui/common/windowing.ts) draw the rows in view and scroll a row into view only when it is not.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildRunView, taskViews, type RunView } from '../../../src/lib/ui/model';
import { TaskLines, lineOf } from '../../../src/lib/ui/task-lines';
import { scrollToRow, windowRange } from '../../../src/lib/ui/common/windowing';

const PROGRAM = `import asyncio

async def worker(i):
    for k in range(3):
        await asyncio.sleep(i % 3 / 10)
        if k == 1:
            await asyncio.sleep(0)
    return i

async def main():
    await asyncio.gather(*(worker(i) for i in range(100)))
    await asyncio.sleep(1)

asyncio.run(main())
`;

/** Line → task indexes there after step i, from taskViews (running one first, then by index). */
function expected(v: RunView, i: number): Map<number, { tasks: number[]; running: boolean }> {
  const out = new Map<number, { tasks: number[]; running: boolean }>();
  for (const tv of taskViews(v, i)) {
    if (tv.line === null || tv.state === 'absent') continue;
    const at = out.get(tv.line) ?? { tasks: [], running: false };
    if (tv.state === 'running') {
      at.tasks.unshift(tv.index);
      at.running = true;
    } else at.tasks.push(tv.index);
    out.set(tv.line, at);
  }
  return out;
}

function check(lines: TaskLines, v: RunView, i: number, limit: number) {
  const want = expected(v, i);
  const got = lines.linesAt(i, limit);
  expect(got.map((g) => g.line)).toEqual([...want.keys()].sort((a, b) => a - b));
  for (const g of got) {
    const w = want.get(g.line)!;
    expect(g.count).toBe(w.tasks.length);
    expect(g.running).toBe(w.running);
    expect(g.tasks).toEqual(w.tasks.slice(0, limit));
  }
}

describe('TaskLines', () => {
  const r = simulate(PROGRAM);
  const v = buildRunView(r.trace, r.ui);
  const n = v.trace.steps.length;

  it('has a run worth checking', () => {
    expect(n).toBeGreaterThan(300);
    expect(Math.max(...[...expected(v, n >> 1).values()].map((w) => w.tasks.length))).toBeGreaterThan(5);
  });

  it('agrees with taskViews stepping forward, then back', () => {
    const lines = new TaskLines(v);
    for (let i = 0; i < n; i++) check(lines, v, i, 3);
    for (let i = n - 1; i >= 0; i--) check(lines, v, i, 50);
  });

  it('agrees with taskViews after jumps short and long', () => {
    const lines = new TaskLines(v);
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n;
    for (const i of [n - 1, 0, n >> 1, (n >> 1) + 17, (n >> 1) - 200, 3, n - 5]) check(lines, v, i, 4);
    for (let k = 0; k < 40; k++) check(lines, v, Math.floor(rand()), 2);
  });
});

describe('windowing', () => {
  it('draws the rows in view and a margin, within the list', () => {
    expect(windowRange(0, 100, 20, 1000, 2)).toEqual([0, 7]);
    expect(windowRange(400, 100, 20, 1000, 2)).toEqual([18, 27]);
    expect(windowRange(19_990, 100, 20, 1000, 2)).toEqual([997, 1000]);
    expect(windowRange(0, 100, 20, 3, 2)).toEqual([0, 3]);
    expect(windowRange(500, 100, 20, 0)).toEqual([0, 0]);
  });

  it('scrolls only when the row is out of view', () => {
    expect(scrollToRow(0, 100, 20, 2, 1000)).toBeNull();
    expect(scrollToRow(0, 100, 20, 4, 1000)).toBeNull();
    // Below the view: to a third of the way down (in whole pixels: the box reports its position
    // back in whole pixels, and a position read back that differs would move the window again),
    // or to the bottom edge for the newest line.
    expect(scrollToRow(0, 100, 20, 50, 1000)).toBe(973);
    expect(scrollToRow(0, 97, 20, 50, 1000)).toBe(974);
    expect(scrollToRow(0, 100, 20, 50, 1000, 'end')).toBe(920);
    // Above the view, and never past either end.
    expect(scrollToRow(5000, 100, 20, 1, 1000)).toBe(0);
    expect(scrollToRow(0, 100, 20, 999, 1000)).toBe(19_900);
  });
});

describe('lineOf', () => {
  it('reads the line number after the last colon, else 0', () => {
    const cases: [string | null | undefined, number][] = [
      ['main:8', 8],
      ['worker:1234', 1234],
      ['<module>:07', 7],
      ['a:b:42', 42],
      ['main:8x', 0],
      ['main:', 0],
      ['8', 0],
      [':5', 5],
      ['done', 0],
      ['', 0],
      [null, 0],
      [undefined, 0],
    ];
    for (const [loc, line] of cases) expect(lineOf(loc), String(loc)).toBe(line);
  });
});
