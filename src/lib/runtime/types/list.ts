/**
 * `list` methods, `list(...)`, and the sort shared with `sorted()`.
 *
 * The sort follows CPython's listsort where it is observable: keys are computed first, a reverse
 * sort reverses before and after, runs are found with CPython 3.13's count_run and extended with
 * binary insertion — so user `__lt__` calls and the TypeError for incomparable items happen in
 * the same order as in CPython (merges of long lists are a plain stable merge).
 */
import { PyList, PyTuple, PyClass, listClass, NotImplemented, pyError, typeName, defMethod, type PyValue, type KwArgs } from '../core';
import { order, truthy, eq, call, iterToArray, getitem, setitem, delitem, toIndex, repr, contains } from '../ops';
import { noArgs, oneArg, posArgs, noKwargs, isExcInstance } from './util';
import { makeIterator } from './iterator';

// ------------------------------------------------------------------ sorting

function lt(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  const r = order('<', a, b);
  return typeof r === 'boolean' ? r : truthy(r);
}

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
    public vals: PyValue[] | null
  ) {}

  reverse(lo: number, hi: number): void {
    reverseRange(this.keys, lo, hi);
    if (this.vals) reverseRange(this.vals, lo, hi);
  }

  /** CPython 3.13 count_run: length of the run starting at lo (made ascending in place). */
  countRun(lo: number, nremaining: number): number {
    const k = this.keys;
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
    if (kind !== 0) {
      if (keys === items) items.sort(jsCompare);
      else {
        const idx = new Array<number>(n);
        for (let i = 0; i < n; i++) idx[i] = i;
        idx.sort((a, b) => jsCompare(keys[a], keys[b]));
        const copy = items.slice();
        for (let i = 0; i < n; i++) items[i] = copy[idx[i]];
      }
    } else new Sorter(keys, keys === items ? null : items).sort();
  } finally {
    if (reverse) reverseRange(items, 0, n);
  }
}

function sortArgs(fname: string, args: PyValue[], kw: KwArgs): [PyValue, boolean] {
  if (args.length) throw pyError('TypeError', `${fname}() takes no positional arguments`);
  let key: PyValue = null;
  let reverse = false;
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'reverse') reverse = truthy(v);
      else throw pyError('TypeError', `sort() got an unexpected keyword argument '${k}'`);
    }
  }
  return [key, reverse];
}

/** list.sort on a list object: the list looks empty while it is being sorted, as in CPython. */
export function sortList(list: PyList, key: PyValue, reverse: boolean): void {
  const items = list.items;
  const marker: PyValue[] = [];
  list.items = marker;
  let ok = false;
  try {
    sortItems(items, key, reverse);
    ok = true;
  } finally {
    const modified = list.items !== marker || marker.length !== 0;
    list.items = items;
    if (ok && modified) throw pyError('ValueError', 'list modified during sort');
  }
}

/** `sorted(iterable, /, *, key=None, reverse=False)`. */
export function sortedBuiltin(args: PyValue[], kw: KwArgs): PyValue {
  if (args.length !== 1) throw pyError('TypeError', `sorted expected 1 argument, got ${args.length}`);
  const items = iterToArray(args[0]);
  const [key, reverse] = sortArgs('sort', [], kw);
  const out = new PyList(items);
  sortList(out, key, reverse);
  return out;
}

// ------------------------------------------------------------------ methods

function L(v: PyValue): PyList {
  return v as PyList;
}

defMethod(listClass, 'append', (self, args, kw) => {
  if (args.length !== 1 || kw !== null) oneArg('list.append', args, kw);
  L(self).items.push(args[0]);
  return null;
});

defMethod(listClass, 'extend', (self, args, kw) => {
  const it = oneArg('list.extend', args, kw);
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

defMethod(listClass, 'insert', (self, args, kw) => {
  noKwargs('list.insert', kw);
  posArgs('insert', args, 2, 2);
  const items = L(self).items;
  const n = items.length;
  let i = Number(toIndex(args[0]));
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) i = n;
  if (i === n) items.push(args[1]);
  else items.splice(i, 0, args[1]);
  return null;
});

defMethod(listClass, 'pop', (self, args, kw) => {
  const items = L(self).items;
  if (args.length === 0 && kw === null) {
    if (items.length === 0) throw pyError('IndexError', 'pop from empty list');
    return items.pop()!;
  }
  noKwargs('list.pop', kw);
  posArgs('pop', args, 0, 1);
  const idx = Number(toIndex(args[0]));
  if (items.length === 0) throw pyError('IndexError', 'pop from empty list');
  const i = idx < 0 ? idx + items.length : idx;
  if (i < 0 || i >= items.length) throw pyError('IndexError', 'pop index out of range');
  if (i === items.length - 1) return items.pop()!;
  return items.splice(i, 1)[0];
});

defMethod(listClass, 'remove', (self, args, kw) => {
  const x = oneArg('list.remove', args, kw);
  const items = L(self).items;
  for (let i = 0; i < items.length; i++) {
    if (items[i] === x || eq(items[i], x)) {
      items.splice(i, 1);
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
    if (isExcInstance(e, 'TypeError')) throw pyError('TypeError', 'slice indices must be integers or have an __index__ method');
    throw e;
  }
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  return i;
}

/** list.index / tuple.index. */
export function seqIndex(items: PyValue[], args: PyValue[], kw: KwArgs, owner: string): PyValue {
  noKwargs(`${owner}.index`, kw);
  posArgs('index', args, 1, 3);
  const x = args[0];
  const n = items.length;
  const start = seqBound(args[1], 0, n);
  const stop = seqBound(args[2], n, n);
  for (let i = start; i < stop && i < items.length; i++) if (items[i] === x || eq(items[i], x)) return BigInt(i);
  if (owner === 'tuple') throw pyError('ValueError', 'tuple.index(x): x not in tuple');
  throw pyError('ValueError', `${repr(x)} is not in list`);
}

/** list.count / tuple.count. */
export function seqCount(items: PyValue[], x: PyValue): PyValue {
  let c = 0;
  for (let i = 0; i < items.length; i++) if (items[i] === x || eq(items[i], x)) c++;
  return BigInt(c);
}

defMethod(listClass, 'index', (self, args, kw) => seqIndex(L(self).items, args, kw, 'list'));
defMethod(listClass, 'count', (self, args, kw) => seqCount(L(self).items, oneArg('list.count', args, kw)));
defMethod(listClass, 'reverse', (self, args, kw) => {
  noArgs('list.reverse', args, kw);
  L(self).items.reverse();
  return null;
});
defMethod(listClass, 'copy', (self, args, kw) => {
  noArgs('list.copy', args, kw);
  return new PyList(L(self).items.slice());
});
defMethod(listClass, 'clear', (self, args, kw) => {
  noArgs('list.clear', args, kw);
  L(self).items.length = 0;
  return null;
});
defMethod(listClass, 'sort', (self, args, kw) => {
  const [key, reverse] = sortArgs('sort', args, kw);
  sortList(L(self), key, reverse);
  return null;
});

// Dunders, for explicit calls (`list.__len__(x)`, `super().__getitem__(i)` in subclasses).
defMethod(listClass, '__len__', (self) => BigInt(L(self).items.length));
defMethod(listClass, '__getitem__', (self, args) => getitem(asPlainList(self), args[0]));
defMethod(listClass, '__setitem__', (self, args) => {
  setitem(asPlainList(self), args[0], args[1]);
  return null;
});
defMethod(listClass, '__delitem__', (self, args) => {
  delitem(asPlainList(self), args[0]);
  return null;
});
defMethod(listClass, '__contains__', (self, args) => contains(asPlainList(self), args[0]));
defMethod(listClass, '__iter__', (self) => listIterator(L(self)));
defMethod(listClass, '__reversed__', (self) => listReverseIterator(L(self)));
defMethod(listClass, '__add__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyList)) throw pyError('TypeError', `can only concatenate list (not "${typeName(o)}") to list`);
  return new PyList(L(self).items.concat(o.items));
});
defMethod(listClass, '__iadd__', (self, args) => {
  const items = L(self).items;
  for (const x of iterToArray(args[0])) items.push(x);
  return self;
});
defMethod(listClass, '__eq__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyList)) return NotImplemented;
  const a = L(self).items;
  const b = o.items;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
});
defMethod(listClass, '__init__', (self, args, kw) => {
  noKwargs('list', kw);
  posArgs('list', args, 0, 1);
  const items = L(self).items;
  items.length = 0;
  if (args.length) for (const x of iterToArray(args[0])) items.push(x);
  return null;
});

/** ops' container functions test `instanceof PyList` before any dunder, so subclasses are safe to pass. */
function asPlainList(v: PyValue): PyList {
  return v as PyList;
}

export function listIterator(l: PyList) {
  let i = 0;
  return makeIterator({ next: () => (i < l.items.length ? l.items[i++] : undefined) }, 'list_iterator');
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
    },
    'list_reverseiterator'
  );
}

listClass.slots.call = (cls: PyClass, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', 'list() takes no keyword arguments');
  if (args.length > 1) throw pyError('TypeError', `list expected at most 1 argument, got ${args.length}`);
  if (cls === listClass) return new PyList(args.length ? iterToArray(args[0]) : []);
  const inst = new PyList([], cls);
  const init = cls.lookup('__init__');
  if (init !== undefined) call(init, [inst, ...args], kw);
  return inst;
};
