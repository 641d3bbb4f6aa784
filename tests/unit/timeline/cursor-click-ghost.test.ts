/**
 * Issue 8 item 7, timeline defects: the step pill keeps clear of band captions, a click on a
 * lane picks that lane's nearest step, and hiding the future draws a sleep up to its due time.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';
import { captionSpan, pillWidth, placePill } from '../../../src/lib/timeline/marks/pill';
import { nearestLaneStep } from '../../../src/lib/timeline/pick';

const base: LayoutOptions = { width: 900, axis: 'time', theme: 'light', locale: 'en' };
const modelOf = (src: string) => buildTimeline(simulate(src), { source: src });

const BLOCKING = `import asyncio, time

async def blocker():
    time.sleep(1)
    await asyncio.sleep(0.5)

async def other():
    await asyncio.sleep(0.2)
    print('late')

async def main():
    await asyncio.gather(blocker(), other())

asyncio.run(main())
`;

const SLEEPS = `import asyncio

async def nap(d):
    await asyncio.sleep(d)
    return d

async def main():
    print(await asyncio.gather(nap(1), nap(2), nap(3)))

asyncio.run(main())
`;

describe('step pill and band captions', () => {
  const model = modelOf(BLOCKING);
  for (const locale of ['en', 'ko'] as const)
    it(`never covers a caption at the blocking step (${locale})`, () => {
      const L = layoutTimeline(model, { ...base, locale });
      const band = L.bands.find((b) => b.kind === 'frozen' && b.label);
      expect(band).toBeDefined();
      const span = captionSpan(band!)!;
      const inside = model.steps.findIndex((_, k) => L.cursorX[k] >= band!.x && L.cursorX[k] <= band!.x + band!.w);
      expect(inside).toBeGreaterThanOrEqual(0);
      const x = L.cursorX[inside];
      const w = pillWidth(L.cursorLabel[inside]);
      // The old placement (always right of the line) overlapped the caption.
      expect(x + 8 < span[1] && x + 8 + w > span[0]).toBe(true);
      const p = placePill(x, w, L.bands, L.width);
      expect(p.covered).toEqual([]);
      expect(p.x + p.w <= span[0] || p.x >= span[1]).toBe(true);
    });

  it('takes the right side when it is clear, and names covered captions when no side is', () => {
    const L = layoutTimeline(model, base);
    const far = L.width - 300;
    expect(placePill(far, 60, L.bands, L.width).side).toBe('right');
    const band = { ...L.bands[0], label: 'x'.repeat(200), labelX: 0 };
    const p = placePill(300, 60, [band], L.width);
    expect(p.covered).toEqual([0]);
  });
});

describe('a click on a lane', () => {
  const model = modelOf(SLEEPS);
  const lane = model.lanes.find(
    (l) => l.coro.startsWith('nap') && l.steps.length === 2 && model.steps[l.steps[1]].t === 2,
  )!;

  it("jumps to the lane's step nearest the clicked time", () => {
    const [first, second] = lane.steps;
    expect(nearestLaneStep(model, lane.index, 'time', 0.4)).toBe(first);
    expect(nearestLaneStep(model, lane.index, 'time', 1.6)).toBe(second);
    // Halfway between: the earlier step.
    expect(nearestLaneStep(model, lane.index, 'time', 1)).toBe(first);
  });

  it('uses slots on the step axis and never picks a hidden step', () => {
    const [first, second] = lane.steps;
    expect(nearestLaneStep(model, lane.index, 'step', model.steps[second].slot + 0.5)).toBe(second);
    expect(nearestLaneStep(model, lane.index, 'step', model.steps[second].slot + 0.5, second - 1)).toBe(first);
    expect(nearestLaneStep(model, 99, 'time', 0)).toBeNull();
  });
});

describe('hide the future on the time axis', () => {
  const model = modelOf(SLEEPS);
  // The step after which all three naps sleep (the last step at 0 s).
  const k = model.steps.filter((s) => s.t === 0).length - 1;

  it('draws each sleep, ghosted, up to its due time', () => {
    const L = layoutTimeline(model, { ...base, upToStep: k });
    const X = (t: number) =>
      L.x.range[0] + ((t - L.x.domain[0]) / (L.x.domain[1] - L.x.domain[0])) * (L.x.range[1] - L.x.range[0]);
    const ghosts = L.lanes.flatMap((l) => l.rects.filter((r) => r.ghost).map((r) => ({ lane: l.name, r })));
    expect(ghosts.map((g) => Math.round(g.r.x + g.r.w))).toEqual([1, 2, 3].map((t) => Math.round(X(t))));
    // Without them every nap lane would be slivers of at most 4 px.
    for (const l of L.lanes.filter((x) => x.rects.some((r) => r.ghost)))
      expect(Math.max(...l.rects.map((r) => r.w))).toBeGreaterThan(100);
    expect(ghosts.every((g) => g.r.step === null && g.r.state === 'sleeping')).toBe(true);
  });

  it('draws no ghost once the whole run is shown, nor on the step axis', () => {
    const all = layoutTimeline(model, base);
    expect(all.lanes.some((l) => l.rects.some((r) => r.ghost))).toBe(false);
    const step = layoutTimeline(model, { ...base, axis: 'step', upToStep: k });
    expect(step.lanes.some((l) => l.rects.some((r) => r.ghost))).toBe(false);
    // After a nap woke, its past sleep is real, not a ghost.
    const late = layoutTimeline(model, { ...base, upToStep: model.stepCount - 1 });
    expect(late.lanes.some((l) => l.rects.some((r) => r.ghost))).toBe(false);
  });
});
