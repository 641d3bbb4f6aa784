/**
 * Level of detail: at a zoom where a lane's states are narrower than a pixel (100,000 steps of a
 * timer loop across a 1,000-pixel plot), drawing each one costs a mark and shows nothing. A run
 * of adjacent sub-pixel states merges into one mark instead; wider states are drawn as they are.
 */

/** Fewest adjacent sub-pixel states that merge (fewer are drawn one by one, as a small program's are). */
export const LOD_MIN_RUN = 8;

/**
 * Splits spans (pixel extents [x0[i], x1[i]], in drawing order) into runs: [i, i] for a span drawn
 * on its own, [i, j] (j > i) for spans i..j merged into one mark. Spans merge when each is narrower
 * than `px` and each starts less than `px` after the run so far ends, and there are at least
 * `minRun` of them.
 */
export function subPixelRuns(
  x0: ArrayLike<number>,
  x1: ArrayLike<number>,
  n: number,
  px = 1,
  minRun = LOD_MIN_RUN,
): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < n) {
    if (x1[i] - x0[i] < px) {
      let j = i;
      let hi = x1[i];
      while (j + 1 < n && x1[j + 1] - x0[j + 1] < px && x0[j + 1] - hi < px) {
        j++;
        hi = Math.max(hi, x1[j]);
      }
      if (j - i + 1 >= minRun) {
        out.push([i, j]);
        i = j + 1;
        continue;
      }
      for (; i <= j; i++) out.push([i, i]);
      continue;
    }
    out.push([i, i]);
    i++;
  }
  return out;
}
