/**
 * heapq's two sifts, natively, as CPython's _heapq does them in C: a comparison may run the
 * items' own `__lt__`, after which the list is read again (it may have been changed) and a change
 * of its size is refused; items move by swaps, so the list stays a permutation of its items
 * while `__lt__` looks at it. heapq.py keeps the argument checks and calls these for the loops.
 */
import { pyError, type PyList } from '../runtime/core';
import { lessThan } from '../runtime/ops';

function changedSize(): ReturnType<typeof pyError> {
  return pyError('RuntimeError', 'list changed size during iteration');
}

/** Moves the item at `pos` up toward `start` past every parent it is less than. */
export function siftTowardRoot(heap: PyList, start: number, pos: number): void {
  const size = heap.items.length;
  if (pos >= size) throw pyError('IndexError', 'index out of range');
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const lt = lessThan(heap.items[pos], heap.items[parentPos]);
    if (size !== heap.items.length) throw changedSize();
    if (!lt) break;
    const items = heap.items;
    const parent = items[parentPos];
    items[parentPos] = items[pos];
    items[pos] = parent;
    pos = parentPos;
  }
}

/** Moves the smaller child up from `pos` all the way to a leaf, then the item found there back up. */
export function siftTowardLeaves(heap: PyList, pos: number): void {
  const end = heap.items.length;
  const start = pos;
  if (pos >= end) throw pyError('IndexError', 'index out of range');
  const limit = end >> 1;
  while (pos < limit) {
    let child = 2 * pos + 1;
    if (child + 1 < end) {
      if (!lessThan(heap.items[child], heap.items[child + 1])) child++;
      if (end !== heap.items.length) throw changedSize();
    }
    const items = heap.items;
    const up = items[child];
    items[child] = items[pos];
    items[pos] = up;
    pos = child;
  }
  siftTowardRoot(heap, start, pos);
}
