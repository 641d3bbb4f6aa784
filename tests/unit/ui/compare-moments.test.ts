import { describe, it, expect } from 'vitest';
import { mergeMoments, momentOf } from '../../../src/lib/ui/compare/moments';

describe('compare: one virtual clock for two programs', () => {
  it('goes through both programs in time order, each keeping its latest step', () => {
    const m = mergeMoments([0, 1, 2], [0, 0.5, 3]);
    expect(m.map((x) => x.t)).toEqual([0, 0, 0.5, 1, 2, 3]);
    expect(m.map((x) => x.at)).toEqual([
      [0, -1],
      [0, 0],
      [0, 1],
      [1, 1],
      [2, 1],
      [2, 2],
    ]);
  });

  it('interleaves steps at the same time in proportion', () => {
    const m = mergeMoments([0, 0, 0, 0, 0, 0], [0, 0]);
    expect(m.map((x) => x.side)).toEqual([0, 1, 0, 0, 0, 1, 0, 0]);
    expect(m.at(-1)!.at).toEqual([5, 1]);
    // Every step of each program appears once.
    expect(m.filter((x) => x.side === 0).map((x) => x.step)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('finds the moment of a step, and copes with an empty run', () => {
    const m = mergeMoments([0, 1], [0.5]);
    expect(momentOf(m, 1, 0)).toBe(1);
    expect(momentOf(m, 0, 1)).toBe(2);
    expect(mergeMoments([], [0, 2]).map((x) => x.at)).toEqual([
      [-1, 0],
      [-1, 1],
    ]);
  });
});

describe('compare: one virtual clock for three programs', () => {
  it('goes through all three in time order, interleaving steps at the same time', () => {
    const m = mergeMoments([0, 0, 1], [0, 2], [0.5, 0.5, 0.5, 0.5]);
    expect(m.map((x) => x.t)).toEqual([0, 0, 0, 0.5, 0.5, 0.5, 0.5, 1, 2]);
    expect(m.map((x) => x.side)).toEqual([0, 1, 0, 2, 2, 2, 2, 0, 1]);
    expect(m.map((x) => x.at)).toEqual([
      [0, -1, -1],
      [0, 0, -1],
      [1, 0, -1],
      [1, 0, 0],
      [1, 0, 1],
      [1, 0, 2],
      [1, 0, 3],
      [2, 0, 3],
      [2, 1, 3],
    ]);
    expect(momentOf(m, 2, 3)).toBe(6);
  });

  it('keeps an empty third run at -1 throughout', () => {
    expect(mergeMoments([0], [1], []).map((x) => x.at)).toEqual([
      [0, -1, -1],
      [0, 0, -1],
    ]);
  });
});
