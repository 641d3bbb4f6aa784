/**
 * What a simulated thread's code yields up to the thread scheduler (sim/threads.md): a Wait, the
 * condition it blocks on. A generator's threaded body yields both its Python values and Waits;
 * this tells them apart (a Wait is a plain object with a `ready` function, never a Python value).
 */
import { PyObject } from '../runtime/core';

/** What a blocked thread waits for: a condition, and a time at which it stops waiting (null: none). */
export interface Wait {
  ready(): boolean;
  deadline: number | null;
}

export function isWait(v: unknown): v is Wait {
  return (
    typeof v === 'object' &&
    v !== null &&
    !(v instanceof PyObject) &&
    typeof (v as { ready?: unknown }).ready === 'function'
  );
}
