/**
 * itertools' item loops natively, as CPython's are C. itertools.py keeps the classes (their
 * argument checks and messages, reprs, type names, subclassing) and each class's generator
 * `_run`; here each `_run` is replaced by a native iterator doing the same steps, and the
 * `__next__`/`__iter__` methods that walk instance state (count, repeat, starmap, groupby and its
 * groups, tee) by native ones over the same attributes. A method meeting an instance whose state is
 * not what itertools.py's `__init__` set (a subclass that skipped it) hands over to the Python
 * method it replaced.
 *
 * Work is counted as CPython's C loops would be felt by the CPU-time model (sim/threads.md): one
 * operation per item an iterator takes or gives (itertools-steps.ts), not the several statements of
 * the Python generators; the same count keeps an endless `list(count())` stopping at the run's
 * operation limit.
 */
import {
  PyObject,
  PyClass,
  PyTuple,
  PyList,
  PyNativeFunction,
  PyNativeMethod,
  PyStaticMethod,
  classesChanged,
  objectClass,
  pyError,
  type PyValue,
} from '../runtime/core';
import {
  binop,
  call,
  callMethod,
  eq,
  getIter,
  iterToArray,
  pyIteratorOf,
  truthy,
  type PyIterator,
} from '../runtime/ops';
import { makeIterator, PyIteratorObject } from '../runtime/types/iterator';
import { ShapedDict } from '../runtime/shaped-dict';
import { countStep as step, nextOf } from './itertools-steps';

/** The class of the iterators behind the `_gen` attribute of itertools.py's objects. */
const STATE = 'itertools_state';

type Method = (self: PyObject) => PyValue | undefined;

/** Replaces `cls`'s own method `name` (no arguments) by `fast`, which hands over to it when it returns undefined. */
function install(cls: PyClass, name: string, fast: Method): void {
  const python = cls.dict!.get(name);
  if (python === undefined) throw pyError('TypeError', `itertools natives: ${cls.name}.${name} is not defined`);
  const m = new PyNativeMethod(
    name,
    (self, args, kw) => {
      if (self instanceof PyObject && args.length === 0 && kw === null) {
        const r = fast(self);
        if (r !== undefined) return r;
      }
      return callMethod(python, self, args, kw);
    },
    cls,
  );
  m.slotWrapper = true;
  cls.dict!.set(name, m);
}

/**
 * Replaces the generator `_run` of `cls` by a native function making the same items; the iterator
 * holds the arguments at `held` (what it reads from, for sim/reachable.ts).
 */
function run(cls: PyClass, make: (args: PyValue[]) => PyIterator | null, held: number[]): void {
  const python = cls.dict!.get('_run');
  if (!(python instanceof PyStaticMethod)) throw pyError('TypeError', `itertools natives: ${cls.name}._run`);
  const f = new PyNativeFunction('_run', (args, kw) => {
    const it = kw === null ? make(args) : null;
    if (it === null) return call(python.func, args, kw);
    return makeIterator(
      it,
      STATE,
      held.map((i) => args[i]),
    );
  });
  cls.dict!.set('_run', new PyStaticMethod(f));
}

/** `cls`'s instances are their own iterators (`__iter__`), their `__next__` native (install's hand-over). */
function iterator(cls: PyClass, next: Method): void {
  install(cls, '__iter__', (o) => o);
  install(cls, '__next__', next);
}

const field = (o: PyObject, name: string): PyValue | undefined => o.dict?.get(name);
const stop = () => pyError('StopIteration');
const iterArg = (v: PyValue): PyIterator => pyIteratorOf(v);
const tupleItems = (v: PyValue): PyValue[] | null => (v instanceof PyTuple ? v.items : null);
const count = (v: PyValue): number | null => (typeof v === 'bigint' ? Number(v) : null);

export function installItertoolsNatives(ns: Map<string, PyValue>): void {
  const cls = (name: string): PyClass => {
    const c = ns.get(name);
    if (!(c instanceof PyClass)) throw pyError('TypeError', `itertools natives: ${name} is not a class`);
    return c;
  };
  const marker = ns.get('_marker')!;

  // ---------------------------------------------------------------- the generator-backed tools
  const genIter = cls('_GenIter');
  iterator(genIter, (o) => {
    const g = field(o, '_gen');
    if (!(g instanceof PyIteratorObject)) return undefined;
    const v = g.next();
    if (v === undefined) throw g.stopped() ?? stop();
    return v;
  });

  run(cls('cycle'), ([it]) => cycle(iterArg(it)), [0]);
  run(cls('chain'), ([sources]) => chain(iterArg(sources)), [0]);
  run(
    cls('islice'),
    ([it, start, stop, by]) => {
      const s = count(start);
      const b = count(by);
      const e = stop === null ? Infinity : count(stop);
      return s === null || b === null || e === null ? null : islice(iterArg(it), s, e, b);
    },
    [0],
  );
  run(cls('accumulate'), ([it, func, initial]) => accumulate(iterArg(it), func, initial), [0]);
  run(cls('takewhile'), ([pred, it]) => takewhile(pred, iterArg(it)), [1]);
  run(cls('dropwhile'), ([pred, it]) => dropwhile(pred, iterArg(it)), [1]);
  run(cls('filterfalse'), ([fn, it]) => filterfalse(fn, iterArg(it)), [1]);
  run(cls('compress'), ([data, sel]) => compress(iterArg(data), iterArg(sel)), [0, 1]);
  run(
    cls('zip_longest'),
    ([its, fill]) => (its instanceof PyList ? zipLongest(its.items.map(iterArg), fill) : null),
    [0],
  );
  run(
    cls('product'),
    ([pools]) => {
      const ps = pools instanceof PyList ? pools.items.map(tupleItems) : null;
      return ps === null || ps.includes(null) ? null : product(ps as PyValue[][]);
    },
    [0],
  );
  run(
    cls('permutations'),
    ([pool, n, r]) => {
      const p = tupleItems(pool);
      const k = count(r);
      return p === null || k === null || count(n) !== p.length ? null : permutations(p, k);
    },
    [0],
  );
  // combinations(pool, r) and with replacement: the pool a tuple, r an int.
  for (const [name, make] of [
    ['combinations', combinations],
    ['combinations_with_replacement', withReplacement],
  ] as const)
    run(
      cls(name),
      ([pool, r]) => {
        const p = tupleItems(pool);
        const k = count(r);
        return p === null || k === null ? null : make(p, k);
      },
      [0],
    );
  run(cls('pairwise'), ([it]) => pairwise(iterArg(it)), [0]);
  const batchedClass = ns.get('batched');
  if (batchedClass instanceof PyClass)
    run(
      batchedClass,
      ([it, n, strict]) => {
        const k = count(n);
        return k === null ? null : batched(iterArg(it), k, strict === true);
      },
      [0],
    );

  // ---------------------------------------------------------------- tools with state of their own
  iterator(cls('count'), (o) => {
    const n = field(o, '_n');
    const by = field(o, '_step');
    if (n === undefined || by === undefined) return undefined;
    o.dict!.set('_n', binop('+', n, by));
    step();
    return n;
  });

  iterator(cls('repeat'), (o) => {
    const times = field(o, '_times');
    const obj = field(o, '_object');
    if (obj === undefined || (times !== null && typeof times !== 'bigint')) return undefined;
    if (times !== null) {
      if (times <= 0n) throw stop();
      o.dict!.set('_times', times - 1n);
    }
    step();
    return obj;
  });

  iterator(cls('starmap'), (o) => {
    const fn = field(o, '_function');
    const it = field(o, '_it');
    if (fn === undefined || it === undefined) return undefined;
    const args = nextOf(it);
    if (args === undefined) throw stop();
    step();
    // As C's starmap: any iterable item is made a tuple first ('int' object is not iterable).
    return call(fn, args instanceof PyTuple ? args.items : iterToArray(args), null);
  });

  installGroupby(cls('groupby'), cls('_grouper'), marker);
  installTee(cls('_tee'), cls('_tee_link'), marker);
  classesChanged();
}

/** An instance of a class of itertools.py made with the attributes its `__init__` sets. */
function instance(cls: PyClass, fields: [string, PyValue][]): PyObject {
  const d = new ShapedDict();
  for (const [k, v] of fields) d.set(k, v);
  return new PyObject(cls, d);
}

function installGroupby(groupby: PyClass, grouper: PyClass, marker: PyValue): void {
  /** Reads the parent's next item and its key (false: the iterable is exhausted). */
  const advance = (p: PyObject, it: PyValue, keyfunc: PyValue): boolean => {
    const value = nextOf(it);
    if (value === undefined) return false;
    step();
    p.dict!.set('_currvalue', value);
    p.dict!.set('_currkey', keyfunc === null ? value : call(keyfunc, [value], null));
    return true;
  };
  iterator(groupby, (o) => {
    const d = o.dict;
    const it = d?.get('_it');
    const keyfunc = d?.get('_keyfunc');
    if (d == null || it === undefined || keyfunc === undefined || !d.has('_currvalue')) return undefined;
    const token = new PyObject(objectClass);
    d.set('_token', token);
    for (;;) {
      if (d.get('_currvalue') === marker && !advance(o, it, keyfunc)) throw stop();
      const tgt = d.get('_tgtkey')!;
      // C compares the group's key first (PyObject_RichCompareBool: the same object is equal).
      if (tgt === marker || !eq(tgt, d.get('_currkey')!)) break;
      d.set('_currvalue', marker);
    }
    const key = d.get('_currkey')!;
    d.set('_tgtkey', key);
    return new PyTuple([
      key,
      instance(grouper, [
        ['_parent', o],
        ['_tgtkey', key],
        ['_token', token],
      ]),
    ]);
  });
  iterator(grouper, (o) => {
    const p = field(o, '_parent');
    if (!(p instanceof PyObject) || p.dict === null) return undefined;
    const d = p.dict;
    if (d.get('_token') !== field(o, '_token')) throw stop();
    if (d.get('_currvalue') === marker && !advance(p, d.get('_it')!, d.get('_keyfunc')!)) throw stop();
    if (!eq(field(o, '_tgtkey')!, d.get('_currkey')!)) throw stop();
    const value = d.get('_currvalue')!;
    d.set('_currvalue', marker);
    return value;
  });
}

function installTee(tee: PyClass, linkClass: PyClass, marker: PyValue): void {
  iterator(tee, (o) => {
    const link = field(o, '_link');
    const it = field(o, '_it');
    if (!(link instanceof PyObject) || link.dict === null || it === undefined) return undefined;
    let after = link.dict.get('next');
    if (after === null) {
      const v = nextOf(it);
      if (v === undefined) throw stop();
      link.dict.set('value', v);
      after = instance(linkClass, [
        ['value', marker],
        ['next', null],
      ]);
      link.dict.set('next', after);
    }
    if (after === undefined) return undefined;
    step();
    o.dict!.set('_link', after);
    return link.dict.get('value')!;
  });
}

// -------------------------------------------------------------------- the iterators
// Each makes the items its generator in itertools.py makes, in the same order, asking its
// iterables at the same points; undefined ends it (for good: the object is marked exhausted).

function cycle(it: PyIterator): PyIterator {
  const saved: PyValue[] = [];
  let src: PyIterator | null = it;
  let i = 0;
  return {
    next: () => {
      if (src !== null) {
        const x = src.next();
        if (x !== undefined) {
          step();
          saved.push(x);
          return x;
        }
        src = null;
      }
      if (saved.length === 0) return undefined;
      step();
      const v = saved[i];
      i = i + 1 === saved.length ? 0 : i + 1;
      return v;
    },
  };
}

function chain(sources: PyIterator): PyIterator {
  let active: PyIterator | null = null;
  return {
    next: () => {
      for (;;) {
        step();
        if (active === null) {
          const s = sources.next();
          if (s === undefined) return undefined;
          active = getIter(s);
        }
        const x = active.next();
        if (x !== undefined) return x;
        active = null;
      }
    },
  };
}

function islice(it: PyIterator, start: number, stop: number, by: number): PyIterator {
  let cnt = 0;
  let next = start;
  return {
    next: () => {
      while (cnt < next) {
        step();
        if (it.next() === undefined) return undefined;
        cnt++;
      }
      if (cnt >= stop) return undefined;
      step();
      const item = it.next();
      if (item === undefined) return undefined;
      cnt++;
      next += by;
      if (next > stop) next = stop;
      return item;
    },
  };
}

function accumulate(it: PyIterator, func: PyValue, initial: PyValue): PyIterator {
  let total: PyValue | undefined = undefined;
  return {
    next: () => {
      step();
      if (total === undefined) {
        total = initial === null ? it.next() : initial;
        return total;
      }
      const x = it.next();
      if (x === undefined) return undefined;
      total = func === null ? binop('+', total, x) : call(func, [total, x], null);
      return total;
    },
  };
}

function takewhile(pred: PyValue, it: PyIterator): PyIterator {
  let done = false;
  return {
    next: () => {
      if (done) return undefined;
      step();
      const x = it.next();
      if (x === undefined) return undefined;
      if (truthy(call(pred, [x], null))) return x;
      done = true;
      return undefined;
    },
  };
}

function dropwhile(pred: PyValue, it: PyIterator): PyIterator {
  let dropping = true;
  return {
    next: () => {
      for (;;) {
        step();
        const x = it.next();
        if (x === undefined) return undefined;
        if (dropping && truthy(call(pred, [x], null))) continue;
        dropping = false;
        return x;
      }
    },
  };
}

function filterfalse(fn: PyValue, it: PyIterator): PyIterator {
  return {
    next: () => {
      for (;;) {
        step();
        const x = it.next();
        if (x === undefined) return undefined;
        if (!truthy(fn === null ? x : call(fn, [x], null))) return x;
      }
    },
  };
}

function compress(data: PyIterator, selectors: PyIterator): PyIterator {
  return {
    next: () => {
      for (;;) {
        step();
        const d = data.next();
        if (d === undefined) return undefined;
        const s = selectors.next();
        if (s === undefined) return undefined;
        if (truthy(s)) return d;
      }
    },
  };
}

function zipLongest(its: PyIterator[], fill: PyValue): PyIterator {
  const n = its.length;
  const done: boolean[] = new Array(n).fill(false);
  let active = n;
  return {
    next: () => {
      if (n === 0) return undefined;
      step();
      const values: PyValue[] = new Array(n);
      for (let i = 0; i < n; i++) {
        if (done[i]) {
          values[i] = fill;
          continue;
        }
        const x = its[i].next();
        if (x !== undefined) {
          values[i] = x;
          continue;
        }
        done[i] = true;
        if (--active === 0) return undefined;
        values[i] = fill;
      }
      return new PyTuple(values);
    },
  };
}

/** Tuples of the pool's items at `indices`' first `r` positions. */
const pick = (pool: PyValue[], indices: number[], r: number): PyTuple => {
  const t: PyValue[] = new Array(r);
  for (let i = 0; i < r; i++) t[i] = pool[indices[i]];
  return new PyTuple(t);
};

function product(pools: PyValue[][]): PyIterator {
  const n = pools.length;
  const indices: number[] = new Array(n).fill(0);
  let state = pools.some((p) => p.length === 0) ? 2 : 0; // 0: first, 1: going on, 2: done
  return {
    next: () => {
      if (state === 2) return undefined;
      if (state === 1) {
        let i = n - 1;
        for (; i >= 0; i--) {
          if (++indices[i] < pools[i].length) break;
          indices[i] = 0;
        }
        if (i < 0) {
          state = 2;
          return undefined;
        }
      }
      state = 1;
      step();
      const t: PyValue[] = new Array(n);
      for (let i = 0; i < n; i++) t[i] = pools[i][indices[i]];
      return new PyTuple(t);
    },
  };
}

function permutations(pool: PyValue[], r: number): PyIterator {
  const n = pool.length;
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  let state = r > n ? 2 : 0;
  return {
    next: () => {
      if (state === 2) return undefined;
      if (state === 1) {
        let i = r - 1;
        for (; i >= 0; i--) {
          if (--cycles[i] === 0) {
            // Rotate the index at i to the end.
            const first = indices[i];
            for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
            indices[n - 1] = first;
            cycles[i] = n - i;
          } else {
            const j = n - cycles[i];
            const t = indices[i];
            indices[i] = indices[j];
            indices[j] = t;
            break;
          }
        }
        if (i < 0) {
          state = 2;
          return undefined;
        }
      }
      state = 1;
      step();
      return pick(pool, indices, r);
    },
  };
}

function combinations(pool: PyValue[], r: number): PyIterator {
  const n = pool.length;
  const indices = Array.from({ length: r }, (_, i) => i);
  let state = r > n ? 2 : 0;
  return {
    next: () => {
      if (state === 2) return undefined;
      if (state === 1) {
        let i = r - 1;
        while (i >= 0 && indices[i] === i + n - r) i--;
        if (i < 0) {
          state = 2;
          return undefined;
        }
        indices[i]++;
        for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
      }
      state = 1;
      step();
      return pick(pool, indices, r);
    },
  };
}

function withReplacement(pool: PyValue[], r: number): PyIterator {
  const n = pool.length;
  const indices: number[] = new Array(r).fill(0);
  let state = n === 0 && r > 0 ? 2 : 0;
  return {
    next: () => {
      if (state === 2) return undefined;
      if (state === 1) {
        let i = r - 1;
        while (i >= 0 && indices[i] === n - 1) i--;
        if (i < 0) {
          state = 2;
          return undefined;
        }
        const v = indices[i] + 1;
        for (let j = i; j < r; j++) indices[j] = v;
      }
      state = 1;
      step();
      return pick(pool, indices, r);
    },
  };
}

function pairwise(it: PyIterator): PyIterator {
  let a: PyValue | undefined = undefined;
  return {
    next: () => {
      step();
      if (a === undefined) {
        a = it.next();
        if (a === undefined) return undefined;
      }
      const b = it.next();
      if (b === undefined) return undefined;
      const t = new PyTuple([a, b]);
      a = b;
      return t;
    },
  };
}

/** After a short batch the iterable is asked again: only an empty batch ends it (C's batched_next). */
function batched(it: PyIterator, n: number, strict: boolean): PyIterator {
  return {
    next: () => {
      const batch: PyValue[] = [];
      while (batch.length < n) {
        step();
        const x = it.next();
        if (x === undefined) break;
        batch.push(x);
      }
      if (batch.length === 0) return undefined;
      if (strict && batch.length !== n) throw pyError('ValueError', 'batched(): incomplete batch');
      return new PyTuple(batch);
    },
  };
}
