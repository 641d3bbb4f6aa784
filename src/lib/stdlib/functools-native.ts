/**
 * functools' hot paths natively, as CPython's `_functools` is C: calling a partial, reduce's loop,
 * and the lookup an lru_cache wrapper does on each call. functools.py keeps the classes and
 * functions (partial's construction, attributes, repr and pickling; lru_cache's wrapper function,
 * its update_wrapper attributes, cache_info, cache_clear and cache_parameters); each native here
 * replaces one Python function or method and hands over to it where the case is not its own
 * (3.14's Placeholders).
 *
 * The CPU-time model: a partial call and an lru_cache lookup count nothing of their own (the
 * function they call counts as any call); reduce counts one operation per item, as the
 * interpreter counts a loop's iteration (itertools-steps.ts).
 */
import {
  PyClass,
  PyDict,
  PyList,
  PyNativeFunction,
  PyNativeMethod,
  PyObject,
  PyTuple,
  classesChanged,
  pyError,
  typeOf,
  type KwArgs,
  type PyValue,
} from '../runtime/core';
import { call, callMethod, findKey, getIter, hashKey } from '../runtime/ops';
import { pythonHash } from '../runtime/hash';
import { releaseValue } from '../runtime/releases';
import { run } from '../runtime/run';
import { isExcInstance } from '../runtime/types/util';
import { countStep } from './itertools-steps';
import { markBlocking, threadedCall, threadedCallMethod } from '../interp/threaded';
import type { HashKey } from '../runtime/core';
import { keywordArgs } from './operator-native';

/** Reads an instance's slot through its member descriptor (undefined: the slot is empty). */
function slotReader(cls: PyClass, name: string): (o: PyObject) => PyValue | undefined {
  const member = cls.dict!.get(name) as { fget?: PyValue } | undefined;
  const fget = member?.fget;
  if (fget === undefined) throw pyError('TypeError', `functools natives: ${cls.name}.${name} is not a slot`);
  return (o) => {
    try {
      return call(fget, [o], null);
    } catch {
      return undefined;
    }
  };
}

/** partial.__call__ for a partial without Placeholders: func(*args, *more, **{**keywords, **kw}). */
function installPartialCall(partial: PyClass): void {
  const python = partial.dict!.get('__call__')!;
  const func = slotReader(partial, '_func');
  const args = slotReader(partial, '_args');
  const keywords = slotReader(partial, '_keywords');
  const phcount = slotReader(partial, '_phcount');
  const m = new PyNativeMethod(
    '__call__',
    (self, more, kw) => {
      if (self instanceof PyObject && phcount(self) === 0n) {
        const f = func(self);
        const a = args(self);
        const k = keywords(self);
        if (f !== undefined && a instanceof PyTuple && k instanceof PyDict)
          return call(f, a.items.length === 0 ? more : a.items.concat(more), mergedKeywords(k, kw));
      }
      return callMethod(python, self, more, kw);
    },
    partial,
  );
  m.slotWrapper = true;
  partial.dict!.set('__call__', m);
  // In a thread the function may block: it runs as the thread's own call.
  markBlocking(m, function* (self, more, kw) {
    if (self instanceof PyObject && phcount(self) === 0n) {
      const f = func(self);
      const a = args(self);
      const k = keywords(self);
      if (f !== undefined && a instanceof PyTuple && k instanceof PyDict)
        return yield* threadedCall(f, a.items.length === 0 ? more : a.items.concat(more), mergedKeywords(k, kw));
    }
    return yield* threadedCallMethod(python, self!, more, kw);
  });
}

function mergedKeywords(stored: PyDict, kw: KwArgs): KwArgs {
  const out = keywordArgs(stored);
  if (out === null || kw === null) return out ?? kw;
  for (const [k, v] of kw) out.set(k, v);
  return out;
}

/** C's reduce(function, iterable[, initial]): its loop and its argument errors (3.14 takes `initial` by name too). */
function installReduce(reduce: PyNativeFunction): void {
  reduce.direct = null;
  reduce.fn = (args, kw) => {
    const n = args.length;
    let initial: PyValue | undefined = n === 3 ? args[2] : undefined;
    if (run.minor >= 14) {
      const given = n + (kw?.size ?? 0);
      if (given > 3) throw pyError('TypeError', `reduce() takes at most 3 arguments (${given} given)`);
      if (n < 2) throw pyError('TypeError', `reduce() takes at least 2 positional arguments (${n} given)`);
      if (kw !== null)
        for (const [k, v] of kw) {
          if (k !== 'initial') throw pyError('TypeError', `reduce() got an unexpected keyword argument '${k}'`);
          initial = v;
        }
    } else {
      if (kw !== null && kw.size > 0) throw pyError('TypeError', 'reduce() takes no keyword arguments');
      if (n < 2 || n > 3)
        throw pyError('TypeError', `reduce expected at ${n < 2 ? 'least 2' : 'most 3'} arguments, got ${n}`);
    }
    const [fn, iterable] = args;
    let it;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (isExcInstance(e, 'TypeError')) throw pyError('TypeError', 'reduce() arg 2 must support iteration');
      throw e;
    }
    let value = initial ?? it.next();
    if (value === undefined) throw pyError('TypeError', 'reduce() of empty iterable with no initial value');
    for (let x = it.next(); x !== undefined; x = it.next()) {
      countStep();
      value = call(fn, [value, x], null);
    }
    return value;
  };
}

/** The cache key of a call (functools.py's _key: CPython's C cache builds the same). */
function cacheKey(args: PyTuple, kwds: PyDict, typed: boolean, mark: PyValue): PyValue {
  const a = args.items;
  if (kwds.map.size === 0 && !typed) {
    if (a.length === 1 && (typeof a[0] === 'bigint' || typeof a[0] === 'string')) return a[0];
    return args;
  }
  const key = a.slice();
  if (kwds.map.size > 0) {
    if (mark instanceof PyTuple) key.push(...mark.items);
    else key.push(mark);
    for (const e of kwds.map.values()) key.push(e.key, e.value);
  }
  if (typed) {
    for (const v of a) key.push(typeOf(v));
    for (const e of kwds.map.values()) key.push(typeOf(e.value));
  }
  return new PyTuple(key);
}

/**
 * `_lru_call(user_function, cache, stats, maxsize, typed, kwd_mark)`: what an lru_cache wrapper
 * calls with its (args, kwds), as C's wrappers do it: the key hashed once and looked up with that
 * hash (a stored key of the same hash compared by `==`, the stored one first), a hit of a bounded
 * cache moved to the end without another lookup, a miss looked up again after the call (the call
 * may have cached it), the oldest entry dropped for a new one when full. The entries stay in the
 * dict `cache` and the counts in `stats` ([hits, misses]), which cache_info and cache_clear read.
 */
function lruCall(args: PyValue[]): PyValue {
  const [userFunction, cache, stats, maxsize, typedArg, mark] = args;
  if (!(cache instanceof PyDict) || !(stats instanceof PyList)) throw pyError('TypeError', '_lru_call: bad state');
  const typed = typedArg === true;
  const bound = typeof maxsize === 'bigint' ? Number(maxsize) : null;
  const counts = stats.items;
  const m = cache.map;
  /** The call's lookup: its cached result, or the key to store the user function's result under. */
  const lookup = (a: PyValue, k: PyValue): { hit: PyValue } | Miss => {
    const callArgs = a as PyTuple;
    const kw = keywordArgs(k as PyDict);
    if (bound === 0) {
      counts[1] = (counts[1] as bigint) + 1n;
      return { args: callArgs.items, kw, find: null };
    }
    const key = cacheKey(callArgs, k as PyDict, typed, mark);
    const h = pythonHash(key);
    const find = () => findKey(m, key, hashKey(key), h);
    const mk = find();
    const hit = m.get(mk);
    if (hit === undefined) {
      counts[1] = (counts[1] as bigint) + 1n;
      return { args: callArgs.items, kw, find, key };
    }
    counts[0] = (counts[0] as bigint) + 1n;
    if (bound !== null) {
      m.delete(mk);
      m.pend(mk, h);
      m.set(mk, hit);
    }
    return { hit: hit.value };
  };
  /** A miss's result stored (unless the call cached it meanwhile). */
  const store = (miss: Miss, result: PyValue): PyValue => {
    if (miss.find === null) return result;
    let mk = miss.find();
    const now = m.get(mk);
    if (now !== undefined) {
      // Cached meanwhile by a call the function made: a bounded cache keeps that one.
      if (bound === null) now.value = result;
      return result;
    }
    if (bound !== null) {
      // C stores it with a lookup of its own (after dropping the oldest entry when full).
      if (m.size >= bound) {
        // The oldest is popped by a lookup with its stored hash (which may compare it with others).
        const [first, old] = m.entries().next().value!;
        m.delete(findKey(m, old.key, hashKey(old.key), m.hashOf(first)));
        releaseValue(old.key);
        releaseValue(old.value);
      }
      mk = miss.find();
    }
    m.set(mk, { key: miss.key!, value: result });
    return result;
  };
  const f = new PyNativeFunction('_lru_call', ([a, k]) => {
    const r = lookup(a, k);
    return 'hit' in r ? r.hit : store(r, call(userFunction, r.args, r.kw));
  });
  // In a thread the user function may block: it runs as the thread's own call.
  markBlocking(f, function* (_self, [a, k]) {
    const r = lookup(a, k);
    return 'hit' in r ? r.hit : store(r, yield* threadedCall(userFunction, r.args, r.kw));
  });
  return f;
}

/** An lru_cache miss: the user function's arguments, and how to find the key's place again. */
interface Miss {
  args: PyValue[];
  kw: KwArgs;
  find: (() => HashKey) | null;
  key?: PyValue;
}

export function installFunctoolsNatives(ns: Map<string, PyValue>): void {
  const partial = ns.get('partial');
  if (partial instanceof PyClass) installPartialCall(partial);
  const reduce = ns.get('reduce');
  if (reduce instanceof PyNativeFunction) installReduce(reduce);
  ns.set('_lru_call', new PyNativeFunction('_lru_call', lruCall));
  classesChanged();
}
