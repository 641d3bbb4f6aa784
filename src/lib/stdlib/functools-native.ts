/**
 * functools' hot paths natively, as CPython's `_functools` is C: calling a partial and reduce's loop
 * (an lru_cache wrapper's methods: lru-cache-native.ts). functools.py keeps the classes and
 * functions (partial's construction, attributes, repr and pickling); each native here replaces one
 * Python function or method and hands over to it where the case is not its own (3.14's
 * Placeholders).
 *
 * The CPU-time model: a partial call counts nothing of its own (the function it calls counts as any
 * call); reduce counts one operation per item, as the interpreter counts a loop's iteration
 * (itertools-steps.ts).
 */
import {
  PyClass,
  PyDict,
  PyNativeFunction,
  PyNativeMethod,
  PyObject,
  PyTuple,
  classesChanged,
  pyError,
  type KwArgs,
  type PyValue,
} from '../runtime/core';
import { call, callMethod, getIter } from '../runtime/ops';
import { run } from '../runtime/run';
import { isExcInstance } from '../runtime/types/util';
import { countStep } from './itertools-steps';
import { markBlocking, threadedCall, threadedCallMethod } from '../interp/threaded';
import { keywordArgs } from './operator-native';
import { installLruCacheNatives } from './lru-cache-native';

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

export function installFunctoolsNatives(ns: Map<string, PyValue>): void {
  const partial = ns.get('partial');
  if (partial instanceof PyClass) installPartialCall(partial);
  const reduce = ns.get('reduce');
  if (reduce instanceof PyNativeFunction) installReduce(reduce);
  installLruCacheNatives(ns);
  classesChanged();
}
