import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';
import { SHARED, modelOf } from './helpers';

const base: LayoutOptions = { width: 1200, axis: 'time', theme: 'light', locale: 'en' };

const tutorial = `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    await say_after(1, 'hello')
    await say_after(2, 'world')

asyncio.run(main())
`;

describe('segment labels name the awaited call of the program', () => {
  it('a sleep inside say_after is labelled with the call, the sleep as secondary text', () => {
    const r = simulate(tutorial);
    const model = buildTimeline(r, { source: tutorial });
    const sleeps = model.lanes[0].segments.filter((s) => s.kind === 'sleeping');
    expect(sleeps.map((s) => s.call)).toEqual(["say_after(1, 'hello')", "say_after(2, 'world')"]);
    const l = layoutTimeline(model, base);
    const labels = l.lanes[0].rects.filter((r) => r.state === 'sleeping').map((r) => r.label);
    expect(labels).toEqual(["say_after(1, 'hello') · sleep 1 s", "say_after(2, 'world') · sleep 2 s"]);
    const tip = l.lanes[0].rects.find((r) => r.state === 'sleeping')!.tooltip;
    expect(tip).toBe("Task-1 sleeps until 1.0 s: `await asyncio.sleep(delay)`, line 4 — in say_after(1, 'hello')");
  });

  it('drops the secondary text, then the call, when the bar is too narrow', () => {
    const model = buildTimeline(simulate(tutorial), { source: tutorial });
    const at = (width: number) =>
      layoutTimeline(model, { ...base, width })
        .lanes[0].rects.filter((r) => r.state === 'sleeping')
        .map((r) => r.label);
    expect(at(700)).toEqual(["say_after(1, 'hello') · sleep 1 s", "say_after(2, 'world') · sleep 2 s"]);
    expect(at(560)).toEqual(["say_after(1, 'hello')", "say_after(2, 'world') · sleep 2 s"]);
    expect(at(400)).toEqual(['sleep 1 s', "say_after(2, 'world')"]);
    expect(at(300)).toEqual([null, 'sleep 2 s']);
  });

  it("a task's own call labels its waits when nothing of the program is below it", () => {
    const { model } = modelOf(join(SHARED, 's003_sequential_vs_concurrent.py'));
    const fetch = model.lanes.find((l) => l.name === 'Task-5')!;
    expect(fetch.segments.find((s) => s.kind === 'sleeping')!.call).toBe("fetch('a', 1)");
    const concurrent = model.lanes.find((l) => l.name === 'Task-4')!;
    expect(concurrent.segments.find((s) => s.kind === 'waiting')!.call).toBe('concurrent()');
  });

  it('lists frames and locals in tooltips only when asked (the app), not in exports', () => {
    const r = simulate(tutorial);
    const plain = layoutTimeline(buildTimeline(r, { source: tutorial }), base);
    const withFrames = layoutTimeline(buildTimeline(r, { source: tutorial, frames: true }), base);
    const run0 = (l: typeof plain) => l.lanes[0].rects.find((x) => x.step === 0)!.tooltip;
    expect(run0(plain)).not.toContain('Frames');
    expect(run0(withFrames).split('\n').slice(1)).toEqual([
      'Frames (outermost first):',
      'main()  line 8',
      "  say_after(1, 'hello')  line 4: delay=1, what='hello'",
    ]);
  });
});
