/**
 * The "Did you mean ...?" name CPython suggests for a misspelt name: the candidate at the smallest
 * edit distance (a move costs 2, a change of case only 1), within a bound that grows with the lengths.
 */
const MOVE = 2;
const CASE = 1;
const MAX_LEN = 40;
const MAX_CANDIDATES = 750;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() && a.length === 1 && /[A-Za-z]/u.test(a) ? CASE : MOVE;
}

/** Edit distance, or maxCost + 1 once it is sure to exceed maxCost. */
function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let ae = a.length;
  let be = b.length;
  while (ae > lo && be > lo && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let x = a.slice(lo, ae);
  let y = b.slice(lo, be);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE;
  if (x.length > MAX_LEN || y.length > MAX_LEN) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE > maxCost) return maxCost + 1;
  const row = Array.from({ length: x.length }, (_, i) => (i + 1) * MOVE);
  let result = 0;
  for (let j = 0; j < y.length; j++) {
    let diag = j * MOVE;
    result = diag;
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = diag + substitutionCost(y[j], x[i]);
      diag = row[i];
      result = Math.min(Math.min(result, diag) + MOVE, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/**
 * The candidate CPython would suggest for `name`, or null. `python312`: as 3.12's traceback module
 * computes it in Python (no name over 40 characters, at most 750 candidates, and no candidate
 * further than the name is long); otherwise as CPython's C code does.
 */
export function suggestName(candidates: readonly string[], name: string, python312 = false): string | null {
  if (python312 ? candidates.length > MAX_CANDIDATES || name.length > MAX_LEN : candidates.length >= MAX_CANDIDATES)
    return null;
  let best: string | null = null;
  let bestDistance = python312 ? name.length : Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const maxDistance = Math.min(Math.floor(((name.length + item.length + 3) * MOVE) / 6), bestDistance - 1);
    const d = distance(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
