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

/** The moments as first written: every step an object, sorted by time, share of its run, side. */
function reference(...runs: number[][]) {
  const items: { t: number; frac: number; side: number; step: number }[] = [];
  runs.forEach((times, side) => {
    for (let i = 0, j = 0; i < times.length; i = j) {
      while (j < times.length && times[j] === times[i]) j++;
      for (let k = i; k < j; k++) items.push({ t: times[k], frac: (k - i) / (j - i), side, step: k });
    }
  });
  items.sort((p, q) => p.t - q.t || p.frac - q.frac || p.side - q.side);
  const at = runs.map(() => -1);
  return items.map((it) => {
    at[it.side] = it.step;
    return { t: it.t, side: it.side, step: it.step, at: [...at] };
  });
}

describe('compare: the moments of long runs', () => {
  // A small generator of its own, so that the runs are the same every time.
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const run = (n: number, sorted: boolean) => {
    const ts = Array.from({ length: n }, () => Math.floor(rand() * 6) / 4);
    return sorted ? ts.sort((a, b) => a - b) : ts;
  };

  it('are those of the first way, for runs in time order (merged) and not (sorted), of two and three programs', () => {
    for (let round = 0; round < 40; round++) {
      const sorted = round % 4 !== 3;
      const runs = Array.from({ length: 2 + (round % 2) }, () => run(Math.floor(rand() * 30), sorted));
      const got = mergeMoments(...runs.map((r, i) => (i === 0 ? Float64Array.from(r) : r)));
      const want = reference(...runs);
      expect([...got]).toEqual(want);
      for (const m of want.filter((_, i) => i % 5 === 0))
        expect(momentOf(got, m.side, m.step)).toBe(want.findIndex((x) => x.side === m.side && x.step === m.step));
    }
  });
});
