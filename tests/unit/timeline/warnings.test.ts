/** The timeline marks each warning at its moment: its time, or the end of the step running then. */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { layoutTimeline, type LayoutOptions } from '../../../src/lib/timeline/layout';
import { SHARED, modelOf } from './helpers';

const OPTS: LayoutOptions = { width: 900, axis: 'time', theme: 'light', locale: 'en' };

describe('warning marks', () => {
  // s002_usage_patterns: CPython warns "coroutine 'async_function' was never awaited" at 1.0 s of 2.0 s.
  const { model } = modelOf(join(SHARED, 's002_usage_patterns.py'));

  it('stand on the time axis at the warning time, with what and where in the tooltip', () => {
    expect(model.warnings.map((w) => [w.t, w.text])).toEqual([
      [1, "RuntimeWarning: coroutine 'async_function' was never awaited"],
    ]);
    const L = layoutTimeline(model, OPTS);
    expect(L.warnings).toHaveLength(1);
    const x1 = L.x.range[0] + ((L.x.range[1] - L.x.range[0]) * (1 - L.x.domain[0])) / (L.x.domain[1] - L.x.domain[0]);
    expect(L.warnings[0].x).toBeCloseTo(x1, 1);
    expect(L.warnings[0].tooltip).toMatch(
      /^Warning at 1(\.0)? s, line \d+: RuntimeWarning: coroutine 'async_function'/,
    );
    const ko = layoutTimeline(model, { ...OPTS, locale: 'ko' });
    expect(ko.warnings[0].tooltip).toMatch(/^경고 \(1(\.0)? s, \d+행\)/);
  });

  it('on the step axis, at the end of the step that was running; hidden until that step is revealed', () => {
    const w = model.warnings[0];
    const L = layoutTimeline(model, { ...OPTS, axis: 'step' });
    const slot = model.steps[w.step].slot + 1;
    const x = L.x.range[0] + ((L.x.range[1] - L.x.range[0]) * (slot - L.x.domain[0])) / (L.x.domain[1] - L.x.domain[0]);
    expect(L.warnings[0].x).toBeCloseTo(x, 1);
    expect(layoutTimeline(model, { ...OPTS, upToStep: w.step - 1 }).warnings).toHaveLength(0);
    expect(layoutTimeline(model, { ...OPTS, upToStep: w.step }).warnings).toHaveLength(1);
  });
});
