/**
 * The timeline model packed into typed arrays in the worker (packed-model.ts), transferred and
 * unpacked on the page (unpack-model.ts), is the model built from the trace: the same lanes,
 * segments, steps, arrows and bars, and the same chart laid out from it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, layoutTimeline } from '../../../src/lib/timeline';
import { packTimeline, transferables } from '../../../src/lib/timeline/packed-model';
import { unpackTimeline } from '../../../src/lib/timeline/unpack-model';
import { laneColumns } from '../../../src/lib/timeline/lane-columns';
import { bigProgram, CASES } from './helpers';

function roundTrip(source: string) {
  const result = simulate(source);
  const model = buildTimeline(result, { source });
  const packed = packTimeline(model);
  const copy = structuredClone(packed, { transfer: transferables(packed) });
  const gen = unpackTimeline(copy, { stdout: result.trace.stdout, source });
  let r = gen.next();
  while (!r.done) r = gen.next();
  return { model, back: r.value };
}

const CASE_NAMES = [
  'loop_time_sleep_blocks',
  'gather_cancel_child',
  'condition_notify',
  'lock_fairness',
  'error_chain_from_task',
  'cancel_nested_await',
  'barrier_basic',
  ...readdirSync(CASES)
    .filter((f) => /^(taskgroup|wait|queue|semaphore)_/.test(f))
    .map((f) => f.replace(/\.py$/, ''))
    .slice(0, 8),
];

describe('a packed timeline model', () => {
  it.each(CASE_NAMES)('comes back as built: %s', (name) => {
    const { model, back } = roundTrip(readFileSync(join(CASES, `${name}.py`), 'utf8'));
    expect(back).toEqual(model);
  });

  it('lays out the same chart, grouped and not, and keeps a long lane as columns', () => {
    const { model, back } = roundTrip(bigProgram(120));
    expect(back).toEqual(model);
    const opts = { width: 800, axis: 'step' as const, theme: 'dark' as const, locale: 'en' as const };
    const grouped = { ...opts, group: { above: 50 }, rows: [0, 30] as [number, number], disclosure: true };
    expect(layoutTimeline(back, opts)).toEqual(layoutTimeline(model, opts));
    expect(layoutTimeline(back, grouped)).toEqual(layoutTimeline(model, grouped));
    const long = back.lanes.find((l) => l.segments.length > 4096);
    if (long) expect(laneColumns(long.segments).length).toBe(long.segments.length);
  });

  it("lays out a group's bars from its tasks' packed columns as from their segments: future hidden, zoomed, on both axes", () => {
    const { model, back } = roundTrip(bigProgram(120));
    const base = { width: 900, theme: 'light' as const, locale: 'en' as const, group: { above: 50 } };
    let groupBars = 0;
    for (const axis of ['time', 'step'] as const)
      for (const upToStep of [undefined, Math.floor(model.stepCount / 3)])
        for (const range of [{}, { rangeStart: model.end / 4, rangeEnd: model.end / 2 }]) {
          const opts = { ...base, axis, upToStep, ...(axis === 'time' ? range : {}) };
          const got = layoutTimeline(back, opts);
          expect(got).toEqual(layoutTimeline(model, opts));
          groupBars += got.lanes.filter((l) => l.name.startsWith('group:')).length;
        }
    expect(groupBars).toBeGreaterThan(0);
  });

  it('a long lane: its columns are the packed ones', () => {
    const src =
      'import asyncio\nasync def main():\n    for i in range(3000):\n        await asyncio.sleep(0.1)\nasyncio.run(main())\n';
    const { model, back } = roundTrip(src);
    expect(back).toEqual(model);
    const lane = back.lanes.find((l) => l.segments.length > 4096)!;
    const c = laneColumns(lane.segments);
    expect(c.length).toBe(lane.segments.length);
    expect(Array.from(c.end)).toEqual(lane.segments.map((s) => s.end));
  });

  it("reads each step's frames from the page's details, as the model built with frames has them", () => {
    const source = readFileSync(join(CASES, 'gather_nested.py'), 'utf8');
    const result = simulate(source);
    const model = buildTimeline(result, { source, frames: true });
    const gen = unpackTimeline(packTimeline(model), {
      stdout: result.trace.stdout,
      source,
      frames: (k) => result.ui.details[k]?.frames,
    });
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect(r.value.frames!.length).toBe(model.frames!.length);
    for (let k = 0; k < model.steps.length; k++) expect(r.value.frames![k]).toEqual(model.frames![k]);
    expect(model.frames!.some((f) => f?.length)).toBe(true);
  });
});
