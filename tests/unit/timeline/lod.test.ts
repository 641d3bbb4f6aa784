/**
 * Level of detail (issue 9): a lane's adjacent states narrower than a pixel merge into one mark,
 * wider ones (and short runs, as in small programs) are drawn one by one; zoomed in, they come back.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, layoutTimeline } from '../../../src/lib/timeline';
import { subPixelRuns, LOD_MIN_RUN } from '../../../src/lib/timeline/marks/lod';
import { cursorAt } from '../../../src/lib/timeline/marks/cursor';

describe('subPixelRuns', () => {
  it('merges a long run of adjacent sub-pixel spans and keeps wide ones', () => {
    // 20 spans of 0.1 px side by side, then a 50 px one, then 3 narrow ones (too few to merge).
    const x0: number[] = [];
    const x1: number[] = [];
    for (let i = 0; i < 20; i++) {
      x0.push(i * 0.1);
      x1.push(i * 0.1 + 0.1);
    }
    x0.push(2);
    x1.push(52);
    for (let i = 0; i < 3; i++) {
      x0.push(52 + i * 0.2);
      x1.push(52.2 + i * 0.2);
    }
    expect(subPixelRuns(x0, x1, x0.length)).toEqual([
      [0, 19],
      [20, 20],
      [21, 21],
      [22, 22],
      [23, 23],
    ]);
  });

  it('does not merge across a gap of a pixel or more', () => {
    const x0 = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 5, 5.1, 5.2, 5.3, 5.4, 5.5, 5.6, 5.7];
    const x1 = x0.map((x) => x + 0.05);
    expect(subPixelRuns(x0, x1, x0.length)).toEqual([
      [0, 7],
      [8, 15],
    ]);
    // Fewer than LOD_MIN_RUN on either side of the gap: one by one.
    expect(subPixelRuns(x0.slice(0, 4), x1.slice(0, 4), 4)).toHaveLength(4);
    expect(LOD_MIN_RUN).toBeGreaterThan(4);
  });
});

describe('layout with level of detail', () => {
  const source = `import asyncio

async def main():
    for i in range(3000):
        await asyncio.sleep(0.1)

asyncio.run(main())
`;
  const model = buildTimeline(simulate(source), { source });
  const base = { width: 700, theme: 'light' as const, locale: 'en' as const };

  it('draws 6,000 states of one lane in a few marks at full view, on both axes', () => {
    for (const axis of ['time', 'step'] as const) {
      const L = layoutTimeline(model, { ...base, axis });
      const rects = L.lanes[0].rects;
      expect(model.lanes[0].segments.length).toBeGreaterThan(6000);
      expect(rects.length).toBeLessThan(10);
      const merged = rects.filter((r) => r.merged);
      expect(merged.length).toBeGreaterThan(0);
      expect(merged.reduce((a, r) => a + r.merged!, 0)).toBeGreaterThan(5000);
      // In the state that covers most of it: sleeping in time, running and sleeping alike in steps.
      expect(merged.map((r) => r.state)).toContain(axis === 'time' ? 'sleeping' : 'running');
      expect(merged[0].tooltip).toMatch(/^Task-1: \d+ states from 0\.0 s to /);
    }
  });

  it('draws them one by one when zoomed in far enough, and all of them without it', () => {
    const zoomed = layoutTimeline(model, { ...base, axis: 'time', rangeStart: 10, rangeEnd: 12 });
    expect(zoomed.lanes[0].rects.some((r) => r.merged)).toBe(false);
    expect(zoomed.lanes[0].rects.filter((r) => r.state === 'running').length).toBeGreaterThanOrEqual(20);
    const all = layoutTimeline(model, { ...base, axis: 'time', lod: false });
    expect(all.lanes[0].rects.length).toBeGreaterThan(3000);
  });

  it('places the cursor of one step as the whole-run cursor does', () => {
    for (const axis of ['time', 'step'] as const) {
      const full = layoutTimeline(model, { ...base, axis });
      const lean = layoutTimeline(model, { ...base, axis, cursor: false });
      expect(lean.cursorX).toHaveLength(0);
      for (const k of [0, 1, 777, model.stepCount - 1]) {
        expect(cursorAt(model, lean, k)).toEqual({ x: full.cursorX[k], label: full.cursorLabel[k] });
      }
    }
  });
});
