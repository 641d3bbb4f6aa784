/**
 * What the native itertools loops (itertools-native.ts) share: the operation each item counts
 * (the runaway limit and the CPU-time model, sim/threads.md) and `next()` of an iterator object a
 * Python class holds.
 */
import type { PyValue } from '../runtime/core';
import { run } from '../runtime/run';
import { pyIteratorOf } from '../runtime/ops';
import { PyIteratorObject } from '../runtime/types/iterator';
import { tick } from '../interp/state';

/** One operation: an item a native iterator took or gave (as a loop iteration of the interpreter counts). */
export function countStep(): void {
  if (++run.ops >= run.tickAt) {
    run.ops--;
    tick(0);
  }
}

/** `next(it)` of an iterator object; undefined once it is exhausted (its StopIteration). */
export function nextOf(it: PyValue): PyValue | undefined {
  if (it instanceof PyIteratorObject) {
    const v = it.next();
    if (v === undefined) {
      const e = it.stopped();
      if (e !== null) throw e;
    }
    return v;
  }
  return pyIteratorOf(it).next();
}
