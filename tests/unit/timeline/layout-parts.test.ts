/**
 * layoutParts (layout.ts): the work a big chart's first layout does ahead, in tasks of its own,
 * leaves the layout as it would be without it, and leaves the layout little to do.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, layoutTimeline } from '../../../src/lib/timeline';
import { layoutParts } from '../../../src/lib/timeline/layout';
import { gatherProgram } from '../../bench/programs';

const source = gatherProgram(300);
const result = simulate(source);
const opts = { width: 900, theme: 'light' as const, locale: 'en' as const, group: { above: 50 }, cursor: false };

describe('layoutParts', () => {
  for (const axis of ['time', 'step'] as const)
    it(`leaves the ${axis} axis's layout as it is`, () => {
      const plain = layoutTimeline(buildTimeline(result, { source }), { ...opts, axis });
      const model = buildTimeline(result, { source });
      const parts = layoutParts(model, { group: opts.group, axis });
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) p();
      expect(layoutTimeline(model, { ...opts, axis })).toEqual(plain);
    });
});
