/** The timeline uses the true causes: a dashed cancel arrow, and causes in running and end tooltips. */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';

const TASKGROUP = `import asyncio
async def worker(n):
    await asyncio.sleep(n)
async def bad():
    await asyncio.sleep(1)
    raise ValueError('boom')
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(3))
            tg.create_task(bad())
    except* ValueError:
        pass
asyncio.run(main())
`;

const CANCEL = `import asyncio
async def victim():
    await asyncio.sleep(5)
async def main():
    v = asyncio.create_task(victim())
    await asyncio.sleep(1)
    v.cancel()
    await asyncio.sleep(0)
asyncio.run(main())
`;

const base: LayoutOptions = { width: 900, axis: 'time', theme: 'light', locale: 'en', title: 'demo' };

function layout(src: string, opts: Partial<LayoutOptions> = {}) {
  const model = buildTimeline(simulate(src), { source: src });
  return { model, l: layoutTimeline(model, { ...base, ...opts }) };
}

describe('cancel arrows and cause tooltips', () => {
  it('draws a cancel arrow from the task whose exception made the TaskGroup cancel to each cancelled task', () => {
    const { model, l } = layout(TASKGROUP);
    const cancels = model.arrows
      .filter((a) => a.kind === 'cancel')
      .map((a) => `${model.lanes[a.from].name}->${model.lanes[a.to].name}`);
    expect(cancels.sort()).toEqual(['Task-3->Task-1', 'Task-3->Task-2']);
    const drawn = l.arrows.filter((a) => a.kind === 'cancel');
    expect(drawn.length).toBe(2);
    expect(drawn[0].dash).toBe('5 2 1 2');
    expect(drawn.map((a) => a.tooltip)).toContain('Task-3 cancels Task-2 at 1.0 s');
    expect(l.legend.some((i) => i.kind === 'arrow' && i.key === 'cancel' && i.dash === '5 2 1 2')).toBe(true);
  });

  it("draws a cancel arrow from the caller of cancel() and says who in the cancelled task's tooltips", () => {
    const { model, l } = layout(CANCEL);
    const a = model.arrows.filter((x) => x.kind === 'cancel');
    expect(a.map((x) => `${model.lanes[x.from].name}->${model.lanes[x.to].name}`)).toEqual(['Task-1->Task-2']);
    expect(model.arrows.some((x) => x.kind === 'wake' && model.lanes[x.to].name === 'Task-2')).toBe(false);
    const victim = l.lanes.find((x) => x.name === 'Task-2')!;
    expect(victim.marks[0].tooltip).toBe('Task-2 was cancelled at 1.0 s (cancel() by Task-1 at line 7)');
    const tips = victim.rects.map((r) => r.tooltip).join('\n');
    expect(tips).toContain('(cancel() by Task-1 at line 7)');
    const ko = layout(CANCEL, { locale: 'ko' }).l.lanes.find((x) => x.name === 'Task-2')!;
    expect(ko.marks[0].tooltip).toContain('(cancel(): Task-1, 7번 줄)');
    const main = l.lanes.find((x) => x.name === 'Task-1')!;
    expect(main.rects.map((r) => r.tooltip).join('\n')).toContain('(timer due at 1.0 s)');
  });
});

describe('blocked segments quote the state of what they wait on', () => {
  it('a task blocked on a semaphore says its free permits, holders and waiters', () => {
    const src = `import asyncio
async def worker(sem):
    async with sem:
        await asyncio.sleep(1)
async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(worker(sem), worker(sem), worker(sem), worker(sem))
asyncio.run(main())
`;
    const { l } = layout(src);
    const tips = l.lanes.find((x) => x.name === 'Task-5')!.rects.map((r) => r.tooltip);
    expect(tips.some((t) => t.includes('(Semaphore sem: 0 of 2 free, held by Task-2 and Task-3, 2 waiting)'))).toBe(
      true,
    );
    const ko = layout(src, { locale: 'ko' }).l.lanes.find((x) => x.name === 'Task-5')!;
    expect(
      ko.rects.some((r) => r.tooltip.includes('(Semaphore sem: 2개 중 0개 남음, Task-2, Task-3 보유, 2개 대기)')),
    ).toBe(true);
  });
});
