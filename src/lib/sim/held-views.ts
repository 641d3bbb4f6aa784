/**
 * Which memoryviews a program still holds, for bytearray's rule that it may not change size while
 * a view of it is alive (runtime/types/buffer.ts). CPython frees a view with its last reference;
 * here a view nothing reaches any more (from the running frames, the simulation's roots or the
 * resizing call's own arguments) is one CPython has freed.
 */
import { PyBytes, PyClass, PyModule, PyNativeMethod, PyObject } from '../runtime/core';
import { run, type Run } from '../runtime/run';
import { PyByteArray } from '../runtime/types/bytearray';
import { heldObjects } from '../runtime/types/buffer';
import { frameStack } from '../interp/drops';
import { PySuspendable } from '../interp/generator';
import { reachable } from './reachable';

/** Objects one search may visit; past it, every view counts as held (the safe answer: BufferError). */
const LIMIT = 1_000_000;

/**
 * What the search does not look into: what cannot hold a view (bytes, builtin classes and their
 * methods), a finished generator's or coroutine's frame (CPython clears it when it ends), and the
 * standard library's modules (their state is the library's, and walking it on every check would
 * cost more than the program's own objects).
 */
function leaf(o: object): boolean {
  if (o instanceof PySuspendable) return o.state === 'closed';
  if (o instanceof PyModule) return o.name !== '__main__';
  if (o instanceof PyClass) return o.isBuiltin;
  return o instanceof PyNativeMethod || o instanceof PyBytes || o instanceof PyByteArray || ArrayBuffer.isView(o);
}

export function installHeldViews(r: Run, roots: () => unknown[]): void {
  r.set(heldObjects, {
    held(objects: PyObject[], extra: unknown[]): Set<PyObject> {
      const reach = reachable([...run.get(frameStack), ...roots(), ...extra], LIMIT, leaf);
      if (reach.visited > LIMIT) return new Set(objects);
      return new Set(objects.filter((o) => reach.seen.has(o)));
    },
  });
}
