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
  constructor(
    public it: PyIterator,
    cls: PyClass,
  ) {
    super(cls);
  }
  /**
   * Next item, or undefined once exhausted (and forever after, like CPython's iterators, except
   * those that can stop on a function's StopIteration and go on: map, filter, enumerate, zip).
   */
  next(): PyValue | undefined {
    const v = this.it.next();
    if (v === undefined && this.it.stopped === undefined) this.it = exhausted;
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

export function makeIterator(it: PyIterator, clsName: string): PyIteratorObject {
  return new PyIteratorObject(it, iteratorClassNamed(clsName));
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
