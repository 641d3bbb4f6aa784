/**
 * bisect's binary search, natively, as CPython's _bisect does it in C: each probe reads `a[mid]`
 * (a sequence's own __getitem__ too), applies the key to it, and asks `x < item` (bisect_right)
 * or `item < x` (bisect_left), which may run the items' own __lt__. bisect.py checks the bounds.
 */
import type { PyValue } from '../runtime/core';
import { call, getitem, lessThan } from '../runtime/ops';

/** The insertion point of `x` in `a[lo:hi]`: after equal items (`right`), else before them. */
export function bisectSearch(a: PyValue, x: PyValue, lo: bigint, hi: bigint, key: PyValue, right: boolean): bigint {
  while (lo < hi) {
    const mid = (lo + hi) >> 1n;
    let item = getitem(a, mid);
    if (key !== null) item = call(key, [item], null);
    if (right ? lessThan(x, item) : !lessThan(item, x)) hi = mid;
    else lo = mid + 1n;
  }
  return lo;
}
