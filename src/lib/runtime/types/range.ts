/**
 * `range(...)` and the methods and attributes of range objects.
 */
import { PyRange, rangeClass, pyError, type PyValue } from '../core';
import { defNativeMethod } from '../native';
import { toIndex, isIntLike, asBig, eq, contains, getitem, getIter } from '../ops';
import { defBuiltinAttr } from './util';
import { countedIterator, makeIterator } from './iterator';
import { notIn } from './list';

rangeClass.slots.call = (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', 'range() takes no keyword arguments');
  const n = args.length;
  if (n === 0) throw pyError('TypeError', 'range expected at least 1 argument, got 0');
  if (n > 3) throw pyError('TypeError', `range expected at most 3 arguments, got ${n}`);
  if (n === 1) return new PyRange(0n, toIndex(args[0]), 1n);
  const start = toIndex(args[0]);
  const stop = toIndex(args[1]);
  const step = n === 3 ? toIndex(args[2]) : 1n;
  if (step === 0n) throw pyError('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
};

function R(v: PyValue): PyRange {
  return v as PyRange;
}

/** Index of int `i` in the range, or -1. */
function rangeIndexOf(r: PyRange, i: bigint): bigint {
  const { start, stop, step } = r;
  if (step > 0n ? i < start || i >= stop : i > start || i <= stop) return -1n;
  const d = i - start;
  if (d % step !== 0n) return -1n;
  return d / step;
}

defNativeMethod(rangeClass, 'count', '(value, /)', (self, [x]) => {
  const r = R(self);
  if (isIntLike(x)) return rangeIndexOf(r, asBig(x)) >= 0n ? 1n : 0n;
  let c = 0n;
  const it = getIter(r);
  for (let v = it.next(); v !== undefined; v = it.next()) if (eq(v, x)) c++;
  return c;
});

defNativeMethod(rangeClass, 'index', '(value, /)', (self, [x]) => {
  const r = R(self);
  if (isIntLike(x)) {
    const i = rangeIndexOf(r, asBig(x));
    if (i >= 0n) return i;
  } else {
    let k = 0n;
    const it = getIter(r);
    for (let v = it.next(); v !== undefined; v = it.next(), k++) if (eq(v, x)) return k;
    // Not an int: CPython's generic sequence search, with its own words.
    throw pyError('ValueError', 'sequence.index(x): x not in sequence');
  }
  throw notIn('range', 'index', x);
});

defBuiltinAttr(rangeClass, 'start', (s) => R(s).start, 'member');
defBuiltinAttr(rangeClass, 'stop', (s) => R(s).stop, 'member');
defBuiltinAttr(rangeClass, 'step', (s) => R(s).step, 'member');

defNativeMethod(rangeClass, '__len__', 'wrapper()', (self) => BigInt(R(self).length));
defNativeMethod(rangeClass, '__contains__', 'wrapper(key, /)', (self, [key]) => contains(R(self), key));
defNativeMethod(rangeClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => getitem(R(self), key));
defNativeMethod(rangeClass, '__iter__', 'wrapper()', (self) => rangeIterator(R(self)));
defNativeMethod(rangeClass, '__reversed__', '()', (self) => rangeReversed(R(self)));

function rangeIterator(r: PyRange) {
  return makeIterator(countedIterator(getIter(r), r.length), 'range_iterator');
}

export function rangeReversed(r: PyRange) {
  const n = BigInt(r.length);
  const last = r.start + (n - 1n) * r.step;
  return makeIterator(
    countedIterator(getIter(new PyRange(last, r.start - r.step, -r.step)), Number(n)),
    'range_iterator',
  );
}
