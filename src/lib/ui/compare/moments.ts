/**
 * Stepping through two or three programs at once, on one virtual clock. Every step of any program
 * is a moment; moments go in virtual-time order, and steps that happen at the same time in
 * several programs are interleaved in proportion (A's 6 steps at 0 s and B's 2 take turns 3 to
 * 1), so the programs advance together. At each moment every timeline shows the same virtual
 * time, and each program's current step is its latest step so far (-1 before its first).
 */
import { lazyList } from '../../timeline/lazy-list';

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

/** The moments' columns, by the list mergeMoments made (for momentOf, which would otherwise make every moment). */
const columnsOf = new WeakMap<Moment[], { side: Uint8Array; step: Int32Array }>();

const nonDecreasing = (times: ArrayLike<number>): boolean => {
  for (let k = 1; k < times.length; k++) if (!(times[k - 1] <= times[k])) return false;
  return true;
};

/**
 * Each run's steps as (t, frac, side) in order: a run of steps at one time is spread over [0, 1)
 * for the interleaving. `visit` is called with every step of every run.
 */
function eachStep(runs: readonly ArrayLike<number>[], visit: (side: number, k: number, frac: number) => void): void {
  runs.forEach((times, side) => {
    let i = 0;
    while (i < times.length) {
      let j = i;
      while (j < times.length && times[j] === times[i]) j++;
      for (let k = i; k < j; k++) visit(side, k, (k - i) / (j - i));
      i = j;
    }
  });
}

/**
 * The moments of the runs, from each run's step times (in step order). The moments are made when
 * read, from columns: two 100,000-step runs made 200,000 moments and as many arrays at once.
 */
export function mergeMoments(...runs: ArrayLike<number>[]): Moment[] {
  let total = 0;
  for (const r of runs) total += r.length;
  const side = new Uint8Array(total);
  const step = new Int32Array(total);
  const fracs = runs.map((r) => new Float64Array(r.length));
  eachStep(runs, (s, k, frac) => (fracs[s][k] = frac));
  const before = (s: number, k: number, z: number, q: number) =>
    runs[s][k] - runs[z][q] || fracs[s][k] - fracs[z][q] || s - z;
  if (runs.every(nonDecreasing)) {
    // Each run is in (time, frac) order already: merge them.
    const next = runs.map(() => 0);
    for (let m = 0; m < total; m++) {
      let best = -1;
      for (let s = 0; s < runs.length; s++)
        if (next[s] < runs[s].length && (best < 0 || before(s, next[s], best, next[best]) < 0)) best = s;
      side[m] = best;
      step[m] = next[best]++;
    }
  } else {
    const order: [number, number][] = [];
    eachStep(runs, (s, k) => order.push([s, k]));
    order.sort((p, q) => before(p[0], p[1], q[0], q[1]));
    order.forEach(([s, k], m) => {
      side[m] = s;
      step[m] = k;
    });
  }
  // Each run's latest step at each moment.
  const at = runs.map(() => new Int32Array(total));
  const latest = runs.map(() => -1);
  for (let m = 0; m < total; m++) {
    latest[side[m]] = step[m];
    for (let s = 0; s < runs.length; s++) at[s][m] = latest[s];
  }
  const moments = lazyList<Moment>(total, (m) => ({
    t: runs[side[m]][step[m]],
    side: side[m],
    step: step[m],
    at: at.map((c) => c[m]),
  }));
  columnsOf.set(moments, { side, step });
  return moments;
}

/** The moment of a program's step (for a click on one of the timelines). */
export function momentOf(moments: Moment[], side: number, step: number): number {
  const c = columnsOf.get(moments);
  if (c) {
    for (let m = 0; m < c.side.length; m++) if (c.side[m] === side && c.step[m] === step) return m;
    return 0;
  }
  const i = moments.findIndex((m) => m.side === side && m.step === step);
  return i < 0 ? 0 : i;
}
