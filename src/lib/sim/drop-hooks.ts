/**
 * The interpreter's drop hooks (interp/drops.ts) for a simulation: a drop goes to the finalizers
 * ("never awaited" warnings) and to the object-lifetime model. One class for every run, rather than
 * closures made per run: the interpreter's hottest paths (every call's return, every rebinding)
 * call these, and V8's optimized code for them then sees the same target in every run instead of
 * being thrown away as the next run starts.
 */
import type { PyObject, PyValue } from '../runtime/core';
import type { DropHooks } from '../interp/drops';
import type { Finalizers } from './finalizers';
import type { Lifetimes } from './lifetimes';

export class SimulationDrops implements DropHooks {
  constructor(
    private readonly finalizers: Finalizers,
    private readonly lifetimes: Lifetimes,
  ) {}

  dropped(v: PyObject): void {
    this.finalizers.dropped(v);
    this.lifetimes.dropped(v);
  }

  settle(): void {
    this.lifetimes.settle();
  }

  pendingCount(): number {
    return this.lifetimes.pendingCount();
  }

  settleSince(mark: number, held: PyValue): void {
    this.lifetimes.settleSince(mark, held);
  }

  checkTemporaries(gens: PyObject[], held: PyValue): void {
    this.lifetimes.checkTemporaries(gens, held);
  }
}
