/**
 * An unpacked model's steps and idle slots are made only when read (unpack-model.ts): the scans
 * of every step or idle slot (a click's nearest step, the doctor's marks, the step axis's ticks,
 * its idle bands, the cursor of every step) read typed columns instead (model-columns.ts) and
 * find what the built model's objects give.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, layoutTimeline } from '../../../src/lib/timeline';
import type { LayoutOptions } from '../../../src/lib/timeline/layout';
import { packTimeline, transferables } from '../../../src/lib/timeline/packed-model';
import { unpackTimeline } from '../../../src/lib/timeline/unpack-model';
import { nearestLaneStep } from '../../../src/lib/timeline/pick';

const LOOP = [
  'import asyncio',
  'async def main():',
  '    while True:',
  '        await asyncio.sleep(0.1)',
  'asyncio.run(main())',
  '',
].join('\n');
const MARKS = [0.05, 12.3, 199.95, 1e6].map((t) => ({ t, line: 4, endLine: 4, text: { en: 'x', ko: 'x' } }));

function unpacked(source: string, maxSteps: number) {
  const result = simulate(source, { maxSteps });
  const model = buildTimeline(result, { source, doctor: MARKS });
  const packed = packTimeline(model);
  const copy = structuredClone(packed, { transfer: transferables(packed) });
  const gen = unpackTimeline(copy, { stdout: result.trace.stdout, source });
  let r = gen.next();
  while (!r.done) r = gen.next();
  return { model, back: r.value };
}

describe("an unpacked model's steps", () => {
  const N = 4000;
  const { model, back } = unpacked(LOOP, N);
  const base: LayoutOptions = { width: 900, axis: 'step', theme: 'light', locale: 'en' };
  const layouts = (m: typeof model) => [
    layoutTimeline(m, base),
    layoutTimeline(m, { ...base, axis: 'time' }),
    layoutTimeline(m, { ...base, rangeStart: 1000.5, rangeEnd: 1100.5 }),
    layoutTimeline(m, { ...base, upToStep: 2500 }),
  ];
  const picks = (m: typeof model) =>
    [-3, 0.2, 17.6, 555.5, 3999.5, 9000].flatMap((v) => [
      nearestLaneStep(m, 0, 'step', v),
      nearestLaneStep(m, 0, 'time', v / 10),
      nearestLaneStep(m, 0, 'step', v, 1200),
    ]);

  it('are made only when read: unpacking, laying out and picking make none of the 4,000', () => {
    expect(model.steps.length).toBeGreaterThanOrEqual(N);
    expect(model.idle.length).toBeGreaterThan(N / 3);
    // Each step's object reads its lane's name as it is made.
    const lane = back.lanes[0];
    const name = lane.name;
    let reads = 0;
    Object.defineProperty(lane, 'name', {
      get: () => (reads++, name),
      enumerable: true,
      configurable: true,
    });
    layouts(back);
    picks(back);
    // The labels, and the tooltips of the segments in view when zoomed in, read it a few hundred
    // times; a scan through the steps' objects would make 4,000 of them.
    expect(reads).toBeLessThan(N / 4);
    const before = reads;
    for (let k = 0; k < back.steps.length; k++) void back.steps[k].task;
    // (but for the few the layouts read one by one: the hidden future's last step)
    expect(reads - before).toBeGreaterThan(back.steps.length - 10);
    // Made once: read again, each is the same object.
    expect(back.steps[17]).toBe(back.steps[17]);
    Object.defineProperty(lane, 'name', { value: name, enumerable: true, configurable: true, writable: true });
  });

  it('and its idle slots give what the built model gives', () => {
    expect(back).toEqual(model);
    expect(layouts(back)).toEqual(layouts(model));
    expect(picks(back)).toEqual(picks(model));
    // The marks at their steps on the step axis, the last one past every step.
    expect(layouts(back)[0].doctor.map((d) => d.cx)).toEqual(layouts(model)[0].doctor.map((d) => d.cx));
    expect(layouts(model)[0].doctor).toHaveLength(4);
  });
});
