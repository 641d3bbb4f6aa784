/**
 * The `random` module, bound to Loopline's port of CPython's Mersenne Twister (py/random).
 */
import { PyModule, PyObject, PyList, PyTuple, builtinClass, native, pyError, type PyValue } from '../runtime/core';
import { toFloat, toIndex, iterToArray } from '../runtime/ops';
import { PyRandom, RandomError } from '../py/random/index';

/** random's functions bound to one generator (the module's, or a random.Random instance's). */
function randomMethods(r: PyRandom): Map<string, PyValue> {
  const d = new Map<string, PyValue>();
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof RandomError) throw pyError(e.kind, e.message);
      throw e;
    }
  };
  const seq = (v: PyValue): PyValue[] => (v instanceof PyList || v instanceof PyTuple ? v.items : iterToArray(v));
  const int = (v: PyValue): bigint => (typeof v === 'boolean' ? BigInt(v) : typeof v === 'bigint' ? v : toIndex(v));
  d.set('seed', native('seed', (args) => wrap(() => (r.seed((args[0] ?? null) as never), null))));
  d.set('random', native('random', () => r.random()));
  d.set('uniform', native('uniform', (args) => wrap(() => r.uniform(toFloat(args[0]), toFloat(args[1])))));
  d.set('triangular', native('triangular', (args) => wrap(() => (r.triangular as (...a: number[]) => number)(...args.map(toFloat)))));
  d.set('randint', native('randint', (args) => wrap(() => r.randint(int(args[0]), int(args[1])))));
  d.set('randrange', native('randrange', (args) => wrap(() => (r.randrange as (...a: bigint[]) => bigint)(...args.map(int)))));
  d.set('getrandbits', native('getrandbits', (args) => wrap(() => r.getrandbits(Number(args[0])))));
  d.set('choice', native('choice', (args) => wrap(() => { const s = seq(args[0]); return s[r.choice(s.length)]; })));
  d.set('shuffle', native('shuffle', (args) => wrap(() => { r.shuffleInPlace((args[0] as PyList).items); return null; })));
  d.set('sample', native('sample', (args, kw) => wrap(() => {
    const s = seq(args[0]);
    const k = Number(int(kw?.get('k') ?? args[1]));
    return new PyList(r.sample(s.length, k).map((i: number) => s[i]));
  })));
  d.set('choices', native('choices', (args, kw) => wrap(() => {
    const s = seq(args[0]);
    const weights = kw?.get('weights') ?? args[1] ?? null;
    const cum = kw?.get('cum_weights') ?? null;
    const k = Number(int(kw?.get('k') ?? 1n));
    const nums = (v: PyValue) => (v === null ? undefined : seq(v).map(toFloat));
    return new PyList((r.choices as (n: number, w?: number[], c?: number[], k?: number) => number[])(s.length, nums(weights), nums(cum), k).map((i) => s[i]));
  })));
  d.set('gauss', native('gauss', (args) => wrap(() => r.gauss(args.length ? toFloat(args[0]) : 0, args.length > 1 ? toFloat(args[1]) : 1))));
  d.set('normalvariate', native('normalvariate', (args) => wrap(() => r.normalvariate(args.length ? toFloat(args[0]) : 0, args.length > 1 ? toFloat(args[1]) : 1))));
  d.set('expovariate', native('expovariate', (args) => wrap(() => r.expovariate(args.length ? toFloat(args[0]) : 1))));
  return d;
}

const randomClass = builtinClass('Random');
randomClass.module = 'random';
randomClass.slots.call = (_cls, args) => {
  const r = new PyRandom();
  if (args.length && args[0] !== null) r.seed(args[0] as never);
  return new PyObject(randomClass, randomMethods(r));
};

/** The `random` module: one generator per run, seeded as CPython seeds it. */
export function makeRandom(): PyModule {
  const d = randomMethods(new PyRandom());
  d.set('Random', randomClass);
  return new PyModule('random', d);
}
