/**
 * Stepping through two or three programs at once, on one virtual clock. Every step of any program
 * is a moment; moments go in virtual-time order, and steps that happen at the same time in
 * several programs are interleaved in proportion (A's 6 steps at 0 s and B's 2 take turns 3 to
 * 1), so the programs advance together. At each moment every timeline shows the same virtual
 * time, and each program's current step is its latest step so far (-1 before its first).
 */
export interface Moment {
  /** Virtual time of the moment, seconds. */
  t: number;
  /** The program whose step this moment is (0: A, 1: B, 2: C). */
  side: number;
  /** That step's index in its program. */
  step: number;
  /** Each program's latest step index at this moment (-1: none yet), one entry per program. */
  at: number[];
}

/** The moments of the runs, from each run's step times (in step order). */
export function mergeMoments(...runs: number[][]): Moment[] {
  const items: { t: number; frac: number; side: number; step: number }[] = [];
  runs.forEach((times, side) => {
    let i = 0;
    while (i < times.length) {
      let j = i;
      while (j < times.length && times[j] === times[i]) j++;
      // A run of steps at one time: spread them over [0, 1) for the interleaving.
      for (let k = i; k < j; k++) items.push({ t: times[k], frac: (k - i) / (j - i), side, step: k });
      i = j;
    }
  });
  items.sort((p, q) => p.t - q.t || p.frac - q.frac || p.side - q.side);
  const at = runs.map(() => -1);
  return items.map((it) => {
    at[it.side] = it.step;
    return { t: it.t, side: it.side, step: it.step, at: [...at] };
  });
}

/** The moment of a program's step (for a click on one of the timelines). */
export function momentOf(moments: Moment[], side: number, step: number): number {
  const i = moments.findIndex((m) => m.side === side && m.step === step);
  return i < 0 ? 0 : i;
}
