/**
 * A reproduction of CPython 3.13's `random.Random` (Lib/random.py on top of
 * Modules/_randommodule.c): the same MT19937 seeding, the same consumption of
 * 32-bit outputs by every method, and therefore the same numbers.
 *
 * Conventions: Python ints are `bigint`, Python floats are `number`.
 * Sequence-oriented methods work on lengths and return indices, so the
 * interpreter can apply them to whatever sequence object it holds.
 *
 * Exactness: everything built from random()/getrandbits()/_randbelow() with
 * +, -, *, /, sqrt and floor is bit-identical to CPython. Methods that call
 * log/exp/sin/cos/acos/pow use correctly rounded implementations (pymath.ts);
 * CPython uses the platform libm (glibc on Linux), which agrees with the
 * correctly rounded result in ~99.9% of calls, so those methods can differ
 * from a given CPython build by one ulp in rare cases (and CPython itself
 * differs between platforms there).
 *
 * Deterministic divergences from CPython (documented on the methods):
 *  - seed(null) / new PyRandom() seed with DEFAULT_SEED instead of OS entropy.
 *  - A NaN float seed hashes to 0 (CPython hashes NaN by object identity).
 *  - _randbelow(n) with n <= 0 throws instead of looping forever; likewise
 *    gammavariate with NaN parameters throws instead of looping forever.
 */

import { MersenneTwister, MT_N } from './mt';
import { sha512 } from './sha512';
import * as pymath from './pymath';

export { MersenneTwister } from './mt';
export { sha512 } from './sha512';

export type RandomErrorKind =
  'ValueError' | 'TypeError' | 'IndexError' | 'ZeroDivisionError' | 'OverflowError' | 'UnicodeEncodeError';

/** A Python exception raised by the random module: `kind` is the exception class name. */
export class RandomError extends Error {
  readonly kind: RandomErrorKind;
  constructor(kind: RandomErrorKind, message: string) {
    super(message);
    this.kind = kind;
    this.name = kind;
  }
}

/** A Python int (bigint) or float (number). */
export type PyNumber = bigint | number;

/** Values accepted by seed(): None, int, float, str, bytes/bytearray. */
export type SeedValue = bigint | number | string | Uint8Array | boolean | null | undefined;

/**
 * The seed used for `seed(null)` / `new PyRandom()`. CPython would use OS
 * entropy; the simulator is deterministic, so `seed(None)` behaves exactly
 * like `seed(0)` in CPython.
 */
export const DEFAULT_SEED = 0n;

/** Python's getstate() result: (VERSION, (624 words..., index), gauss_next). */
export type PyRandomState = readonly [version: PyNumber, internal: readonly PyNumber[], gaussNext: PyNumber | null];

// ---------------------------------------------------------------------------
// Python-semantics helpers

const TWO_POW_32 = 4294967296;
const MAX_SAFE = 9007199254740992; // 2^53
const TWOPI = 6.283185307179586;
const NV_MAGICCONST = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2.0)
const LOG4 = 1.3862943611198906; // log(4.0)
const SG_MAGICCONST = 2.504077396776274; // 1.0 + log(4.5)
const E = 2.718281828459045;
const PI = 3.141592653589793;

function floatArgError(): RandomError {
  return new RandomError('TypeError', "'float' object cannot be interpreted as an integer");
}

/** operator.index(): ints only. */
function pyIndex(x: PyNumber | boolean): bigint {
  if (typeof x === 'bigint') return x;
  if (typeof x === 'boolean') return x ? 1n : 0n;
  throw floatArgError();
}

/** A count argument given as a JS number (must be integral) or a Python int. */
function countArg(x: PyNumber): number {
  if (typeof x === 'bigint') return Number(x);
  if (!Number.isInteger(x)) throw floatArgError();
  return x;
}

/** float(x) for an int or float, raising OverflowError like CPython. */
function toFloat(x: PyNumber): number {
  if (typeof x === 'number') return x;
  const f = Number(x);
  if (!Number.isFinite(f)) throw new RandomError('OverflowError', 'int too large to convert to float');
  return f;
}

/** a - b with Python's int/float coercion. */
function pySub(a: PyNumber, b: PyNumber): PyNumber {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a - b;
  return toFloat(a) - toFloat(b);
}

/** a + b with Python's int/float coercion. */
function pyAdd(a: PyNumber, b: PyNumber): PyNumber {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a + b;
  return toFloat(a) + toFloat(b);
}

function bigBitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  return n.toString(16).length * 4 - (Math.clz32(parseInt(n.toString(16)[0]!, 16)) - 28);
}

/** Correctly rounded int / int (Python true division of two ints). */
function bigTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new RandomError('ZeroDivisionError', 'division by zero');
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a <= BigInt(MAX_SAFE) && b <= BigInt(MAX_SAFE)) {
    const q = Number(a) / Number(b);
    return neg ? -q : q;
  }
  if (a === 0n) return neg ? -0 : 0;
  // Scale so the integer quotient has >= 66 bits, keep a sticky bit, and let
  // Number() (round-half-even) do the single rounding.
  const shift = Math.max(0, 66 + bigBitLength(b) - bigBitLength(a));
  const num = a << BigInt(shift);
  let q = num / b;
  if (q * b !== num) q |= 1n;
  let f = Number(q);
  let s = shift;
  while (s > 0) {
    const step = Math.min(s, 1000);
    f /= 2 ** step;
    s -= step;
  }
  if (!Number.isFinite(f)) throw new RandomError('OverflowError', 'integer division result too large for a float');
  return neg ? -f : f;
}

/** a / b with Python's int/float coercion; ZeroDivisionError on zero divisor. */
function pyTrueDiv(a: PyNumber, b: PyNumber): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return bigTrueDiv(a, b);
  const fa = toFloat(a);
  const fb = toFloat(b);
  if (fb === 0) throw new RandomError('ZeroDivisionError', 'float division by zero');
  return fa / fb;
}

/** Float division with CPython's ZeroDivisionError. */
function fdiv(a: number, b: number): number {
  if (b === 0) throw new RandomError('ZeroDivisionError', 'float division by zero');
  return a / b;
}

function bigFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** math.floor(float) -> int. */
function pyFloor(x: number): bigint {
  if (Number.isNaN(x)) throw new RandomError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new RandomError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.floor(x));
}

/** Exact Python comparison x < y for a float x and an int or float y. */
function pyLess(x: number, y: PyNumber): boolean {
  if (typeof y === 'number') return x < y;
  if (Number.isNaN(x)) return false;
  if (x === Infinity) return false;
  if (x === -Infinity) return true;
  return BigInt(Math.floor(x)) < y;
}

/** Python float % float (result takes the divisor's sign). */
function pyFloatMod(x: number, m: number): number {
  if (m === 0) throw new RandomError('ZeroDivisionError', 'float modulo by zero');
  let mod = x % m;
  if (mod) {
    if (m < 0 !== mod < 0) mod += m;
  } else {
    mod = m < 0 ? -0 : 0;
  }
  return mod;
}

function mathDomainError(): RandomError {
  return new RandomError('ValueError', 'math domain error');
}

function mLog(x: number): number {
  if (x <= 0) throw mathDomainError();
  return pymath.log(x);
}

function mLog2(x: number): number {
  if (x <= 0) throw mathDomainError();
  return pymath.log2(x);
}

function mExp(x: number): number {
  const r = pymath.exp(x);
  if (r === Infinity && Number.isFinite(x)) throw new RandomError('OverflowError', 'math range error');
  return r;
}

function mSqrt(x: number): number {
  if (x < 0) throw mathDomainError();
  return Math.sqrt(x);
}

function mAcos(x: number): number {
  if (x > 1 || x < -1) throw mathDomainError();
  return pymath.acos(x);
}

function mCos(x: number): number {
  if (!Number.isFinite(x) && !Number.isNaN(x)) throw mathDomainError();
  return pymath.cos(x);
}

function mSin(x: number): number {
  if (!Number.isFinite(x) && !Number.isNaN(x)) throw mathDomainError();
  return pymath.sin(x);
}

function fPow(x: number, y: number): number {
  try {
    return pymath.pyPow(x, y);
  } catch (e) {
    if (e instanceof pymath.PowError) throw new RandomError(e.kind, e.message);
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Seeding helpers

const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;

/**
 * CPython's hash(float) (Python/pyhash.c _Py_HashDouble) as a signed 64-bit
 * value. NaN hashes to 0 here (CPython uses the object's identity).
 */
export function pyFloatHash(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (!Number.isFinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
  if (v === 0) return 0n;
  // |v| = mant * 2^exp exactly; hash(v) = sign * (mant * 2^exp mod P).
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v, true);
  const lo = view.getUint32(0, true);
  const hi = view.getUint32(4, true);
  const expField = (hi >>> 20) & 0x7ff;
  let mant = BigInt(hi & 0xfffff) * BigInt(TWO_POW_32) + BigInt(lo);
  let exp: number;
  if (expField === 0) {
    exp = -1074;
  } else {
    mant += 1n << 52n;
    exp = expField - 1075;
  }
  const e61 = ((exp % 61) + 61) % 61; // 2^61 == 1 (mod P)
  let h = ((mant % HASH_MODULUS) << BigInt(e61)) % HASH_MODULUS;
  if (v < 0) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** str.encode('utf-8'), raising UnicodeEncodeError for lone surrogates. */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  let position = 0; // in code points, as Python reports it
  for (let i = 0; i < s.length; i++, position++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        throw new RandomError(
          'UnicodeEncodeError',
          `'utf-8' codec can't encode character '\\u${cp.toString(16)}' in position ${position}: surrogates not allowed`,
        );
      }
    }
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return BigInt('0x' + hex);
}

// ---------------------------------------------------------------------------

export class PyRandom {
  static readonly VERSION = 3;

  private readonly mt = new MersenneTwister();
  // setstate may put an int here (CPython keeps whatever the state tuple held).
  private gaussNext: PyNumber | null = null;

  /** `random.Random(x)`; with no argument seeds with DEFAULT_SEED. */
  constructor(x: SeedValue = null) {
    this.seed(x);
  }

  // ---------------------------------------------------------------- seeding

  /**
   * `seed(a)` with version=2 semantics:
   *  - null/undefined: DEFAULT_SEED (deterministic stand-in for OS entropy)
   *  - int (bigint/boolean): abs value, split into 32-bit words
   *  - float (number): hash(a) reinterpreted as unsigned 64-bit
   *  - str / bytes (Uint8Array): int.from_bytes(a + sha512(a).digest())
   */
  seed(a: SeedValue = null): void {
    let n: bigint;
    if (a === null || a === undefined) {
      n = DEFAULT_SEED;
    } else if (typeof a === 'bigint') {
      n = a < 0n ? -a : a;
    } else if (typeof a === 'boolean') {
      n = a ? 1n : 0n;
    } else if (typeof a === 'number') {
      n = BigInt.asUintN(64, pyFloatHash(a));
    } else if (typeof a === 'string' || a instanceof Uint8Array) {
      const bytes = typeof a === 'string' ? utf8Encode(a) : a;
      const digest = sha512(bytes);
      const all = new Uint8Array(bytes.length + digest.length);
      all.set(bytes);
      all.set(digest, bytes.length);
      n = bytesToBigInt(all);
    } else {
      throw new RandomError(
        'TypeError',
        'The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.',
      );
    }
    this.seedFromInt(n);
    this.gaussNext = null;
  }

  private seedFromInt(n: bigint): void {
    const key: number[] = [];
    if (n === 0n) key.push(0);
    while (n > 0n) {
      key.push(Number(n & 0xffffffffn));
      n >>= 32n;
    }
    this.mt.initByArray(key);
  }

  /** `getstate()`: (3, (624 state words..., index), gauss_next). */
  getstate(): PyRandomState {
    const internal: bigint[] = Array.from(this.mt.mt, (w) => BigInt(w));
    internal.push(BigInt(this.mt.index));
    return [BigInt(PyRandom.VERSION), internal, this.gaussNext];
  }

  /** `setstate(state)`: accepts versions 3 and 2 like CPython. */
  setstate(state: PyRandomState): void {
    const version = state[0];
    if (version != 3 && version != 2) {
      throw new RandomError(
        'ValueError',
        `state with version ${String(version)} passed to Random.setstate() of version ${PyRandom.VERSION}`,
      );
    }
    let internal: PyNumber[] = [...state[1]];
    if (version == 2) {
      internal = internal.map((x) => {
        if (typeof x !== 'bigint') throw new RandomError('TypeError', 'state elements must be ints');
        return ((x % 4294967296n) + 4294967296n) % 4294967296n;
      });
    }
    if (internal.length !== MT_N + 1) throw new RandomError('ValueError', 'state vector is the wrong size');
    const words = new Uint32Array(MT_N);
    for (let i = 0; i < MT_N; i++) {
      const x = internal[i]!;
      if (typeof x !== 'bigint' && !Number.isInteger(x)) {
        throw new RandomError('TypeError', "'float' object cannot be interpreted as an integer");
      }
      const big = BigInt(x);
      if (big < 0n) throw new RandomError('OverflowError', "can't convert negative value to unsigned int");
      words[i] = Number(BigInt.asUintN(32, big));
    }
    const idx = internal[MT_N]!;
    if (typeof idx !== 'bigint' && !Number.isInteger(idx)) {
      throw new RandomError('TypeError', "'float' object cannot be interpreted as an integer");
    }
    const index = Number(idx);
    if (index < 0 || index > MT_N) throw new RandomError('ValueError', 'invalid state');
    this.mt.mt.set(words);
    this.mt.index = index;
    this.gaussNext = state[2];
  }

  // ------------------------------------------------------------ core output

  /** `random()`: float in [0.0, 1.0) with 53 random bits. */
  random(): number {
    return this.mt.genrandRes53();
  }

  /** `getrandbits(k)`: int with k random bits. */
  getrandbits(k: number | bigint): bigint {
    const words = this.randWords(countArg(k));
    if (words.length === 0) return 0n;
    if (words.length === 1) return BigInt(words[0]!);
    let hex = '';
    for (let i = words.length - 1; i >= 0; i--) hex += words[i]!.toString(16).padStart(8, '0');
    return BigInt('0x' + hex);
  }

  /** `randbytes(n)`: getrandbits(n * 8).to_bytes(n, 'little'). */
  randbytes(n: number | bigint): Uint8Array {
    const count = countArg(n);
    const words = this.randWords(count * 8);
    const out = new Uint8Array(count);
    for (let i = 0; i < count; i++) out[i] = (words[i >> 2]! >>> (8 * (i & 3))) & 0xff;
    return out;
  }

  /** The 32-bit words of getrandbits(k), least significant first. */
  private randWords(k: number): number[] {
    if (k < 0) throw new RandomError('ValueError', 'number of bits must be non-negative');
    if (k === 0) return [];
    if (k <= 32) return [this.mt.genrandUint32() >>> (32 - k)];
    const words: number[] = [];
    for (let left = k; left > 0; left -= 32) {
      let r = this.mt.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      words.push(r);
    }
    return words;
  }

  /**
   * `_randbelow(n)` for 0 < n <= 2^53 on plain numbers (same draws as the
   * bigint version: getrandbits(n.bit_length()) with rejection).
   */
  randbelow(n: number): number {
    if (!(n > 0) || !Number.isInteger(n)) throw new RandomError('ValueError', '_randbelow requires an integer n > 0');
    if (n > MAX_SAFE) return Number(this._randbelow(BigInt(n)));
    const mt = this.mt;
    if (n <= 0xffffffff) {
      const shift = Math.clz32(n); // 32 - bit_length
      let r = mt.genrandUint32() >>> shift;
      while (r >= n) r = mt.genrandUint32() >>> shift;
      return r;
    }
    const hiShift = Math.clz32(Math.floor(n / TWO_POW_32)); // 64 - bit_length
    for (;;) {
      const lo = mt.genrandUint32();
      const hi = mt.genrandUint32() >>> hiShift;
      const r = hi * TWO_POW_32 + lo;
      if (r < n) return r;
    }
  }

  /**
   * `_randbelow(n)` (Random._randbelow_with_getrandbits). CPython loops
   * forever for n <= 0; this throws a ValueError instead.
   */
  _randbelow(n: bigint): bigint {
    if (n <= 0n) throw new RandomError('ValueError', '_randbelow requires n > 0');
    if (n <= BigInt(MAX_SAFE)) return BigInt(this.randbelow(Number(n)));
    const k = bigBitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  // -------------------------------------------------------- integer methods

  /** `randrange(start)`, `randrange(start, stop)`, `randrange(start, stop, step)`. */
  randrange(start: PyNumber, stop?: PyNumber | null, step?: PyNumber): bigint {
    const istart = pyIndex(start);
    if (stop === undefined || stop === null) {
      // CPython checks `step is not _ONE`: any explicit step other than the int 1.
      if (step !== undefined && step !== 1n) {
        throw new RandomError('TypeError', 'Missing a non-None stop argument');
      }
      if (istart > 0n) return this._randbelow(istart);
      throw new RandomError('ValueError', 'empty range for randrange()');
    }
    const istop = pyIndex(stop);
    const width = istop - istart;
    const istep = pyIndex(step ?? 1n);
    if (istep === 1n) {
      if (width > 0n) return istart + this._randbelow(width);
      throw new RandomError('ValueError', `empty range in randrange(${String(start)}, ${String(stop)})`);
    }
    let n: bigint;
    if (istep > 0n) n = bigFloorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = bigFloorDiv(width + istep + 1n, istep);
    else throw new RandomError('ValueError', 'zero step for randrange()');
    if (n <= 0n) {
      throw new RandomError(
        'ValueError',
        `empty range in randrange(${String(start)}, ${String(stop)}, ${String(step)})`,
      );
    }
    return istart + istep * this._randbelow(n);
  }

  /** `randint(a, b)` = randrange(a, b + 1). */
  randint(a: PyNumber, b: PyNumber): bigint {
    return this.randrange(a, typeof b === 'bigint' ? b + 1n : b + 1);
  }

  // ------------------------------------------------------- sequence methods

  /** `choice(seq)`: returns the index to pick from a sequence of this length. */
  choice(seqLength: number): number {
    if (!seqLength) throw new RandomError('IndexError', 'Cannot choose from an empty sequence');
    return this.randbelow(seqLength);
  }

  /** `shuffle(x)` applied to a JS array in place. */
  shuffleInPlace<T>(arr: T[]): void {
    for (let i = arr.length - 1; i >= 1; i--) {
      const j = this.randbelow(i + 1);
      const tmp = arr[i]!;
      arr[i] = arr[j]!;
      arr[j] = tmp;
    }
  }

  /** `shuffle(list(range(length)))`: the resulting permutation (new[i] = old[perm[i]]). */
  shuffle(length: number): number[] {
    const perm = Array.from({ length }, (_, i) => i);
    this.shuffleInPlace(perm);
    return perm;
  }

  /**
   * `sample(population, k, counts=counts)`: indices into a population of the
   * given length, in selection order.
   */
  sample(populationLength: number, k: PyNumber, counts?: readonly PyNumber[] | null, python314 = false): number[] {
    const n = populationLength;
    if (counts !== undefined && counts !== null) {
      const cum: PyNumber[] = [];
      let acc: PyNumber | undefined;
      for (const c of counts) {
        acc = acc === undefined ? c : pyAdd(acc, c);
        cum.push(acc);
      }
      if (cum.length !== n) throw new RandomError('ValueError', 'The number of counts does not match the population');
      // 3.14 takes an empty population's total as 0 and lets a zero total fail as too small a sample.
      const total = python314 && cum.length === 0 ? 0n : cum.pop();
      if (total === undefined) throw new RandomError('IndexError', 'pop from empty list');
      if (typeof total !== 'bigint') throw new RandomError('TypeError', 'Counts must be integers');
      if (python314 && total < 0n) throw new RandomError('ValueError', 'Counts must be non-negative');
      if (!python314 && total <= 0n) throw new RandomError('ValueError', 'Total of counts must be greater than zero');
      // CPython recurses with sample(range(total), k), and len(range) must fit a C ssize_t.
      if (total > 0x7fffffffffffffffn) {
        throw new RandomError('OverflowError', 'Python int too large to convert to C ssize_t');
      }
      const selections = this.sampleCore(total <= BigInt(MAX_SAFE) ? Number(total) : total, k);
      return selections.map((s) => bisectRight(cum, s, 0, cum.length));
    }
    return this.sampleCore(n, k).map(Number);
  }

  private sampleCore(n: number | bigint, k: PyNumber): (number | bigint)[] {
    if (typeof k === 'number' && Number.isNaN(k)) {
      throw new RandomError('ValueError', 'Sample larger than population or is negative');
    }
    if (!(k >= 0 && k <= n)) throw new RandomError('ValueError', 'Sample larger than population or is negative');
    if (typeof k === 'number' && !Number.isInteger(k)) {
      throw new RandomError('TypeError', "can't multiply sequence by non-int of type 'float'");
    }
    const kk = Number(k);
    const result: (number | bigint)[] = new Array<number | bigint>(kk);
    let setsize = 21; // size of a small set minus size of an empty list
    if (kk > 5) setsize += 4 ** Math.ceil(pymath.log(kk * 3) / LOG4); // table size for big sets
    if (n <= setsize) {
      // An n-length list is smaller than a k-length set.
      const nn = Number(n);
      const pool = Array.from({ length: nn }, (_, i) => i);
      for (let i = 0; i < kk; i++) {
        const j = this.randbelow(nn - i);
        result[i] = pool[j]!;
        pool[j] = pool[nn - i - 1]!;
      }
    } else if (typeof n === 'number') {
      const selected = new Set<number>();
      for (let i = 0; i < kk; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    } else {
      const selected = new Set<bigint>();
      for (let i = 0; i < kk; i++) {
        let j = this._randbelow(n);
        while (selected.has(j)) j = this._randbelow(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * `choices(population, weights, cum_weights=..., k=k)`: k indices into a
   * population of length n, chosen with replacement.
   *
   * With n == 0 and no weights CPython raises IndexError while indexing the
   * population after one random() call; this does the same with the list
   * message ('list index out of range').
   */
  choices(
    n: number,
    weights?: readonly PyNumber[] | null,
    cumWeights?: readonly PyNumber[] | null,
    k: PyNumber = 1,
  ): number[] {
    let cum: readonly PyNumber[];
    if (cumWeights === undefined || cumWeights === null) {
      if (weights === undefined || weights === null) {
        const out: number[] = [];
        const count = countArg(k);
        for (let i = 0; i < count; i++) {
          const idx = Math.floor(this.random() * n);
          if (idx >= n) throw new RandomError('IndexError', 'list index out of range');
          out.push(idx);
        }
        return out;
      }
      const acc: PyNumber[] = [];
      let total: PyNumber | undefined;
      for (const w of weights) {
        total = total === undefined ? w : pyAdd(total, w);
        acc.push(total);
      }
      cum = acc;
    } else if (weights !== undefined && weights !== null) {
      throw new RandomError('TypeError', 'Cannot specify both weights and cumulative weights');
    } else {
      cum = cumWeights;
    }
    if (cum.length !== n) throw new RandomError('ValueError', 'The number of weights does not match the population');
    if (cum.length === 0) throw new RandomError('IndexError', 'list index out of range');
    const total = toFloat(cum[cum.length - 1]!) + 0.0;
    if (total <= 0.0) throw new RandomError('ValueError', 'Total of weights must be greater than zero');
    if (!Number.isFinite(total)) throw new RandomError('ValueError', 'Total of weights must be finite');
    const hi = n - 1;
    const out: number[] = [];
    const count = countArg(k);
    for (let i = 0; i < count; i++) out.push(bisectRight(cum, this.random() * total, 0, hi));
    return out;
  }

  // -------------------------------------------- real-valued distributions

  /** `uniform(a, b)` = a + (b - a) * random(). */
  uniform(a: PyNumber, b: PyNumber): number {
    const d = pySub(b, a);
    const r = this.random();
    return toFloat(a) + toFloat(d) * r;
  }

  /**
   * `triangular(low=0.0, high=1.0, mode=None)`. Returns `low` unchanged (so
   * possibly an int) when high == low and a mode is given, like CPython.
   */
  triangular(low: PyNumber = 0.0, high: PyNumber = 1.0, mode: PyNumber | null = null): PyNumber {
    let u = this.random();
    let c: number;
    if (mode === null) {
      c = 0.5;
    } else {
      try {
        c = pyTrueDiv(pySub(mode, low), pySub(high, low));
      } catch (e) {
        if (e instanceof RandomError && e.kind === 'ZeroDivisionError') return low;
        throw e;
      }
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return toFloat(low) + toFloat(pySub(high, low)) * mSqrt(u * c);
  }

  /** `normalvariate(mu=0.0, sigma=1.0)` (Kinderman–Monahan). */
  normalvariate(mu: PyNumber = 0.0, sigma: PyNumber = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -mLog(u2)) break;
    }
    return toFloat(mu) + z * toFloat(sigma);
  }

  /** `gauss(mu=0.0, sigma=1.0)`, caching the second value in gauss_next. */
  gauss(mu: PyNumber = 0.0, sigma: PyNumber = 1.0): number {
    const kept = this.gaussNext;
    let z = kept === null ? null : toFloat(kept);
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = mSqrt(-2.0 * mLog(1.0 - this.random()));
      z = mCos(x2pi) * g2rad;
      this.gaussNext = mSin(x2pi) * g2rad;
    }
    return toFloat(mu) + z * toFloat(sigma);
  }

  /** `lognormvariate(mu, sigma)` = exp(normalvariate(mu, sigma)). */
  lognormvariate(mu: PyNumber, sigma: PyNumber): number {
    return mExp(this.normalvariate(mu, sigma));
  }

  /** `expovariate(lambd=1.0)`. */
  expovariate(lambd: PyNumber = 1.0): number {
    return fdiv(-mLog(1.0 - this.random()), toFloat(lambd));
  }

  /** `vonmisesvariate(mu, kappa)`. */
  vonmisesvariate(mu: PyNumber, kappa: PyNumber): number {
    const k = toFloat(kappa);
    if (k <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / k;
    const r = s + mSqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = mCos(PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * mExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) return pyFloatMod(toFloat(mu) + mAcos(f), TWOPI);
    return pyFloatMod(toFloat(mu) - mAcos(f), TWOPI);
  }

  /**
   * `gammavariate(alpha, beta)`. A NaN alpha throws the ValueError (CPython
   * would loop forever).
   */
  gammavariate(alpha: PyNumber, beta: PyNumber): number {
    const a = toFloat(alpha);
    const bta = toFloat(beta);
    if (a <= 0.0 || bta <= 0.0 || Number.isNaN(a)) {
      throw new RandomError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
    }
    if (a > 1.0) {
      // R.C.H. Cheng, "The generation of Gamma variables with non-integral shape parameters"
      const ainv = mSqrt(2.0 * a - 1.0);
      const bbb = a - LOG4;
      const ccc = a + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = mLog(u1 / (1.0 - u1)) / ainv;
        const x = a * mExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= mLog(z)) return x * bta;
      }
    }
    if (a === 1.0) return -mLog(1.0 - this.random()) * bta;
    // alpha in (0, 1): ALGORITHM GS of Statistical Computing - Kennedy & Gentle
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (E + a) / E;
      const p = b * u;
      if (p <= 1.0) x = fPow(p, 1.0 / a);
      else x = -mLog((b - p) / a);
      const u1 = this.random();
      if (p > 1.0) {
        if (u1 <= fPow(x, a - 1.0)) break;
      } else if (u1 <= mExp(-x)) {
        break;
      }
    }
    return x * bta;
  }

  /** `betavariate(alpha, beta)`. */
  betavariate(alpha: PyNumber, beta: PyNumber): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  /** `paretovariate(alpha)`. */
  paretovariate(alpha: PyNumber): number {
    const u = 1.0 - this.random();
    return fPow(u, fdiv(-1.0, toFloat(alpha)));
  }

  /** `weibullvariate(alpha, beta)`. */
  weibullvariate(alpha: PyNumber, beta: PyNumber): number {
    const u = 1.0 - this.random();
    const powered = fPow(-mLog(u), fdiv(1.0, toFloat(beta)));
    return toFloat(alpha) * powered;
  }

  /**
   * `binomialvariate(n=1, p=0.5)`. Bit-exact except that the BTRS branch
   * (n*p >= 10) uses our own lgamma inside its acceptance comparison, so a
   * different outcome needs a ~1e-15 coincidence.
   */
  binomialvariate(n: PyNumber = 1n, p: number = 0.5): bigint {
    const nn = pyIndex(n);
    if (nn < 0n) throw new RandomError('ValueError', 'n must be non-negative');
    if (p <= 0.0 || p >= 1.0) {
      if (p === 0.0) return 0n;
      if (p === 1.0) return nn;
      throw new RandomError('ValueError', 'p must be in the range 0.0 <= p <= 1.0');
    }
    if (nn === 1n) return this.random() < p ? 1n : 0n;
    if (p > 0.5) return nn - this.binomialvariate(nn, 1.0 - p);

    const nf = toFloat(nn);
    if (nf * p < 10.0) {
      // BG: Geometric method by Devroye with running time of O(np).
      let x = 0n;
      let y = 0n;
      const c = mLog2(1.0 - p);
      if (!c) return x;
      for (;;) {
        y += pyFloor(mLog2(this.random()) / c) + 1n;
        if (y > nn) return x;
        x += 1n;
      }
    }

    // BTRS: Transformed rejection with squeeze method by Wolfgang Hörmann
    let setupComplete = false;
    const spq = mSqrt(nf * p * (1.0 - p));
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = nf * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    let alpha = 0;
    let lpq = 0;
    let m = 0n;
    let h = 0;
    for (;;) {
      let u = this.random();
      u -= 0.5;
      const us = 0.5 - Math.abs(u);
      const k = pyFloor((fdiv(2.0 * a, us) + b) * u + c);
      if (k < 0n || k > nn) continue;
      let v = this.random();
      if (us >= 0.07 && v <= vr) return k;
      if (!setupComplete) {
        alpha = (2.83 + 5.1 / b) * spq;
        lpq = mLog(p / (1.0 - p));
        m = pyFloor(toFloat(nn + 1n) * p);
        h = pymath.lgamma(toFloat(m + 1n)) + pymath.lgamma(toFloat(nn - m + 1n));
        setupComplete = true;
      }
      v *= alpha / (a / (us * us) + b);
      if (mLog(v) <= h - pymath.lgamma(toFloat(k + 1n)) - pymath.lgamma(toFloat(nn - k + 1n)) + toFloat(k - m) * lpq) {
        return k;
      }
    }
  }
}

/** bisect.bisect_right(a, x, lo, hi) with exact int/float comparisons. */
function bisectRight(a: readonly PyNumber[], x: number | bigint, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const y = a[mid]!;
    const less = typeof x === 'number' ? pyLess(x, y) : typeof y === 'bigint' ? x < y : pyBigLess(x, y);
    if (less) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Exact Python comparison x < y for an int x and a float y. */
function pyBigLess(x: bigint, y: number): boolean {
  if (Number.isNaN(y)) return false;
  if (y === Infinity) return true;
  if (y === -Infinity) return false;
  return x < BigInt(Math.ceil(y));
}
