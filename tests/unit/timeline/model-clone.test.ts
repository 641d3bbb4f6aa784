/**
 * The timeline model is plain data (issue 9): built by a pure function of the trace, it can be
 * built in the worker and posted to the page, and the page draws the same chart from the copy.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, layoutTimeline } from '../../../src/lib/timeline';
import { bigProgram } from './helpers';

describe('a posted timeline model', () => {
  it('survives structuredClone and lays out the same chart', () => {
    const source = bigProgram(80);
    const model = buildTimeline(simulate(source), { source, frames: true });
    const copy = structuredClone(model);
    expect(copy).toEqual(model);
    const opts = { width: 800, axis: 'step' as const, theme: 'dark' as const, locale: 'en' as const };
    const grouped = { ...opts, group: { above: 50 }, rows: [0, 30] as [number, number], disclosure: true };
    expect(layoutTimeline(copy, opts)).toEqual(layoutTimeline(model, opts));
    expect(layoutTimeline(copy, grouped)).toEqual(layoutTimeline(model, grouped));
  });
});
