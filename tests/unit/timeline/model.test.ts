import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, stateAt, type Segment, type TimelineModel } from '../../../src/lib/timeline/model';
import { SHARED, CASES, modelOf, bigProgram } from './helpers';

const lane = (m: TimelineModel, name: string) => {
  const l = m.lanes.find((x) => x.name === name);
  if (!l) throw new Error(`no lane ${name}`);
  return l;
};
const spans = (segs: Segment[], kind: string) => segs.filter((s) => s.kind === kind).map((s) => [s.start, s.end]);

describe('buildTimeline: sequential vs concurrent', () => {
  const { model } = modelOf(join(SHARED, 's003_sequential_vs_concurrent.py'));

  it('has one lane per task with coro, parent and end state', () => {
    expect(model.lanes.map((l) => l.name)).toEqual(['Task-1', 'Task-4', 'Task-5', 'Task-6', 'Task-7']);
    expect(model.lanes.map((l) => l.coro)).toEqual(['sequential', 'concurrent', 'fetch', 'fetch', 'fetch']);
    expect(model.lanes.map((l) => l.parent)).toEqual([null, null, 'Task-4', 'Task-4', 'Task-4']);
    expect(model.lanes.every((l) => l.end === 'done')).toBe(true);
    expect(lane(model, 'Task-1').doneTime).toBe(3);
    expect(lane(model, 'Task-5').created).toBe(3);
    expect(model.end).toBe(4);
  });

  it('Task-1 sleeps 0–1, 1–2, 2–3', () => {
    const t1 = lane(model, 'Task-1');
    expect(spans(t1.segments, 'sleeping')).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(t1.segments.filter((s) => s.kind === 'running').map((s) => s.step)).toEqual([0, 1, 2, 3]);
    expect(t1.segments.find((s) => s.kind === 'sleeping')!.until).toBe(1);
  });

  it('the gathered tasks sleep in parallel from 3 to 4 while Task-4 waits on gather', () => {
    for (const n of ['Task-5', 'Task-6', 'Task-7'])
      expect(spans(lane(model, n).segments, 'sleeping')).toEqual([[3, 4]]);
    const t4 = lane(model, 'Task-4');
    const w = t4.segments.find((s) => s.kind === 'waiting')!;
    expect(w.on).toBe('gather');
    expect([w.start, w.end]).toEqual([3, 4]);
  });

  it('segments are ordered, contiguous in step space and non-overlapping', () => {
    for (const l of model.lanes) {
      for (let i = 1; i < l.segments.length; i++) {
        const a = l.segments[i - 1];
        const b = l.segments[i];
        expect(b.startStep).toBe(a.endStep);
        expect(b.start).toBeGreaterThanOrEqual(a.end - 1e-9);
        expect(b.startSlot).toBeGreaterThanOrEqual(a.endSlot - 1e-9);
      }
    }
  });

  it('queued tasks are ready until they run', () => {
    const t7 = lane(model, 'Task-7');
    // Created during Task-4's step 4, runs at step 7: ready for steps 5 and 6.
    expect(t7.segments[0]).toMatchObject({ kind: 'ready', startStep: 5, endStep: 7 });
  });

  it('draws spawn and fan-in arrows', () => {
    const kinds = model.arrows.map((a) => `${a.kind}:${model.lanes[a.from].name}->${model.lanes[a.to].name}`).sort();
    expect(kinds).toEqual([
      'fan-in:Task-5->Task-4',
      'fan-in:Task-6->Task-4',
      'fan-in:Task-7->Task-4',
      'spawn:Task-4->Task-5',
      'spawn:Task-4->Task-6',
      'spawn:Task-4->Task-7',
    ]);
  });

  it('step axis gives idle slots to the time the loop waits for timers', () => {
    expect(model.idle.map((s) => [s.from, s.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
    ]);
    expect(model.slotCount).toBe(model.stepCount + model.idle.length);
    const sl = lane(model, 'Task-1').segments.filter((s) => s.kind === 'sleeping');
    expect(sl.every((s) => s.endSlot - s.startSlot === 1)).toBe(true);
  });
});

describe('stateAt', () => {
  const { model } = modelOf(join(SHARED, 's003_sequential_vs_concurrent.py'));
  const at = (k: number) => Object.fromEntries(stateAt(model, k).map((s) => [s.lane, s]));

  it('reports running, waiting, ready, not-created and done', () => {
    const s4 = at(4);
    expect(s4['Task-1'].state).toBe('done');
    expect(s4['Task-4']).toMatchObject({ state: 'running', line: 'concurrent:17' });
    expect(s4['Task-5'].state).toBe('not-created');
    const s6 = at(6);
    expect(s6['Task-4']).toMatchObject({ state: 'waiting', waitsOn: 'gather', line: 'concurrent:19' });
    expect(s6['Task-5']).toMatchObject({ state: 'sleeping', line: 'fetch:6' });
    expect(s6['Task-6'].state).toBe('running');
    expect(s6['Task-7'].state).toBe('ready');
    const s11 = at(11);
    expect(s11['Task-4'].state).toBe('running');
    expect(s11['Task-5'].state).toBe('done');
  });

  it('has exactly one running lane at every step', () => {
    for (let k = 0; k < model.stepCount; k++) {
      const running = stateAt(model, k).filter((s) => s.state === 'running');
      expect(running.map((s) => s.lane)).toEqual([model.steps[k].task]);
    }
  });
});

describe('buildTimeline: waits and wake-ups', () => {
  it('semaphore waiters are blocked-sync and woken by the releasing task', () => {
    const { model } = modelOf(join(SHARED, 's002_semaphore_fetch.py'));
    const t4 = lane(model, 'Task-4');
    const b = t4.segments.find((s) => s.kind === 'blocked-sync')!;
    expect(b.on).toBe('Semaphore');
    expect([b.start, b.end]).toEqual([0, 0.5]);
    const wakes = model.arrows
      .filter((a) => a.kind === 'wake')
      .map((a) => `${model.lanes[a.from].name}->${model.lanes[a.to].name}`);
    expect(wakes).toEqual(['Task-3->Task-4', 'Task-2->Task-5', 'Task-5->Task-6']);
    expect(model.arrows.filter((a) => a.kind === 'fan-in')).toHaveLength(5);
  });

  it('events: waiters blocked on Event, woken by the setter', () => {
    const { model } = modelOf(join(CASES, 'event_basic.py'));
    expect(lane(model, 'Task-2').segments.find((s) => s.kind === 'blocked-sync')!.on).toBe('Event');
    const t1 = lane(model, 'Task-1');
    expect(t1.segments.find((s) => s.kind === 'waiting' && s.on === 'Task-4')).toBeTruthy();
    const wakes = model.arrows
      .filter((a) => a.kind === 'wake')
      .map((a) => `${model.lanes[a.from].name}->${model.lanes[a.to].name}`);
    expect(wakes).toContain('Task-1->Task-2');
    expect(wakes).toContain('Task-4->Task-1');
  });

  it('a blocking call freezes the other lanes and stretches the blocking step', () => {
    const { model } = modelOf(join(CASES, 'loop_time_sleep_blocks.py'));
    expect(model.frozen).toHaveLength(1);
    const f = model.frozen[0];
    expect(f.what).toBe('time.sleep(2)');
    const blocker = lane(model, 'Task-3');
    const run = blocker.segments.find((s) => s.kind === 'running' && s.blocking)!;
    expect(run.end - run.start).toBeCloseTo(2);
    for (const n of ['Task-1', 'Task-2']) {
      const fr = lane(model, n).segments.filter((s) => s.kind === 'frozen');
      expect(fr).toHaveLength(1);
      expect(fr[0].start).toBeCloseTo(0.6);
      expect(fr[0].end).toBeCloseTo(2.6);
      // Nothing else overlaps the freeze on the time axis.
      for (const s of lane(model, n).segments) {
        if (s.kind === 'frozen' || s.kind === 'running') continue;
        expect(s.end <= 0.6 + 1e-9 || s.start >= 2.6 - 1e-9).toBe(true);
      }
    }
    expect(stateAt(model, f.step!).find((s) => s.lane === 'Task-2')!.state).toBe('frozen');
  });

  it('end marks: failed tasks and exceptions', () => {
    // gather_child_raises: Task-4 raises RuntimeError (as CPython recorded it).
    const { model } = modelOf(join(CASES, 'gather_child_raises.py'));
    expect(lane(model, 'Task-4').end).toBe('failed');
    expect(lane(model, 'Task-4').exception).toBe('RuntimeError');
    expect(lane(model, 'Task-2').end).toBe('done');
  });

  it('lock waiters are blocked-sync on the Lock', () => {
    const { model } = modelOf(join(CASES, 'lock_contention_manual.py'));
    expect(lane(model, 'Task-3').segments.find((s) => s.kind === 'blocked-sync')!.on).toBe('Lock');
  });

  // One test per program: each has its own time limit, and a failure names its program.
  const programs = [SHARED, CASES].flatMap((dir) =>
    readdirSync(dir)
      .filter((x) => x.endsWith('.py'))
      .map((f) => [f, dir] as const),
  );
  it.each(programs)('builds a model for the conformance program %s without throwing', (f, dir) => {
    const { model } = modelOf(join(dir, f));
    expect(model.lanes.length).toBeGreaterThanOrEqual(0);
    for (const l of model.lanes) {
      for (const s of l.segments) {
        expect(s.end).toBeGreaterThanOrEqual(s.start);
        expect(s.endStep).toBeGreaterThanOrEqual(s.startStep);
        expect(s.endSlot).toBeGreaterThanOrEqual(s.startSlot - 1e-9);
      }
    }
    for (let k = 0; k < model.stepCount; k++) {
      const running = stateAt(model, k).filter((s) => s.state === 'running');
      const own = model.lanes[model.steps[k].lane].name;
      expect(running.filter((s) => s.lane === own)).toHaveLength(1);
      // Any other task running then is one whose step an eager task's first step runs inside.
      for (const r of running) {
        if (r.lane === own) continue;
        const lane = model.lanes.find((l) => l.name === r.lane)!;
        const holder = lane.segments.find((s) => s.kind === 'running' && s.startStep < k && k < s.endStep);
        expect(holder, `${f} step ${k}: ${r.lane}`).toBeDefined();
      }
    }
  });
});

describe('a 1,000-task program', () => {
  const src = bigProgram(1000);
  const result = simulate(src);

  it('builds lanes, states and arrows for every task', () => {
    const model = buildTimeline(result, { source: src });
    expect(model.lanes).toHaveLength(1001);
    expect(model.arrows.filter((a) => a.kind === 'spawn')).toHaveLength(1000);
    expect(model.arrows.filter((a) => a.kind === 'fan-in')).toHaveLength(1000);
    for (let i = 1; i <= 1000; i++) {
      const l = model.lanes[i];
      const d = ((i - 1) % 10) / 10;
      expect(l.end).toBe('done');
      if (d > 0) expect(spans(l.segments, 'sleeping')).toEqual([[0, d]]);
      else expect(l.segments.some((s) => s.kind === 'sleeping')).toBe(false);
      expect(l.doneTime).toBeCloseTo(d);
    }
    const mid = stateAt(model, 1500);
    expect(mid.filter((s) => s.state === 'running')).toHaveLength(1);
  });
});

describe('buildTimeline: edge cases', () => {
  it('top-level blocking calls freeze the loop without belonging to a step', () => {
    const src = [
      'import asyncio, time',
      'async def a():',
      '    await asyncio.sleep(1)',
      'async def b():',
      '    time.sleep(0.5)',
      '    await asyncio.sleep(1)',
      'asyncio.run(a())',
      'time.sleep(2)',
      'asyncio.run(b())',
      '',
    ].join('\n');
    const model = buildTimeline(simulate(src), { source: src });
    expect(model.frozen.map((f) => [f.t, f.seconds, f.step === null])).toEqual([
      [1, 2, true],
      [3, 0.5, false],
    ]);
    expect(spans(model.lanes[0].segments, 'running')).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(spans(model.lanes[1].segments, 'running')[0]).toEqual([3, 3.5]);
  });

  it('a sleeper cancelled early keeps its timer as `until`', () => {
    const src = [
      'import asyncio',
      'async def w():',
      '    await asyncio.sleep(5)',
      'async def main():',
      '    t = asyncio.create_task(w())',
      '    await asyncio.sleep(1)',
      '    t.cancel()',
      '    try:',
      '        await t',
      '    except asyncio.CancelledError:',
      '        pass',
      'asyncio.run(main())',
      '',
    ].join('\n');
    const model = buildTimeline(simulate(src), { source: src });
    const w = lane(model, 'Task-2');
    expect(w.end).toBe('cancelled');
    const s = w.segments.find((x) => x.kind === 'sleeping')!;
    expect([s.start, s.end, s.until]).toEqual([0, 1, 5]);
    // The canceller's arrow is a cancel arrow (the true cause), no longer a wake arrow.
    expect(model.arrows.some((a) => a.kind === 'cancel' && a.from === 0 && a.to === 1)).toBe(true);
  });

  it('empty and invalid programs give an empty model', () => {
    for (const src of ['print(1)\n', 'def (:\n']) {
      const model = buildTimeline(simulate(src));
      expect(model.lanes).toEqual([]);
      expect(model.stepCount).toBe(0);
      expect(stateAt(model, 0)).toEqual([]);
    }
  });
});
