/** The app's timeline marks the asyncio doctor's findings above the axis, at their time, with the finding as the tooltip. */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline } from '../../../src/lib/timeline/model';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';

const OPTS: LayoutOptions = { width: 900, axis: 'time', theme: 'light', locale: 'en' };
const SOURCE = [
  'import asyncio',
  'async def main():',
  '    await asyncio.sleep(1)',
  '    await asyncio.sleep(1)',
  'asyncio.run(main())',
  '',
].join('\n');
const MARK = { t: 1, line: 3, endLine: 4, text: { en: 'the awaits wait in turn', ko: '차례로 기다립니다' } };

describe('doctor marks', () => {
  const result = simulate(SOURCE);
  const model = buildTimeline(result, { source: SOURCE, doctor: [MARK] });

  it('stand on the axis at their time, saying the finding in the chart’s language', () => {
    const L = layoutTimeline(model, OPTS);
    expect(L.doctor).toHaveLength(1);
    const x1 = L.x.range[0] + ((L.x.range[1] - L.x.range[0]) * (1 - L.x.domain[0])) / (L.x.domain[1] - L.x.domain[0]);
    expect(L.doctor[0].cx).toBeCloseTo(x1, 1);
    expect(L.doctor[0].tooltip).toBe('Asyncio doctor, lines 3–4, from 1.0 s: the awaits wait in turn');
    expect(layoutTimeline(model, { ...OPTS, locale: 'ko' }).doctor[0].tooltip).toBe(
      'asyncio 진단 (3–4행, 1.0 s부터): 차례로 기다립니다',
    );
  });

  it('wait for their step when the future is hidden, and are absent without findings', () => {
    const step = model.steps.findIndex((s) => s.t >= 1);
    expect(layoutTimeline(model, { ...OPTS, upToStep: step - 1 }).doctor).toHaveLength(0);
    expect(layoutTimeline(model, { ...OPTS, upToStep: step }).doctor).toHaveLength(1);
    expect(layoutTimeline(buildTimeline(result, { source: SOURCE }), OPTS).doctor).toEqual([]);
  });
});
