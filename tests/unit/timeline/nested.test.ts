import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';

const base: LayoutOptions = { width: 960, axis: 'time', theme: 'light', locale: 'en' };

const source = `import asyncio

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def greet(name):
    await say_after(1, f"hello {name}")
    await say_after(0.5, f"bye {name}")

async def main():
    task = asyncio.create_task(greet("ada"))
    await say_after(2, 'world')
    await task

asyncio.run(main())
`;

describe('nested bars of the await chain', () => {
  const model = buildTimeline(simulate(source), { source });

  it('finds each frame\u2019s lifetime below the task\u2019s own coroutine', () => {
    const greet = model.lanes.find((l) => l.name === 'Task-2')!;
    expect(greet.frameBars).toEqual([
      { depth: 1, call: "say_after(1, 'hello ada')", startStep: 1, endStep: 3 },
      { depth: 1, call: "say_after(0.5, 'bye ada')", startStep: 2, endStep: 4 },
    ]);
    expect(model.lanes[0].frameBars).toEqual([{ depth: 1, call: "say_after(2, 'world')", startStep: 0, endStep: 5 }]);
  });

  it('opens the chosen lanes into one sub-row per depth, each bar labelled with its call', () => {
    const closed = layoutTimeline(model, base);
    expect(closed.lanes.map((l) => l.label)).toEqual(['Task-1 · main', 'Task-2 · greet']);
    const open = layoutTimeline(model, { ...base, nested: ['Task-2'] });
    expect(open.lanes.map((l) => [l.label, l.sub])).toEqual([
      ['Task-1 · main', undefined],
      ['Task-2 · greet', undefined],
      ['↳ say_after', 1],
    ]);
    const sub = open.lanes[2];
    const sleeps = sub.rects.filter((r) => r.state === 'sleeping');
    expect(sleeps.map((r) => r.label)).toEqual(["say_after(1, 'hello ada') · sleep 1 s", "say_after(0.5, 'bye ada')"]);
    // The bars do not overlap: the second call starts where the first one returned (1 s).
    expect(sleeps[0].x + sleeps[0].w).toBeLessThanOrEqual(sleeps[1].x + 0.01);
    expect(sub.marks).toEqual([]); // no end mark on a sub-row
    expect(sub.ariaLabel).toBe('Task-2, await depth 1: say_after');
    // The subtitle still counts tasks, not rows; every lane can be opened at once.
    expect(open.subtitle).toMatch(/^2 tasks/);
    expect(layoutTimeline(model, { ...base, nested: true }).lanes).toHaveLength(4);
  });

  it('a recursive chain opens into one row per depth', () => {
    const src = `import asyncio

async def down(n):
    if n == 0:
        await asyncio.sleep(1)
        return
    await down(n - 1)

asyncio.run(down(3))
`;
    const m = buildTimeline(simulate(src), { source: src });
    const l = layoutTimeline(m, { ...base, nested: true });
    expect(l.lanes.map((x) => x.label)).toEqual(['Task-1 · down', '↳ down', '↳ down', '↳ down']);
    expect(l.lanes[3].rects.find((r) => r.state === 'sleeping')!.label).toBe('down(0) · sleep 1 s');
  });

  it('puts a disclosure triangle before lanes that can open, only when asked (the app)', () => {
    expect(layoutTimeline(model, base).lanes.map((l) => l.toggle)).toEqual([undefined, undefined]);
    const app = layoutTimeline(model, { ...base, disclosure: true, nested: ['Task-1'] });
    expect(app.lanes.map((l) => l.toggle)).toEqual(['open', undefined, 'closed']);
  });
});
