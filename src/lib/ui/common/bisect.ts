/** Binary search in ascending number lists (plain or typed arrays). */

/**
 * How many of `xs` are <= `x` (the index of the first one above it); with `lo` and `hi`, searches
 * only xs[lo] up to xs[hi] (a part of a longer list) and answers an index into `xs`.
 */
export function countAtOrBelow(xs: ArrayLike<number>, x: number, lo = 0, hi = xs.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of `xs` are < `x` (the index of the first one at or above it). */
export function countBelow(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
