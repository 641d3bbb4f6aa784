/**
 * Where a container or an attribute lets go of a value (list.clear, del d[k], obj.a = other ...):
 * the run's object-lifetime model (sim/lifetimes.ts) listens, once the program made an object
 * whose death shows (a class with `__del__`, a weak reference).
 */
import type { PyObject, PyValue } from './core';
import { run, RunSlot } from './run';

/**
 * Told of every value let go (null outside a simulation). An object with a method rather than a
 * function made per run, so that the calls here see one target in every run (V8's optimized code
 * for them is not thrown away when the next run starts).
 */
export const releaseHook = new RunSlot<{ dropped(v: PyObject): void } | null>('release hook', () => null);

/** `v` was let go by a container or an attribute. */
export function releaseValue(v: PyValue | undefined): void {
  if (typeof v !== 'object' || v === null || !run.lifetimesSeen) return;
  const h = run.get(releaseHook);
  if (h !== null) h.dropped(v);
}
