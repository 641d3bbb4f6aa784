/**
 * A suspending form (an await, a block) that ran to its end without suspending hands back this
 * one shared object instead of a generator: `yield*` reads its value at once, and a block reads
 * it and goes on without a generator of its own. It is read the moment it is returned, before
 * another can be made, so one object serves every such form.
 */
import type { PyValue } from '../../runtime/core';

/** What `next()` answers (read at once by `yield*`, so it is reused too). */
const result = { done: true as const, value: null as unknown };

const done = {
  value: null as unknown,
  next() {
    result.value = this.value;
    this.value = null;
    return result;
  },
  return(v: unknown) {
    return { done: true as const, value: v };
  },
  throw(e: unknown): never {
    throw e;
  },
  [Symbol.iterator]() {
    return this;
  },
};

/** The finished form's iterator, carrying `value`. */
export function finished<T>(value: T): Generator<PyValue, T, PyValue> {
  done.value = value;
  return done as unknown as Generator<PyValue, T, PyValue>;
}

/** Whether `g` is a finished form (then `takeFinished` gives its value). */
export function isFinished(g: Generator<PyValue, unknown, PyValue>): boolean {
  return g === (done as unknown);
}

export function takeFinished<T>(_g: Generator<PyValue, T, PyValue>): T {
  const value = done.value as T;
  done.value = null;
  return value;
}
