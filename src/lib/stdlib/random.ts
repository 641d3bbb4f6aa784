/**
 * The `random` module, bound to Loopline's port of CPython's Mersenne Twister (py/random).
 */
import {
  PyBoxed,
  PyBytes,
  PyModule,
  PyObject,
  PyList,
  PyTuple,
  builtinClass,
  pyError,
  typeName,
  type PyValue,
} from '../runtime/core';
import { eq, pyHash, toFloat, toIndex, iterToArray, len as pyLen } from '../runtime/ops';
import { defNative } from '../runtime/native';
import { signature } from '../runtime/signature';
import { PyRandom, RandomError } from '../py/random/index';
import { zeroDivision, zeroToNegativePower } from '../runtime/zero-division';
import { checkedState } from './random-state';
import { run } from '../runtime/run';
import { PyByteArray } from '../runtime/types/bytearray';

/** A RandomError from the generator as the Python exception CPython raises. */
/** The seed-type TypeError: its line breaks before "None," from 3.13, after it up to 3.12. */
const SEED_TYPES = [
  'The only supported seed types are:',
  'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.',
];

function wrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RandomError && e.kind === 'ZeroDivisionError')
      throw e.message.startsWith('0.0 cannot') ? zeroToNegativePower() : zeroDivision(e.message);
    if (e instanceof RandomError && e.message.startsWith(SEED_TYPES[0]) && run.minor < 13)
      throw pyError(e.kind, SEED_TYPES[1]);
    if (e instanceof RandomError) throw pyError(e.kind, e.message);
    throw e;
  }
}

/** random's functions bound to one generator (the module's, or a random.Random instance's). */
function randomMethods(r: PyRandom): Map<string, PyValue> {
  const d = new Map<string, PyValue>();
  /** A method CPython's random.py writes in Python (`def`) or _random's C (`random`, `getrandbits`). */
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) =>
    d.set(
      name,
      defNative(name, sig, (a) => wrap(() => fn(a)), `Random.${name}`),
    );
  const seq = (v: PyValue): PyValue[] => (v instanceof PyList || v instanceof PyTuple ? v.items : iterToArray(v));
  const int = (v: PyValue): bigint => (typeof v === 'boolean' ? BigInt(v) : typeof v === 'bigint' ? v : toIndex(v));
  const nums = (v: PyValue) => (v === null ? undefined : seq(v).map(toFloat));
  def('seed', 'def (self, a=None, version=2)', ([a, version]) => (r.seed(seedValue(a, version)), null));
  def('random', '()', () => r.random());
  def('uniform', 'def (self, a, b)', ([a, b]) => r.uniform(toFloat(a), toFloat(b)));
  def('triangular', 'def (self, low=0.0, high=1.0, mode=None)', ([low, high, mode]) =>
    r.triangular(toFloat(low), toFloat(high), mode === null ? null : toFloat(mode)),
  );
  def('randint', 'def (self, a, b)', ([a, b]) => r.randint(int(a), int(b)));
  def('randrange', 'def (self, start, stop=None, step=1)', ([start, stop, step]) =>
    r.randrange(int(start), stop === null ? null : int(stop), int(step)),
  );
  def('getrandbits', '(k, /)', ([k]) => r.getrandbits(int(k)));
  def('choice', 'def (self, seq)', ([s]) => {
    const items = seq(s);
    return items[r.choice(items.length)];
  });
  def('shuffle', 'def (self, x)', ([x]) => {
    // random.py swaps x[i] and x[j] for i in reversed(range(1, len(x))).
    if (x instanceof PyList) r.shuffleInPlace(x.items);
    else if (pyLen(x) > 1) throw pyError('TypeError', `'${typeName(x)}' object does not support item assignment`);
    return null;
  });
  def('sample', 'def (self, population, k, *, counts=None)', ([population, k, counts]) => {
    const s = seq(population);
    // Counts repeat each element (CPython samples positions of the repeated population).
    const c = counts === null ? null : seq(counts).map((x) => (typeof x === 'number' ? x : int(x)));
    return new PyList(r.sample(s.length, Number(int(k)), c, run.minor >= 14).map((i: number) => s[i]));
  });
  def('randbytes', 'def (self, n)', ([n]) => new PyBytes(r.randbytes(int(n))));
  if (run.minor >= 12)
    def('binomialvariate', 'def (self, n=1, p=0.5)', ([n, p]) => r.binomialvariate(int(n), toFloat(p)));
  def('choices', 'def (self, population, weights=None, *, cum_weights=None, k=1)', ([population, weights, cum, k]) => {
    const s = seq(population);
    return new PyList(r.choices(s.length, nums(weights), nums(cum), Number(int(k))).map((i) => s[i]));
  });
  def('getstate', 'def (self)', () => {
    const [version, internal, gaussNext] = r.getstate();
    return new PyTuple([version, new PyTuple([...internal]), gaussNext]);
  });
  def('setstate', 'def (self, state)', ([state]) => {
    r.setstate(checkedState(state));
    return null;
  });
  def('gauss', 'def (self, mu=0.0, sigma=1.0)', ([mu, sigma]) => r.gauss(toFloat(mu), toFloat(sigma)));
  def('normalvariate', 'def (self, mu=0.0, sigma=1.0)', ([mu, sigma]) => r.normalvariate(toFloat(mu), toFloat(sigma)));
  def('expovariate', 'def (self, lambd=1.0)', ([lambd]) => r.expovariate(toFloat(lambd)));
  def('lognormvariate', 'def (self, mu, sigma)', ([mu, sigma]) => r.lognormvariate(toFloat(mu), toFloat(sigma)));
  def('vonmisesvariate', 'def (self, mu, kappa)', ([mu, kappa]) => r.vonmisesvariate(toFloat(mu), toFloat(kappa)));
  def('gammavariate', 'def (self, alpha, beta)', ([a, b]) => r.gammavariate(toFloat(a), toFloat(b)));
  def('betavariate', 'def (self, alpha, beta)', ([a, b]) => r.betavariate(toFloat(a), toFloat(b)));
  def('paretovariate', 'def (self, alpha)', ([alpha]) => r.paretovariate(toFloat(alpha)));
  def('weibullvariate', 'def (self, alpha, beta)', ([a, b]) => r.weibullvariate(toFloat(a), toFloat(b)));
  return d;
}

/**
 * A seed as PyRandom takes it, after what random.py's seed() does with `version`: 1 folds a str's
 * code points (bytes: its Latin-1 characters) into 64 bits, the old string hash; 2 leaves a str,
 * bytes or bytearray to PyRandom (its bytes and their SHA-512); any other version hands a str or
 * bytes to the C seeder, which seeds with its hash (a bytearray is unhashable there).
 */
function seedValue(a: PyValue, version: PyValue = 2n): never {
  const v = a instanceof PyBoxed ? a.value : a;
  const isStr = typeof v === 'string';
  if ((isStr || a instanceof PyBytes) && eq(version, 1n)) {
    const codes = isStr
      ? Array.from(v, (c) => BigInt(c.codePointAt(0)!))
      : Array.from((a as PyBytes).data, (b) => BigInt(b));
    let x = codes.length ? codes[0] << 7n : 0n;
    for (const c of codes) x = BigInt.asUintN(64, 1000003n * x) ^ c;
    return (x ^ BigInt(codes.length)) as never;
  }
  if ((isStr || a instanceof PyBytes || a instanceof PyByteArray) && !eq(version, 2n)) {
    if (a instanceof PyByteArray) throw pyError('TypeError', "unhashable type: 'bytearray'");
    return BigInt.asUintN(64, pyHash(a)) as never;
  }
  if (a instanceof PyBytes) return a.data as never;
  if (a instanceof PyByteArray) return Uint8Array.from(a.data) as never;
  return v as never;
}

const randomClass = builtinClass('Random');
randomClass.module = 'random';
const RANDOM_SIG = signature('__init__', 'def (self, x=None)', 'Random.__init__');
randomClass.slots.call = (_cls, args, kw) => {
  const [x] = RANDOM_SIG.bind(args, kw);
  const r = new PyRandom();
  if (x !== null) wrap(() => r.seed(seedValue(x)));
  return new PyObject(randomClass, randomMethods(r));
};

/** The `random` module: one generator per run, seeded as CPython seeds it. */
export function makeRandom(): PyModule {
  const d = randomMethods(new PyRandom());
  d.set('Random', randomClass);
  return new PyModule('random', d);
}
