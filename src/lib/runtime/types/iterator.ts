/**
 * Python-visible iterator objects (`iter([])`, `enumerate(...)`, `zip(...)`, ...). Each wraps a JS
 * `PyIterator`; `ops.getIter` sees them through `pyIter()`, so `for` loops over them stay cheap.
 */
import { PyObject, PyClass, builtinClass, pyError, type PyExc, type PyValue } from '../core';
import type { PyIterator } from '../ops';
import { defNativeMethod } from '../native';

const iterClasses = new Map<string, PyClass>();

/** The builtin iterator class of that name (`list_iterator`, `enumerate`, ...), created on first use. */
export function iteratorClassNamed(name: string): PyClass {
  let c = iterClasses.get(name);
  if (!c) {
    c = builtinClass(name);
    defNativeMethod(c, '__iter__', 'wrapper()', (self) => self);
    defNativeMethod(c, '__next__', 'wrapper()', (self) => {
      const v = (self as PyIteratorObject).next();
      if (v === undefined) throw (self as PyIteratorObject).stopped() ?? pyError('StopIteration');
      return v;
    });
    if (HINTED.has(name))
      defNativeMethod(c, '__length_hint__', '()', (self) => BigInt((self as PyIteratorObject).it.remaining?.() ?? 0));
    iterClasses.set(name, c);
  }
  return c;
}

/** The iterators CPython gives a `__length_hint__` (those of sized containers). */
const HINTED = new Set([
  'list_iterator',
  'list_reverseiterator',
  'tuple_iterator',
  'str_ascii_iterator',
  'str_iterator',
  'set_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'range_iterator',
  'bytes_iterator',
]);

const exhausted: PyIterator = { next: () => undefined };

export class PyIteratorObject extends PyObject implements PyIterator {
  /**
   * What the iterator reads from (a list, the iterables of a zip), which CPython's iterator holds
   * until it is exhausted: sim/reachable.ts follows it, so the items of `for c in enumerate([f(1),
   * f(2)])` are alive while the loop runs. Null when nothing needs holding or once exhausted.
   */
  source: PyValue | PyValue[] | null;
  constructor(
    public it: PyIterator,
    cls: PyClass,
    source: PyValue | PyValue[] | null = null,
  ) {
    super(cls);
    this.source = source;
  }
  /**
   * Next item, or undefined once exhausted (and forever after, like CPython's iterators, except
   * those that can stop on a function's StopIteration and go on: map, filter, enumerate, zip).
   */
  next(): PyValue | undefined {
    const v = this.it.next();
    if (v === undefined && this.it.stopped === undefined) {
      this.it = exhausted;
      this.source = null;
    }
    return v;
  }
  stopped(): PyExc | null {
    return this.it.stopped?.() ?? null;
  }
  pyIter(): PyIterator {
    return this;
  }
}

/** An iterator over `length` items that counts what is left (`__length_hint__`). */
export function countedIterator(it: PyIterator, length: number): PyIterator {
  let left = length;
  return {
    next: () => {
      const v = it.next();
      if (v !== undefined) left--;
      return v;
    },
    remaining: () => left,
  };
}

/** `source`: what the iterator reads from (PyIteratorObject.source). */
export function makeIterator(
  it: PyIterator,
  clsName: string,
  source: PyValue | PyValue[] | null = null,
): PyIteratorObject {
  return new PyIteratorObject(it, iteratorClassNamed(clsName), source);
}

// The common ones up front so their classes exist (and are stable) from the start.
for (const n of [
  'list_iterator',
  'list_reverseiterator',
  'tuple_iterator',
  'str_ascii_iterator',
  'str_iterator',
  'set_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'dict_reversekeyiterator',
  'dict_reversevalueiterator',
  'dict_reverseitemiterator',
  'range_iterator',
  'bytes_iterator',
  'enumerate',
  'zip',
  'map',
  'filter',
  'reversed',
  'callable_iterator',
  'iterator',
])
  iteratorClassNamed(n);
