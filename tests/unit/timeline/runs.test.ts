import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';
import { SHARED, modelOf } from './helpers';

const base: LayoutOptions = { width: 900, axis: 'time', theme: 'light', locale: 'en' };

describe('asyncio.run marks', () => {
  it('the engine reports where each asyncio.run starts', () => {
    const r = simulate(`import asyncio

async def one():
    await asyncio.sleep(1)

asyncio.run(one())
asyncio.run(one())
asyncio.run(one())
`);
    expect(r.ui.runs).toEqual([
      { t: 0, step: 0, task: 'Task-1', tasksBefore: 0 },
      { t: 1, step: 2, task: 'Task-4', tasksBefore: 1 },
      { t: 2, step: 4, task: 'Task-7', tasksBefore: 2 },
    ]);
  });

  it('marks each run on the time axis and says why task numbers jump', () => {
    const { model } = modelOf(join(SHARED, 's003_sequential_vs_concurrent.py'));
    expect(model.runs.map((r) => [r.n, r.t, r.task, r.skipped])).toEqual([
      [1, 0, 'Task-1', null],
      [2, 3, 'Task-4', [2, 3]],
    ]);
    const l = layoutTimeline(model, base);
    expect(l.runs.map((r) => r.label)).toEqual(['asyncio.run #1', 'asyncio.run #2']);
    const tick = (v: number) => l.ticks.find((t) => t.value === v)!.x;
    expect(l.runs[1].x).toBeCloseTo(tick(3), 1);
    expect(l.runs[1].tooltip).toBe(
      'asyncio.run #2 starts at 3.0 s; Task-4 runs its coroutine. Task numbers jump: Task-2, Task-3 went to the shutdown of asyncio.run #1 (shutdown_asyncgens and shutdown_default_executor run as tasks too, and no lane shows them).',
    );
    const ko = layoutTimeline(model, { ...base, locale: 'ko' });
    expect(ko.runs[1].tooltip).toMatch(
      /^asyncio\.run #2: 3\.0 s에 시작 — Task-4에서 코루틴 실행\. 태스크 번호가 건너뜀: Task-2, Task-3/,
    );
    // On the step axis the mark sits at the first step of the second run.
    const st = layoutTimeline(model, { ...base, axis: 'step' });
    const firstOfRun2 = model.steps.findIndex((s) => s.task === 'Task-4');
    expect(model.runs[1].step).toBe(firstOfRun2);
    expect(st.runs[1].x).toBeCloseTo(
      st.x.range[0] + ((st.x.range[1] - st.x.range[0]) * model.steps[firstOfRun2].slot) / st.x.domain[1],
      0,
    );
  });

  it('draws nothing for a program with one asyncio.run, and hides later runs with the future', () => {
    const one = buildTimeline(simulate('import asyncio\nasync def f():\n    pass\nasyncio.run(f())\n'));
    expect(one.runs).toHaveLength(1);
    expect(layoutTimeline(one, base).runs).toEqual([]);
    const { model } = modelOf(join(SHARED, 's003_sequential_vs_concurrent.py'));
    expect(layoutTimeline(model, { ...base, upToStep: 1 }).runs.map((r) => r.n)).toEqual([1]);
  });
});
