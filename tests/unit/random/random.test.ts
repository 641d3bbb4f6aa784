import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SEED,
  PyRandom,
  RandomError,
  pyFloatHash,
  sha512,
  type PyNumber,
  type PyRandomState,
  type SeedValue,
} from '../../../src/lib/py/random';
import * as pymath from '../../../src/lib/py/random/pymath';

// vectors.json is produced by gen_vectors.py under CPython 3.13 (never edited by hand).

type Encoded =
  | number
  | null
  | Encoded[]
  | { int: string }
  | { ints: number[] }
  | { float: string }
  | { str: string }
  | { bytes: string }
  | { bool: boolean };

interface Op {
  op: string;
  args: Encoded[];
  result?: Encoded;
  error?: { type: string; msg: string };
}

interface Stream {
  name: string;
  seed: Encoded;
  ops: Op[];
}

interface Vectors {
  python: string;
  streams: Stream[];
  floatHashes: [Encoded, Encoded][];
  sha512: [string, string][];
  math: Record<string, number[][]>;
}

const vectors = JSON.parse(readFileSync(new URL('./vectors.json', import.meta.url), 'utf8')) as Vectors;

type Value = number | bigint | string | boolean | null | Uint8Array | Value[];

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function bytesToHex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function dec(v: Encoded): Value {
  if (v === null || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map(dec);
  if ('int' in v) return BigInt(v.int);
  if ('ints' in v) return v.ints.map((x) => BigInt(x));
  if ('float' in v) return v.float === 'inf' ? Infinity : v.float === '-inf' ? -Infinity : NaN;
  if ('str' in v) return v.str;
  if ('bytes' in v) return hexToBytes(v.bytes);
  return v.bool;
}

/** Python value equality, with indices (JS numbers from index-returning APIs) as ints. */
function normalize(v: unknown, indexOp: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => normalize(x, indexOp));
  if (indexOp && typeof v === 'number') return `int:${v}`;
  if (v instanceof Uint8Array) return `bytes:${bytesToHex(v)}`;
  if (typeof v === 'bigint') return `int:${v}`;
  if (typeof v === 'number') return Object.is(v, -0) ? 'float:-0' : Number.isNaN(v) ? 'float:nan' : v;
  if (v === undefined) return null;
  return v;
}

const INDEX_OPS = new Set(['choice', 'shuffle', 'sample', 'choices']);

/** Ops whose value passes through log/exp/sin/cos/acos/pow (see pymath.ts). */
const LIBM_OPS = new Set([
  'gauss',
  'normalvariate',
  'lognormvariate',
  'expovariate',
  'vonmisesvariate',
  'gammavariate',
  'betavariate',
  'paretovariate',
  'weibullvariate',
]);

function num(v: Value): number {
  return Number(v as number | bigint);
}

function pyNum(v: Value): PyNumber {
  return v as PyNumber;
}

function run(r: PyRandom, op: Op, saved: { state: PyRandomState | null }): unknown {
  const a = op.args.map(dec);
  switch (op.op) {
    case 'seed':
      r.seed(a[0] as SeedValue);
      return null;
    case 'getstate':
      return r.getstate();
    case 'savestate':
      saved.state = r.getstate();
      return null;
    case 'restorestate':
      r.setstate(saved.state!);
      return null;
    case 'random':
      return r.random();
    case 'getrandbits':
      return r.getrandbits(pyNum(a[0]!));
    case 'randbytes':
      return r.randbytes(pyNum(a[0]!));
    case 'randrange':
      return r.randrange(pyNum(a[0]!), a[1] as PyNumber | null | undefined, a[2] as PyNumber | undefined);
    case 'randint':
      return r.randint(pyNum(a[0]!), pyNum(a[1]!));
    case 'choice':
      return r.choice(num(a[0]!));
    case 'shuffle':
      return r.shuffle(num(a[0]!));
    case 'sample':
      return r.sample(num(a[0]!), pyNum(a[1]!), a[2] as PyNumber[] | null);
    case 'choices':
      return r.choices(num(a[0]!), a[1] as PyNumber[] | null, a[2] as PyNumber[] | null, pyNum(a[3]!));
    case 'uniform':
      return r.uniform(pyNum(a[0]!), pyNum(a[1]!));
    case 'triangular':
      return r.triangular(...(a as [PyNumber?, PyNumber?, PyNumber?]));
    case 'gauss':
      return r.gauss(...(a as [PyNumber?, PyNumber?]));
    case 'normalvariate':
      return r.normalvariate(...(a as [PyNumber?, PyNumber?]));
    case 'lognormvariate':
      return r.lognormvariate(pyNum(a[0]!), pyNum(a[1]!));
    case 'expovariate':
      return r.expovariate(...(a as [PyNumber?]));
    case 'vonmisesvariate':
      return r.vonmisesvariate(pyNum(a[0]!), pyNum(a[1]!));
    case 'gammavariate':
      return r.gammavariate(pyNum(a[0]!), pyNum(a[1]!));
    case 'betavariate':
      return r.betavariate(pyNum(a[0]!), pyNum(a[1]!));
    case 'paretovariate':
      return r.paretovariate(pyNum(a[0]!));
    case 'weibullvariate':
      return r.weibullvariate(pyNum(a[0]!), pyNum(a[1]!));
    case 'binomialvariate':
      return r.binomialvariate(...(a as [PyNumber?, number?]));
    default:
      throw new Error(`unknown op ${op.op}`);
  }
}

function ulpDistance(a: number, b: number): number {
  if (Object.is(a, b)) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const buf = new DataView(new ArrayBuffer(16));
  buf.setFloat64(0, a);
  buf.setFloat64(8, b);
  const ia = buf.getBigInt64(0);
  const ib = buf.getBigInt64(8);
  const key = (i: bigint) => (i < 0n ? -(i & 0x7fffffffffffffffn) : i);
  const d = key(ia) - key(ib);
  return Number(d < 0n ? -d : d);
}

/** Libm-derived results may differ from CPython's libm by one ulp (see pymath.ts). */
const libmStats = { exact: 0, oneUlp: 0 };

describe('PyRandom vs CPython 3.13 vectors', () => {
  it('vectors come from CPython 3.13', () => {
    expect(vectors.python.startsWith('3.13')).toBe(true);
  });

  for (const stream of vectors.streams) {
    it(`stream: ${stream.name}`, () => {
      const seed = dec(stream.seed) as SeedValue;
      const r = new PyRandom(seed);
      const saved = { state: null as PyRandomState | null };
      stream.ops.forEach((op, i) => {
        const where = `${stream.name} #${i} ${op.op}(${JSON.stringify(op.args)})`;
        let actual: unknown;
        let error: unknown = null;
        try {
          actual = run(r, op, saved);
        } catch (e) {
          error = e;
        }
        if (op.error) {
          expect(error, where).toBeInstanceOf(RandomError);
          const err = error as RandomError;
          expect({ type: err.kind, msg: err.message }, where).toEqual(op.error);
          return;
        }
        if (error) throw new Error(`${where}: unexpected ${String(error)}`);
        const expected = dec(op.result ?? null);
        if (LIBM_OPS.has(op.op) && typeof expected === 'number' && typeof actual === 'number') {
          const d = ulpDistance(actual, expected);
          if (d === 0) libmStats.exact++;
          else libmStats.oneUlp++;
          expect(d, `${where}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1);
          return;
        }
        const isIndexOp = INDEX_OPS.has(op.op);
        expect(normalize(actual, isIndexOp), where).toEqual(normalize(expected, isIndexOp));
      });
    });
  }

  it('libm-derived values are (nearly always) bit-identical', () => {
    expect(libmStats.exact + libmStats.oneUlp).toBeGreaterThan(1000);
    expect(libmStats.oneUlp / (libmStats.exact + libmStats.oneUlp)).toBeLessThan(0.01);
  });
});

describe('seeding helpers', () => {
  it('hash(float) matches CPython', () => {
    for (const [x, h] of vectors.floatHashes) {
      expect(pyFloatHash(dec(x) as number), String(x)).toBe(dec(h));
    }
  });

  it('sha512 matches hashlib', () => {
    for (const [input, digest] of vectors.sha512) {
      expect(bytesToHex(sha512(hexToBytes(input)))).toBe(digest);
    }
  });

  it('seed(null) is the documented deterministic DEFAULT_SEED', () => {
    const a = new PyRandom();
    const b = new PyRandom(DEFAULT_SEED);
    const c = new PyRandom(7n);
    c.seed(null);
    for (let i = 0; i < 5; i++) {
      const x = a.random();
      expect(b.random()).toBe(x);
      expect(c.random()).toBe(x);
    }
  });

  it('rejects unsupported seed types', () => {
    const r = new PyRandom();
    expect(() => r.seed({} as unknown as SeedValue)).toThrow(RandomError);
  });
});

describe('PyRandom API details', () => {
  it('shuffleInPlace applies the same permutation as shuffle(length)', () => {
    const perm = new PyRandom(3n).shuffle(20);
    const arr = Array.from({ length: 20 }, (_, i) => `v${i}`);
    new PyRandom(3n).shuffleInPlace(arr);
    expect(arr).toEqual(perm.map((i) => `v${i}`));
  });

  it('randbelow(number) and _randbelow(bigint) draw identically', () => {
    const a = new PyRandom(11n);
    const b = new PyRandom(11n);
    for (const n of [1, 2, 3, 1000, 2 ** 32 - 1, 2 ** 32, 2 ** 32 + 5, 2 ** 45, 2 ** 53]) {
      expect(BigInt(a.randbelow(n))).toBe(b._randbelow(BigInt(n)));
    }
    expect(() => a._randbelow(0n)).toThrow(RandomError);
  });

  it('getstate/setstate round-trips including gauss_next', () => {
    const r = new PyRandom(5n);
    r.gauss();
    const st = r.getstate();
    const xs = [r.gauss(), r.random(), r.gauss()];
    r.setstate(st);
    expect([r.gauss(), r.random(), r.gauss()]).toEqual(xs);
    expect(() => r.setstate([1n, st[1], null])).toThrow(
      'state with version 1 passed to Random.setstate() of version 3',
    );
    expect(() => r.setstate([3n, st[1].slice(1), null])).toThrow('state vector is the wrong size');
    expect(() => r.setstate([3n, [...st[1].slice(0, 624), 625n], null])).toThrow('invalid state');
  });

  it('errors carry the Python exception kind', () => {
    const r = new PyRandom();
    try {
      r.randint(5n, 4n);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RandomError);
      expect((e as RandomError).kind).toBe('ValueError');
      expect((e as RandomError).message).toBe('empty range in randrange(5, 5)');
    }
  });
});

describe('pymath (correctly rounded libm replacements) vs CPython libm', () => {
  const fns: Record<string, (...x: number[]) => number> = {
    log: pymath.log,
    exp: pymath.exp,
    sin: pymath.sin,
    cos: pymath.cos,
    acos: pymath.acos,
    log2: pymath.log2,
    pow: pymath.pyPow,
  };
  for (const [name, rows] of Object.entries(vectors.math)) {
    it(`${name}: within 1 ulp always, identical almost always`, () => {
      let exact = 0;
      for (const row of rows) {
        const args = row.slice(0, -1);
        const expected = row[row.length - 1]!;
        const d = ulpDistance(fns[name]!(...args), expected);
        expect(d, `${name}(${args.join(', ')})`).toBeLessThanOrEqual(1);
        if (d === 0) exact++;
      }
      expect(exact / rows.length).toBeGreaterThan(0.99);
    });
  }
});
