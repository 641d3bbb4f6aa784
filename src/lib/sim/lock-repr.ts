/**
 * The reprs of asyncio's Lock, Event, Semaphore and BoundedSemaphore, written natively: the frames
 * panel shows the locals of the running task after every step, and running their `__repr__`
 * (sim/py/locks.py) through the interpreter each time cost more than the rest of the step. The
 * text is the one that `__repr__` returns; anything unusual (a subclass, a replaced `__repr__`,
 * fields of other types) gives null, and the caller runs the real one.
 */
import { PyObject, addressOf, type PyValue } from '../runtime/core';
import { dequeClass, type PyDeque } from '../runtime/types/deque';
import { PyFunction } from '../interp/function';
import { Future, futureClass } from './futures';

/** The `__repr__` each class takes from locks.py. */
const REPR_OF: Record<string, string> = {
  Lock: 'Lock.__repr__',
  Event: 'Event.__repr__',
  Semaphore: 'Semaphore.__repr__',
  BoundedSemaphore: 'Semaphore.__repr__',
};

/** What is read of a deque: its size and its items by position. */
type Deque = Pick<PyDeque, 'size' | 'at'>;

/** `_waiters` as a deque (None: an empty one), or null when it is something else. */
function dequeOf(v: PyValue | undefined): Deque | null {
  if (v === null) return { size: 0, at: () => null };
  return v instanceof PyObject && v.cls === dequeClass ? (v as unknown as Deque) : null;
}

/** Whether a future in `d` is not cancelled (Semaphore.locked()); null when one is not a plain future. */
function liveWaiter(d: Deque): boolean | null {
  for (let i = 0; i < d.size; i++) {
    const f = d.at(i);
    if (!(f instanceof Future) || f.cls !== futureClass) return null;
    if (!f.cancelled()) return true;
  }
  return false;
}

/** Whether `cls`'s `name` is locks.py's own `qualname`. */
function libraryMethod(cls: PyObject['cls'], name: string, qualname: string): boolean {
  const fn = cls.lookup(name);
  return fn instanceof PyFunction && !fn.code.user && fn.qualname === qualname;
}

/** `v`'s repr as locks.py's `__repr__` makes it, or null when that cannot be told without running it. */
export function lockRepr(v: PyObject): string | null {
  const cls = v.cls;
  const method = REPR_OF[cls.name];
  if (method === undefined || cls.module !== 'asyncio.locks' || !v.dict) return null;
  if (!libraryMethod(cls, '__repr__', method)) return null;
  const d = v.dict;
  const waiters = dequeOf(d.get('_waiters'));
  if (waiters === null) return null;
  let extra: string;
  if (cls.name === 'Lock' || cls.name === 'Event') {
    const flag = d.get(cls.name === 'Lock' ? '_locked' : '_value');
    if (typeof flag !== 'boolean') return null;
    extra = cls.name === 'Lock' ? (flag ? 'locked' : 'unlocked') : flag ? 'set' : 'unset';
  } else {
    const value = d.get('_value');
    if (typeof value !== 'bigint' || !libraryMethod(cls, 'locked', 'Semaphore.locked')) return null;
    // Semaphore.locked(): no permit left, or a waiter queued for one that is not cancelled.
    const locked = value === 0n || liveWaiter(waiters);
    if (locked === null) return null;
    extra = locked ? 'locked' : `unlocked, value:${value}`;
  }
  const n = waiters.size;
  if (n > 0) extra = `${extra}, waiters:${n}`;
  return `<asyncio.locks.${cls.name} object at ${addressOf(v)} [${extra}]>`;
}
