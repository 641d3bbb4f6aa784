/**
 * `list` methods, `list(...)`, and the sort shared with `sorted()`.
 *
 * The sort follows CPython's listsort where it is observable: keys are computed first, a reverse
 * sort reverses before and after, runs are found with CPython's count_run (3.13 changed it) and extended with
 * binary insertion — so user `__lt__` calls and the TypeError for incomparable items happen in
 * the same order as in CPython (merges of long lists are a plain stable merge).
 */
import { releaseValue } from '../releases';
import {
  PyList,
  PyTuple,
  PyClass,
  PyObject,
  listClass,
  NotImplemented,
  pyError,
  typeName,
  defMethod,
  type PyValue,
  type KwArgs,
} from '../core';
import {
  lessThan as lt,
  truthy,
  eq,
  same,
  call,
  iterToArray,
  getIter,
  len,
  sequenceItem,
  listStore,
  listRemove,
  toIndex,
  ssizeArg,
  repr,
  containsBuiltin,
} from '../ops';
import { isExcInstance } from './util';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { makeIterator } from './iterator';
import { run } from '../run';
import { compareStr } from './code-points';

// ------------------------------------------------------------------ sorting

/** 0: mixed/objects, 1: all real numbers without NaN, 2: all str. */
function homogeneous(keys: PyValue[]): number {
  const n = keys.length;
  const first = keys[0];
  if (typeof first === 'string') {
    for (let i = 1; i < n; i++) if (typeof keys[i] !== 'string') return 0;
    return 2;
  }
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const t = typeof k;
    if (t === 'bigint' || t === 'boolean') continue;
    if (t === 'number' && !Number.isNaN(k)) continue;
    return 0;
  }
  return 1;
}

/** Positions take the low 21 bits of a packed key (sortPackedInts): lists of up to 2M items. */
const POS_SPAN = 2 ** 21;
/** Ints from -2^31 to 2^31 - 1, moved up by 2^31, take the 32 bits above: 53 in all, exact in a double. */
const INT_OFFSET = 2 ** 31;

/**
 * Sort by keys that are all ints (bool among them) from -2^31 to 2^31 - 1, in one native sort of
 * doubles, each the key and its position packed together: equal keys keep their order (the sort is
 * stable, as CPython's), and no comparison calls back into JS. False (nothing moved) when a key is
 * anything else or the list is too long.
 */
function sortPackedInts(items: PyValue[], keys: PyValue[]): boolean {
  const n = keys.length;
  if (n >= POS_SPAN) return false;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (typeof k !== 'bigint' && typeof k !== 'boolean') return false;
    const v = Number(k);
    if (!(v >= -INT_OFFSET && v < INT_OFFSET)) return false;
    packed[i] = (v + INT_OFFSET) * POS_SPAN + i;
  }
  packed.sort();
  const copy = items.slice();
  for (let i = 0; i < n; i++) {
    const p = packed[i];
    items[i] = copy[p - Math.floor(p / POS_SPAN) * POS_SPAN];
  }
  return true;
}

function jsCompare(a: PyValue, b: PyValue): number {
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  hi--;
  while (lo < hi) {
    const t = a[lo];
    a[lo++] = a[hi];
    a[hi--] = t;
  }
}

class Sorter {
  constructor(
    public keys: PyValue[],
    public vals: PyValue[] | null,
  ) {}

  reverse(lo: number, hi: number): void {
    reverseRange(this.keys, lo, hi);
    if (this.vals) reverseRange(this.vals, lo, hi);
  }

  /**
   * CPython's count_run: length of the run starting at lo (made ascending in place). Up to 3.12 a
   * run is non-descending or strictly descending; 3.13 also reverses descending runs of equal items.
   */
  countRun(lo: number, nremaining: number): number {
    const k = this.keys;
    if (run.minor <= 12) {
      if (nremaining === 1) return 1;
      let n = 2;
      if (lt(k[lo + 1], k[lo])) {
        while (n < nremaining && lt(k[lo + n], k[lo + n - 1])) n++;
        this.reverse(lo, lo + n);
      } else {
        while (n < nremaining && !lt(k[lo + n], k[lo + n - 1])) n++;
      }
      return n;
    }
    let n = 1;
    for (; n < nremaining; n++) if (lt(k[lo + n], k[lo + n - 1])) break;
    if (n === nremaining) return n;
    if (n > 1) {
      if (lt(k[lo], k[lo + n - 1])) return n;
      this.reverse(lo, lo + n);
    }
    n++;
    let neq = 0;
    const reverseLastNeq = () => {
      if (neq) {
        neq++;
        this.reverse(lo + n - neq, lo + n);
        neq = 0;
      }
    };
    for (; n < nremaining; n++) {
      if (lt(k[lo + n], k[lo + n - 1])) reverseLastNeq();
      else if (lt(k[lo + n - 1], k[lo + n])) break;
      else neq++;
    }
    reverseLastNeq();
    this.reverse(lo, lo + n);
    for (; n < nremaining; n++) if (lt(k[lo + n], k[lo + n - 1])) break;
    return n;
  }

  /** Binary insertion sort of [lo, lo+n), whose first `ok` items are sorted. */
  binarySort(lo: number, n: number, ok: number): void {
    const k = this.keys;
    const v = this.vals;
    if (ok === 0) ok = 1;
    for (; ok < n; ok++) {
      const pivot = k[lo + ok];
      const pv = v ? v[lo + ok] : null;
      let l = 0;
      let r = ok;
      do {
        const m = (l + r) >> 1;
        if (lt(pivot, k[lo + m])) r = m;
        else l = m + 1;
      } while (l < r);
      for (let m = ok; m > l; m--) {
        k[lo + m] = k[lo + m - 1];
        if (v) v[lo + m] = v[lo + m - 1];
      }
      k[lo + l] = pivot;
      if (v) v[lo + l] = pv;
    }
  }

  /** Stable merge of the adjacent sorted ranges [lo, mid) and [mid, hi). */
  merge(lo: number, mid: number, hi: number): void {
    const k = this.keys;
    const v = this.vals;
    const lk = k.slice(lo, mid);
    const lv = v ? v.slice(lo, mid) : null;
    let i = 0;
    let j = mid;
    let d = lo;
    const na = mid - lo;
    try {
      while (i < na && j < hi) {
        if (lt(k[j], lk[i])) {
          k[d] = k[j];
          if (v) v[d] = v[j];
          j++;
        } else {
          k[d] = lk[i];
          if (v) v[d] = lv![i];
          i++;
        }
        d++;
      }
    } finally {
      // Whatever happens, every item stays in the list exactly once.
      while (i < na) {
        k[d] = lk[i];
        if (v) v[d] = lv![i];
        i++;
        d++;
      }
    }
  }

  sort(): void {
    const n = this.keys.length;
    if (n < 2) return;
    let minrun = n;
    let r = 0;
    while (minrun >= 64) {
      r |= minrun & 1;
      minrun >>= 1;
    }
    minrun += r;
    const runs: number[] = [];
    let lo = 0;
    let remaining = n;
    while (remaining > 0) {
      let len = this.countRun(lo, remaining);
      if (len < minrun) {
        const force = remaining <= minrun ? remaining : minrun;
        this.binarySort(lo, force, len);
        len = force;
      }
      runs.push(lo);
      lo += len;
      remaining -= len;
    }
    runs.push(n);
    // Merge neighbouring runs until one is left.
    while (runs.length > 2) {
      const next: number[] = [];
      for (let i = 0; i + 2 < runs.length; i += 2) {
        this.merge(runs[i], runs[i + 1], runs[i + 2]);
        next.push(runs[i]);
      }
      if ((runs.length - 1) % 2 === 1) next.push(runs[runs.length - 2]);
      next.push(n);
      runs.length = 0;
      runs.push(...next);
    }
  }
}

/** Sort `items` in place like CPython's list.sort (stable; `<` only). */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): void {
  const n = items.length;
  let keys: PyValue[] = items;
  if (key !== null) {
    keys = new Array(n);
    for (let i = 0; i < n; i++) keys[i] = call(key, [items[i]], null);
  }
  if (n < 2) return;
  if (reverse) {
    reverseRange(items, 0, n);
    if (keys !== items) reverseRange(keys, 0, n);
  }
  try {
    const kind = homogeneous(keys);
    if (kind === 1 && sortPackedInts(items, keys)) return;
    if (kind !== 0) {
      const cmp = kind === 2 ? (compareStr as (a: PyValue, b: PyValue) => number) : jsCompare;
      if (keys === items) items.sort(cmp);
      else {
        const idx = new Array<number>(n);
        for (let i = 0; i < n; i++) idx[i] = i;
        idx.sort((a, b) => cmp(keys[a], keys[b]));
        const copy = items.slice();
        for (let i = 0; i < n; i++) items[i] = copy[idx[i]];
      }
    } else new Sorter(keys, keys === items ? null : items).sort();
  } finally {
    if (reverse) reverseRange(items, 0, n);
  }
}

/** list.sort's keywords, which sorted() passes on (Objects/listobject.c list_sort). */
const SORT_SIG = signature('sort', '(*, key=None, reverse=False)');

/** list.sort on a list object: the list looks empty while it is being sorted, as in CPython. */
function sortList(list: PyList, key: PyValue, reverse: boolean): void {
  const items = list.items;
  const marker: PyValue[] = [];
  list.items = marker;
  let modified: boolean;
  try {
    sortItems(items, key, reverse);
  } finally {
    // The list is put back whether or not a key function raised (CPython's listobject.c).
    modified = list.items !== marker || marker.length !== 0;
    list.items = items;
  }
  if (modified) throw pyError('ValueError', 'list modified during sort');
}

/** `sorted(iterable, /, *, key=None, reverse=False)`. */
const SORTED_SIG = signature('sorted', 'PyArg_CheckPositional(iterable, /)');
/** sorted(iterable, /, *, key=None, reverse=False): the positional check is sorted's, the keywords list.sort's. */
export function sortedBuiltin(args: PyValue[], kw: KwArgs): PyValue {
  const [iterable] = SORTED_SIG.bind(args, null);
  const items = iterToArray(iterable);
  const [key, reverse] = SORT_SIG.bind([], kw);
  const out = new PyList(items);
  sortList(out, key, truthy(reverse));
  return out;
}

// ------------------------------------------------------------------ methods

function L(v: PyValue): PyList {
  return v as PyList;
}

defNativeMethod(listClass, 'append', '(object, /)', (self, [object]) => {
  L(self).items.push(object);
  return null;
});

defNativeMethod(listClass, 'extend', '(iterable, /)', (self, [it]) => {
  const items = L(self).items;
  if (it instanceof PyList || it instanceof PyTuple) {
    const src = it.items;
    const m = src.length;
    for (let i = 0; i < m; i++) items.push(src[i]);
  } else {
    const src = iterToArray(it);
    for (let i = 0; i < src.length; i++) items.push(src[i]);
  }
  return null;
});

defNativeMethod(listClass, 'insert', '(index, object, /)', (self, [index, object]) => {
  const items = L(self).items;
  const n = items.length;
  let i = ssizeArg(index);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) i = n;
  if (i === n) items.push(object);
  else items.splice(i, 0, object);
  return null;
});

defNativeMethod(listClass, 'pop', '([index], /)', (self, [index]) => {
  const items = L(self).items;
  if (index === undefined) {
    if (items.length === 0) throw pyError('IndexError', 'pop from empty list');
    return items.pop()!;
  }
  const idx = ssizeArg(index);
  if (items.length === 0) throw pyError('IndexError', 'pop from empty list');
  const i = idx < 0 ? idx + items.length : idx;
  if (i < 0 || i >= items.length) throw pyError('IndexError', 'pop index out of range');
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
});

defNativeMethod(listClass, 'remove', '(value, /)', (self, [x]) => {
  const items = L(self).items;
  for (let i = 0; i < items.length; i++) {
    if (same(items[i], x) || eq(items[i], x)) {
      releaseValue(items.splice(i, 1)[0]);
      return null;
    }
  }
  throw pyError('ValueError', 'list.remove(x): x not in list');
});

function seqBound(v: PyValue | undefined, dflt: number, n: number): number {
  if (v === undefined) return dflt;
  let i: number;
  try {
    i = Number(toIndex(v));
  } catch (e) {
    if (isExcInstance(e, 'TypeError'))
      throw pyError('TypeError', 'slice indices must be integers or have an __index__ method');
    throw e;
  }
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i;
}

/** The signature list.index and tuple.index share. */
export const SEQ_INDEX_SIG = '(value[, start[, stop]], /)';

/**
 * list.index / tuple.index / deque.index. `unchanged` runs after each item that did not match (a
 * deque's check that the comparison left it as it was).
 */
export function seqIndex(
  items: PyValue[],
  [x, start, stop]: PyValue[],
  owner: string,
  unchanged?: () => void,
): PyValue {
  const n = items.length;
  const from = seqBound(start, 0, n);
  const to = seqBound(stop, n, n);
  for (let i = from; i < to && i < items.length; i++) {
    if (same(items[i], x) || eq(items[i], x)) return BigInt(i);
    unchanged?.();
  }
  throw notIn(owner, 'index', x);
}

/**
 * The ValueError of a search that found nothing: tuple's always named the method
 * ('tuple.index(x): x not in tuple'); from 3.14 list, deque and range do too, where they showed
 * the value before ('5 is not in list').
 */
export function notIn(owner: string, method: string, x: PyValue) {
  if (owner === 'tuple' || run.minor >= 14) return pyError('ValueError', `${owner}.${method}(x): x not in ${owner}`);
  return pyError('ValueError', `${repr(x)} is not in ${owner}`);
}

/** list.count / tuple.count. */
export function seqCount(items: PyValue[], x: PyValue): PyValue {
  let c = 0;
  for (let i = 0; i < items.length; i++) if (same(items[i], x) || eq(items[i], x)) c++;
  return BigInt(c);
}

defNativeMethod(listClass, 'index', SEQ_INDEX_SIG, (self, a) => seqIndex(L(self).items, a, 'list'));
defNativeMethod(listClass, 'count', '(value, /)', (self, [x]) => seqCount(L(self).items, x));
defNativeMethod(listClass, 'reverse', '()', (self) => {
  L(self).items.reverse();
  return null;
});
defNativeMethod(listClass, 'copy', '()', (self) => new PyList(L(self).items.slice()));
defNativeMethod(listClass, 'clear', '()', (self) => {
  const items = L(self).items;
  const gone = run.lifetimesSeen ? items.slice() : null;
  items.length = 0;
  // CPython lets go of the items from the last.
  if (gone !== null) for (let i = gone.length - 1; i >= 0; i--) releaseValue(gone[i]);
  return null;
});
defMethod(listClass, 'sort', (self, args, kw) => {
  const [key, reverse] = SORT_SIG.bind(args, kw);
  sortList(L(self), key, truthy(reverse));
  return null;
});

// Dunders, for explicit calls (`list.__len__(x)`, `super().__getitem__(i)` in subclasses).
defNativeMethod(listClass, '__len__', 'wrapper()', (self) => BigInt(L(self).items.length));
// Mutable containers are unhashable: `list.__hash__ is None`, which collections.abc.Hashable reads.
listClass.dict!.set('__hash__', null);
defNativeMethod(listClass, '__getitem__', '(index, /)', (self, [index]) => sequenceItem(L(self), index));
defNativeMethod(listClass, '__setitem__', 'wrapper(key, value, /)', (self, [key, value]) => {
  listStore(L(self), key, value);
  return null;
});
defNativeMethod(listClass, '__delitem__', 'wrapper(key, /)', (self, [key]) => {
  listRemove(L(self), key);
  return null;
});
defNativeMethod(listClass, '__contains__', 'wrapper(key, /)', (self, [key]) => containsBuiltin(asPlainList(self), key));
defNativeMethod(listClass, '__iter__', 'wrapper()', (self) => listIterator(L(self)));
defNativeMethod(listClass, '__reversed__', '()', (self) => listReverseIterator(L(self)));
defNativeMethod(listClass, '__add__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyList)) throw pyError('TypeError', `can only concatenate list (not "${typeName(o)}") to list`);
  return new PyList(L(self).items.concat(o.items));
});
defNativeMethod(listClass, '__iadd__', 'wrapper(value, /)', (self, [o]) => {
  const items = L(self).items;
  for (const x of iterToArray(o)) items.push(x);
  return self;
});
defNativeMethod(listClass, '__eq__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyList)) return NotImplemented;
  const a = L(self).items;
  const b = o.items;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
});
/**
 * The items of list(iterable) and tuple(iterable): as CPython's list_extend and PySequence_Tuple,
 * an object of a class of the program's with __len__ is asked its length (PyObject_LengthHint)
 * after its iterator is made, so that the call shows where it has effects.
 */
export function extendItems(iterable: PyValue): PyValue[] {
  if (!(iterable instanceof PyObject) || iterable.cls.isBuiltin || iterable.cls.lookup('__len__') === undefined)
    return iterToArray(iterable);
  const it = getIter(iterable);
  try {
    len(iterable);
  } catch (e) {
    if (!isExcInstance(e, 'TypeError')) throw e;
  }
  const out: PyValue[] = [];
  for (let x = it.next(); x !== undefined; x = it.next()) out.push(x);
  return out;
}

/** list(iterable=(), /): list.__init__ and the list(...) call share it. */
const LIST_SIG = signature('list', 'PyArg_CheckPositional([iterable], /)');
defMethod(listClass, '__init__', (self, args, kw) => {
  const [iterable] = LIST_SIG.bind(args, kw);
  const items = L(self).items;
  items.length = 0;
  if (iterable !== undefined) for (const x of extendItems(iterable)) items.push(x);
  return null;
});

/** ops' container functions test `instanceof PyList` before any dunder, so subclasses are safe to pass. */
function asPlainList(v: PyValue): PyList {
  return v as PyList;
}

function listIterator(l: PyList) {
  let i = 0;
  return makeIterator(
    { next: () => (i < l.items.length ? l.items[i++] : undefined), remaining: () => Math.max(0, l.items.length - i) },
    'list_iterator',
    l,
  );
}

export function listReverseIterator(l: PyList) {
  let i = l.items.length - 1;
  return makeIterator(
    {
      next: () => {
        if (i >= 0 && i < l.items.length) return l.items[i--];
        i = -1;
        return undefined;
      },
      remaining: () => (i < l.items.length ? i + 1 : 0),
    },
    'list_reverseiterator',
  );
}

listClass.slots.call = (cls: PyClass, args, kw) => {
  const [iterable] = LIST_SIG.bind(args, kw);
  if (cls === listClass) return new PyList(iterable !== undefined ? extendItems(iterable) : []);
  const inst = new PyList([], cls);
  const init = cls.lookup('__init__');
  if (init !== undefined) call(init, [inst, ...args], kw);
  return inst;
};
