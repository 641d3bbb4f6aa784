/**
 * Stepping through two programs at once, on one virtual clock. Every step of either program is a
 * moment; moments go in virtual-time order, and steps that happen at the same time in both
 * programs are interleaved in proportion (A's 6 steps at 0 s and B's 2 take turns 3 to 1), so
 * both programs advance together. At each moment both timelines show the same virtual time, and
 * each program's current step is its latest step so far (-1 before its first).
 */
export interface Moment {
  /** Virtual time of the moment, seconds. */
  t: number;
  /** The program whose step this moment is (0: A, 1: B). */
  side: 0 | 1;
  /** That step's index in its program. */
  step: number;
  /** Each program's latest step index at this moment (-1: none yet). */
  at: [number, number];
}

/** The moments of two runs, from each run's step times (in step order). */
export function mergeMoments(a: number[], b: number[]): Moment[] {
  const items: { t: number; frac: number; side: 0 | 1; step: number }[] = [];
  for (const [side, times] of [
    [0, a],
    [1, b],
  ] as const) {
    let i = 0;
    while (i < times.length) {
      let j = i;
      while (j < times.length && times[j] === times[i]) j++;
      // A run of steps at one time: spread them over [0, 1) for the interleaving.
      for (let k = i; k < j; k++) items.push({ t: times[k], frac: (k - i) / (j - i), side, step: k });
      i = j;
    }
  }
  items.sort((p, q) => p.t - q.t || p.frac - q.frac || p.side - q.side);
  const at: [number, number] = [-1, -1];
  return items.map((it) => {
    at[it.side] = it.step;
    return { t: it.t, side: it.side, step: it.step, at: [at[0], at[1]] };
  });
}

/** The moment of a program's step (for a click on one of the timelines). */
export function momentOf(moments: Moment[], side: 0 | 1, step: number): number {
  const i = moments.findIndex((m) => m.side === side && m.step === step);
  return i < 0 ? 0 : i;
}
