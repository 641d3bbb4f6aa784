import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';
import { formatSeconds, formatTick } from '../../../src/lib/timeline/i18n';
import { SHARED, CASES, modelOf, bigProgram } from './helpers';

const base: LayoutOptions = { width: 900, axis: 'time', theme: 'light', locale: 'en', title: 'demo' };
const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;

describe('layoutTimeline', () => {
  const { model } = modelOf(join(SHARED, 's003_sequential_vs_concurrent.py'));

  it('is deterministic', () => {
    const a = layoutTimeline(model, base);
    const b = layoutTimeline(modelOf(join(SHARED, 's003_sequential_vs_concurrent.py')).model, base);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('is plain data: no functions or DOM nodes survive into the layout', () => {
    const l = layoutTimeline(model, { ...base, axis: 'step', theme: 'print' });
    expect(structuredClone(l)).toEqual(l);
  });

  it('rounds coordinates to 0.01', () => {
    const l = layoutTimeline(model, base);
    for (const lane of l.lanes) {
      for (const r of lane.rects) for (const v of [r.x, r.y, r.w, r.h]) expect(decimals(v)).toBeLessThanOrEqual(2);
    }
    for (const t of l.ticks) expect(decimals(t.x)).toBeLessThanOrEqual(2);
  });

  it('has a time scale, nice ticks and labelled lanes', () => {
    const l = layoutTimeline(model, base);
    expect(l.x.domain).toEqual([0, 4]);
    expect(l.ticks.map((t) => t.label)).toEqual([
      '0 s',
      '0.5 s',
      '1 s',
      '1.5 s',
      '2 s',
      '2.5 s',
      '3 s',
      '3.5 s',
      '4 s',
    ]);
    expect(l.lanes.map((x) => x.label)).toEqual([
      'Task-1 · sequential',
      'Task-4 · concurrent',
      'Task-5 · fetch',
      'Task-6 · fetch',
      'Task-7 · fetch',
    ]);
    // Sleep bars of Task-1 end where the 1 s / 2 s / 3 s ticks are.
    const sleeps = l.lanes[0].rects.filter((r) => r.state === 'sleeping');
    expect(sleeps).toHaveLength(3);
    const tick = (v: number) => l.ticks.find((t) => t.value === v)!.x;
    expect(Math.abs(sleeps[0].x + sleeps[0].w - tick(1))).toBeLessThan(0.02);
    expect(Math.abs(sleeps[2].x - tick(2))).toBeLessThan(0.02);
  });

  it('writes tooltip sentences in English and Korean', () => {
    const en = layoutTimeline(model, base);
    const sleep = en.lanes[0].rects.find((r) => r.state === 'sleeping')!;
    expect(sleep.tooltip).toBe("Task-1 sleeps until 1.0 s: `await asyncio.sleep(delay)`, line 6 — in fetch('a', 1)");
    const wait = en.lanes[1].rects.find((r) => r.state === 'waiting')!;
    expect(wait.tooltip).toMatch(/^Task-4 waits for gather\(\)/);
    expect(en.lanes[0].marks[0].tooltip).toBe('Task-1 finished at 3.0 s');
    const ko = layoutTimeline(model, { ...base, locale: 'ko' });
    expect(ko.lanes[0].rects.find((r) => r.state === 'sleeping')!.tooltip).toBe(
      "Task-1: 1.0 s까지 잠듦: `await asyncio.sleep(delay)`, 6행 — fetch('a', 1) 안에서",
    );
    expect(ko.axisLabel).toBe('가상 시간');
    expect(ko.legend.map((x) => x.label)).toContain('실행 중');
  });

  it('step axis: one slot per step plus idle slots, 1-based step ticks', () => {
    const l = layoutTimeline(model, { ...base, axis: 'step' });
    expect(l.x.domain).toEqual([0, model.slotCount]);
    expect(l.ticks[0].label).toBe('1');
    expect(l.bands.filter((b) => b.kind === 'idle')).toHaveLength(model.idle.length);
    const running = l.lanes.flatMap((x) => x.rects.filter((r) => r.state === 'running'));
    expect(running).toHaveLength(model.stepCount);
    const w = running[0].w;
    expect(running.every((r) => Math.abs(r.w - w) < 0.02)).toBe(true);
  });

  it('palettes: print is greyscale, states keep distinct non-colour cues', () => {
    const p = layoutTimeline(model, { ...base, theme: 'print', axis: 'step' });
    const colours = JSON.stringify(p.palette).match(/#[0-9a-f]{6}/gi)!;
    for (const c of colours) expect(c.slice(1, 3)).toBe(c.slice(3, 5));
    const d = layoutTimeline(model, { ...base, theme: 'dark' });
    expect(d.palette.background).not.toBe('#ffffff');
    const cue = (s: string) => {
      const r = p.lanes.flatMap((x) => x.rects).find((x) => x.state === s)!;
      return `${r.pattern}|${r.dash}|${r.h}`;
    };
    const cues = ['running', 'ready', 'sleeping', 'waiting'].map(cue);
    expect(new Set(cues).size).toBe(cues.length);
  });

  it('lane subset, range and upToStep', () => {
    const sub = layoutTimeline(model, { ...base, lanes: ['Task-5', 'Task-1'] });
    expect(sub.lanes.map((x) => x.name)).toEqual(['Task-1', 'Task-5']);
    expect(sub.arrows).toHaveLength(0);
    const ranged = layoutTimeline(model, { ...base, rangeStart: 3, rangeEnd: 4 });
    expect(ranged.x.domain).toEqual([3, 4]);
    for (const lane of ranged.lanes)
      for (const r of lane.rects) {
        expect(r.x).toBeGreaterThanOrEqual(ranged.plot.x - 0.01);
        expect(r.x + r.w).toBeLessThanOrEqual(ranged.plot.x + ranged.plot.width + 0.01);
      }
    const upto = layoutTimeline(model, { ...base, upToStep: 4 });
    expect(upto.lanes[2].rects).toHaveLength(0);
    expect(upto.lanes[0].marks).toHaveLength(1);
    expect(upto.lanes[1].marks).toHaveLength(0);
    expect(upto.cursorX[4]).toBeGreaterThan(upto.plot.x);
  });

  it('frozen loop band for blocking calls', () => {
    const { model: m } = modelOf(join(CASES, 'loop_time_sleep_blocks.py'));
    const l = layoutTimeline(m, base);
    const band = l.bands.find((b) => b.kind === 'frozen')!;
    expect(band.label).toBe('time.sleep(2) froze the loop');
    const frozen = l.lanes.flatMap((x) => x.rects).filter((r) => r.state === 'frozen');
    expect(frozen).toHaveLength(2);
    expect(frozen[0].tooltip).toMatch(/froze the event loop from 0\.6 s to 2\.6 s/);
  });

  it('formats times', () => {
    expect(formatSeconds(1)).toBe('1.0 s');
    expect(formatSeconds(0.25)).toBe('0.25 s');
    expect(formatSeconds(0.6000000000000001)).toBe('0.6 s');
    expect(formatTick(0.25, 2)).toBe('0.25 s');
    expect(formatTick(1, 1)).toBe('1 s');
  });
});

describe('a 1,000-task program lays out', () => {
  it('on both axes with every lane and arrow', () => {
    const src = bigProgram(1000);
    const model = buildTimeline(simulate(src), { source: src });
    for (const axis of ['time', 'step'] as const) {
      const l = layoutTimeline(model, { ...base, axis, width: 1200, laneHeight: 16 });
      expect(l.lanes).toHaveLength(1001);
      // 1,000 spawn arrows; the 1,000-way fan-in collapses to the last child's arrow.
      expect(l.arrows.filter((a) => a.kind === 'spawn')).toHaveLength(1000);
      const fan = l.arrows.filter((a) => a.kind === 'fan-in');
      expect(fan).toHaveLength(1);
      expect(fan[0].tooltip).toMatch(/last of 1000 tasks/);
      expect(l.height).toBeGreaterThan(1001 * 16);
      expect(l.cursorX).toHaveLength(model.stepCount);
      const sleeping = l.lanes.slice(1).filter((x) => x.rects.some((r) => r.state === 'sleeping'));
      expect(sleeping).toHaveLength(900);
    }
  });
});
