/**
 * asyncio.Semaphore's acquire, release, locked, _wake_up_next, __aenter__ and __aexit__ natively,
 * because a crawler's `async with sem` around every request ran them through the interpreter and
 * that was half of such a program's time. The class stays locks.py's (its repr, BoundedSemaphore,
 * the `_value` / `_waiters` attributes the panels and programs read); these methods replace its
 * Python ones step for step: the same futures made, queued, woken and removed in the same order,
 * and the same object ids and operations counted as the Python calls, loops, coroutines and
 * generator expression they stand for. A subclass, a replaced method or fields of other types run
 * the Python methods, kept for that.
 */
import { PyObject, PyExc, getExcClass, pyError, type KwArgs, type PyClass, type PyValue } from '../runtime/core';
import { call, callMethodByName, inplaceBinop, order, repr, truthy } from '../runtime/ops';
import { dequeClass, type PyDeque } from '../runtime/types/deque';
import { run } from '../runtime/run';
import { tick } from '../interp/state';
import { FRAMES, addLibraryFrames } from '../interp/library-frames';
import { PyFunction } from '../interp/function';
import type { Body } from '../interp/generator';
import { Future, futureClass, newLoopFuture } from './futures';
import type { EventLoop } from './base_events';
import { nativeCoroutine } from './tasks';

const METHODS = ['acquire', 'release', 'locked', '_wake_up_next', '__aenter__', '__aexit__'] as const;
type Name = (typeof METHODS)[number];

/** Puts the native methods on this run's locks.py Semaphore (`runningLoop`: asyncio's running loop, or its error). */
export function nativeSemaphore(m: Map<string, PyValue>, runningLoop: () => EventLoop): void {
  const sem = m.get('Semaphore') as PyClass;
  const bounded = m.get('BoundedSemaphore') as PyClass;
  const own = {} as Record<Name, PyFunction>;
  for (const name of METHODS) own[name] = sem.lookup(name) as PyFunction;

  /** A Semaphore or BoundedSemaphore with only its own fields in its `__dict__` (no method set on the instance). */
  const plainObject = (self: PyObject): boolean => {
    const d = self.dict;
    if (d === null) return false;
    // `_loop` joins them once the semaphore has waited on a loop (_bound_loop in locks.py).
    const fields = d.has('_loop') ? d.size - 1 : d.size;
    if (self.cls === sem) return fields === 2;
    return self.cls === bounded && fields === 3 && d.has('_bound_value');
  };

  /** `_waiters` as a plain deque, null for None, undefined for anything else. */
  const waitersOf = (self: PyObject): PyDeque | null | undefined => {
    const w = self.dict!.get('_waiters');
    if (w === null) return null;
    return w instanceof PyObject && w.cls === dequeClass ? (w as PyDeque) : undefined;
  };
  /** Fields the native code can read directly: an int `_value` and None or a deque for `_waiters`. */
  const plainFields = (self: PyObject) => typeof self.dict!.get('_value') === 'bigint' && waitersOf(self) !== undefined;

  const value = (self: PyObject) => self.dict!.get('_value')!;
  const addValue = (self: PyObject, n: bigint) => {
    const v = value(self);
    self.dict!.set('_value', typeof v === 'bigint' ? v + n : inplaceBinop(n > 0n ? '+' : '-', v, n > 0n ? n : -n));
  };
  const positive = (v: PyValue) => (typeof v === 'bigint' ? v > 0n : truthy(order('>', v, 0n)));
  const done = (f: PyValue) =>
    f instanceof Future && f.cls === futureClass ? f.done() : truthy(callMethodByName(f, 'done', []));
  const cancelled = (f: PyValue) =>
    f instanceof Future && f.cls === futureClass ? f.cancelled() : truthy(callMethodByName(f, 'cancelled', []));

  /** `self.locked()`: the call, then `_value == 0 or any(not w.cancelled() for w in (_waiters or ()))`. */
  const locked = (self: PyObject): boolean => {
    if (!fastFor(self, 'locked')) return truthy(callMethodByName(self, 'locked', []));
    tick(0);
    if (value(self) === 0n) return true;
    const d = waitersOf(self)!;
    // The `()` when there are no waiters, the iterator and the generator expression's generator.
    if (d === null || d.size === 0) run.nextId++;
    run.nextId += 2;
    // Each waiter looked at: the generator resumed and its loop going round; at the end, one last resume.
    for (let i = 0; d !== null && i < d.size; i++) {
      tick(0);
      tick(0);
      if (!cancelled(d.at(i))) return true;
    }
    tick(0);
    return false;
  };

  /** `self._wake_up_next()`: the call, then the first waiter not done gets the permit. */
  const wakeUpNext = (self: PyObject): boolean => {
    if (!fastFor(self, '_wake_up_next')) return truthy(callMethodByName(self, '_wake_up_next', []));
    tick(0);
    const d = waitersOf(self)!;
    if (d === null) return false;
    for (let i = 0; i < d.size; i++) {
      tick(0);
      const f = d.at(i);
      if (!done(f)) {
        addValue(self, -1n);
        if (f instanceof Future && f.cls === futureClass) f.setResult(true);
        else callMethodByName(f, 'set_result', [true]);
        return true;
      }
    }
    return false;
  };

  /** locks.py's `_bound_loop(self)`: the loop the semaphore first waited on, the only one it may wait on. */
  const boundLoop = (self: PyObject): EventLoop => {
    const loop = runningLoop();
    const mine = self.dict!.get('_loop');
    if (mine === undefined || mine === null) self.dict!.set('_loop', loop);
    else if (mine !== loop) {
      const e = pyError('RuntimeError', `${repr(self)} is bound to a different event loop`);
      addLibraryFrames(e.exc, [FRAMES._get_loop, FRAMES['Semaphore.acquire._get_loop']]);
      throw e;
    }
    return loop;
  };

  /** `self.release()`: the call, a permit back, the next waiter woken. */
  const release = (self: PyObject): void => {
    tick(0);
    addValue(self, 1n);
    wakeUpNext(self);
  };

  /**
   * Semaphore.acquire's body (its coroutine resumed once already). `nested`: run inside `__aenter__`,
   * whose coroutine the task resumes through too, so each resume counts one more operation.
   */
  function* acquire(self: PyObject, nested: boolean): Body {
    if (!locked(self)) {
      addValue(self, -1n);
      return true;
    }
    if (self.dict!.get('_waiters') === null) self.dict!.set('_waiters', call(dequeClass, [], null));
    // `_running_loop().create_future()`: events.py's function, then the loop's own method.
    tick(0);
    const fut = newLoopFuture(boundLoop(self));
    callMethodByName(self.dict!.get('_waiters')!, 'append', [fut]);
    try {
      try {
        if (!fut.done()) {
          fut.blocking = true;
          yield fut;
          if (nested) tick(0);
        }
        fut.awaitEnd();
      } finally {
        callMethodByName(self.dict!.get('_waiters')!, 'remove', [fut]);
      }
    } catch (e) {
      if (e instanceof PyExc) {
        const cancel = e.exc.cls.isSubclassOf(getExcClass('CancelledError'));
        if (run.minor <= 12) {
          // Before 3.13: a permit this waiter was given goes to the next one at once.
          if (cancel && !fut.cancelled()) {
            addValue(self, 1n);
            wakeUpNext(self);
          }
        } else {
          if (cancel && fut.done() && !fut.cancelled()) addValue(self, 1n);
          wakeWhilePermits(self);
        }
      }
      throw e;
    }
    // Before 3.13, a free permit left wakes one more waiter; from 3.13, as many as there are permits.
    if (run.minor >= 13) wakeWhilePermits(self);
    else if (positive(value(self))) wakeUpNext(self);
    return true;
  }

  /** acquire's `finally`: as long as permits are free, wake waiters (FIFO let them queue behind ours). */
  const wakeWhilePermits = (self: PyObject): void => {
    while (positive(value(self))) {
      tick(0);
      if (!wakeUpNext(self)) break;
    }
  };

  /** What a task waiting in it waits for, as the timeline names it (the Python frame's class). */
  const label = (self: PyObject) => self.cls.name;

  /** Whether `self` can take the native `name`, and the methods it calls are the native ones too. */
  const fastFor = (self: PyValue, ...names: Name[]): self is PyObject => {
    if (!(self instanceof PyObject) || !plainObject(self) || !plainFields(self)) return false;
    for (const n of names) if (self.cls.lookup(n) !== own[n]) return false;
    return true;
  };

  backWith(own.locked, 1, (self) => (fastFor(self, 'locked') ? locked(self) : undefined));
  // _wake_up_next() tells whether it woke a waiter from 3.13 on, and returns None before.
  backWith(own._wake_up_next, 1, (self) => {
    if (!fastFor(self, '_wake_up_next')) return undefined;
    const woke = wakeUpNext(self);
    return run.minor >= 13 ? woke : null;
  });
  backWith(own.release, 1, (self) => (fastFor(self, 'release', '_wake_up_next') ? (release(self), null) : undefined));
  backWith(own.acquire, 1, (self) =>
    fastFor(self, 'acquire', 'locked', '_wake_up_next')
      ? // The coroutine's first resume counts as the Python one's; the body runs from there.
        nativeCoroutine('acquire', acquire(self, false), label(self), 'Semaphore.acquire')
      : undefined,
  );
  backWith(own.__aenter__, 1, (self) =>
    fastFor(self, '__aenter__', 'acquire', 'locked', '_wake_up_next')
      ? nativeCoroutine('__aenter__', aenter(self), label(self), '_ContextManagerMixin.__aenter__')
      : undefined,
  );
  backWith(own.__aexit__, 4, (self) =>
    fastFor(self, '__aexit__', 'release', '_wake_up_next')
      ? nativeCoroutine('__aexit__', aexit(self), null, '_ContextManagerMixin.__aexit__')
      : undefined,
  );

  /** `await self.acquire()` inside `__aenter__`: acquire's coroutine made and started, then its body. */
  function* aenter(self: PyObject): Body {
    run.nextId++;
    tick(0);
    yield* acquire(self, true);
    return null;
  }

  /** `self.release()` inside `__aexit__`. */
  function* aexit(self: PyObject): Body {
    if (!fastFor(self, 'release', '_wake_up_next')) callMethodByName(self, 'release', []);
    else release(self);
    return null;
  }
}

/**
 * A locks.py function that runs natively when `fast` takes the call (its result; undefined: the
 * Python body runs). The function object itself stays: its repr, type, code and id are the same.
 */
class NativeBacked extends PyFunction {
  declare fast: (self: PyValue) => PyValue | undefined;
  declare arity: number;
  override call(args: PyValue[], kw: KwArgs): PyValue {
    if (kw === null && args.length === this.arity) {
      const r = this.fast(args[0]);
      if (r !== undefined) return r;
    }
    return super.call(args, kw);
  }
  override callOwned(args: PyValue[]): PyValue {
    if (args.length === this.arity) {
      const r = this.fast(args[0]);
      if (r !== undefined) return r;
    }
    return super.callOwned(args);
  }
  override callWithSelf(self: PyValue, args: PyValue[], kw: KwArgs): PyValue {
    if (kw === null && args.length + 1 === this.arity) {
      const r = this.fast(self);
      if (r !== undefined) return r;
    }
    return super.callWithSelf(self, args, kw);
  }
}

/** Makes `fn` (taking `arity` arguments, self first) run `fast` when it takes the call. */
function backWith(fn: PyFunction, arity: number, fast: (self: PyValue) => PyValue | undefined): void {
  Object.setPrototypeOf(fn, NativeBacked.prototype);
  const b = fn as NativeBacked;
  b.fast = fast;
  b.arity = arity;
}
