/**
 * Float results computed exactly and rounded once, as CPython's C library gives them: a ratio of
 * two ints, and a float to an integer power (V8's Math.pow can be an ulp off: 10 ** -5).
 */

import { pyPow, PowError } from '../py/random/pymath';

const LIM = 1n << 53n;

/** a / b correctly rounded to a double (subnormals included); ±Infinity when too large. */
export function ratioToFloat(x: bigint, y: bigint): number {
  if (x < LIM && x > -LIM && y < LIM && y > -LIM) return Number(x) / Number(y);
  const neg = x < 0n !== y < 0n;
  const a = x < 0n ? -x : x;
  const b = y < 0n ? -y : y;
  if (a === 0n) return neg ? -0 : 0;
  // q = a / b scaled by 2^s to a 53-bit integer (fewer bits below the normal range, where the
  // last place is 2^-1074), rounded half to even once; q * 2^-s is then exact.
  const quotient = (s: number): [bigint, bigint] => {
    const num = s >= 0 ? a << BigInt(s) : a;
    const den = s >= 0 ? b : b << BigInt(-s);
    return [num / den, num % den];
  };
  let s = Math.min(1074, 53 - (a.toString(2).length - b.toString(2).length));
  let [q, r] = quotient(s);
  if (q >= LIM) [q, r] = quotient(--s);
  const den = s >= 0 ? b : b << BigInt(-s);
  if (2n * r > den || (2n * r === den && (q & 1n) === 1n)) q += 1n;
  let f = Number(q);
  for (let k = s; k !== 0;) {
    const step = Math.max(-1000, Math.min(1000, k));
    f /= 2 ** step;
    k -= step;
  }
  return neg ? -f : f;
}

const view = new DataView(new ArrayBuffer(8));

/** A positive finite double as m * 2^e with m odd. */
function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let e = -1074;
  if (biased !== 0) {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  return [m, e];
}

/** Beyond this many bits the exact power costs too much; Math.pow is used instead. */
const MAX_BITS = 1 << 18;

/** x ** n for a finite nonzero x and an integer-valued n, correctly rounded (±Infinity on overflow). */
export function floatPowInt(x: number, n: number): number {
  if (n === 0) return 1;
  if (n === 1) return x;
  if (n === 2) return x * x;
  if (n === -1) return 1 / x;
  const neg = x < 0 && n % 2 !== 0;
  const [m, e] = decompose(Math.abs(x));
  const log2 = n * Math.log2(Math.abs(x));
  if (log2 > 1025) return neg ? -Infinity : Infinity;
  if (log2 < -1080) return neg ? -0 : 0;
  const k = Math.abs(n);
  if (m.toString(2).length * k > MAX_BITS) return Math.pow(x, n);
  const mk = m ** BigInt(k);
  // |x| ** n = (m ** k * 2 ** (e * k)) ** sign(n), an exact ratio of integers.
  const shift = e * n;
  const p = n > 0 ? mk : 1n;
  const q = n > 0 ? 1n : mk;
  const r = shift >= 0 ? ratioToFloat(p << BigInt(shift), q) : ratioToFloat(p, q << BigInt(-shift));
  return neg ? -r : r;
}

/**
 * C's pow(x, y) for the finite, non-exceptional cases CPython hands it (float ** float and
 * math.pow, which therefore agree): an integer-valued exponent exactly, any other through the
 * correctly rounded double-double pow (glibc's agrees with the correctly rounded value all but
 * very rarely; V8's Math.pow is an ulp off in some 3% of calls). ±Infinity on overflow; a
 * negative x needs an integer-valued y (the callers check).
 */
export function libmPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0 || Number.isNaN(x)) return Math.pow(x, y);
  if (Number.isInteger(y)) return floatPowInt(x, y);
  if (x === 1) return 1;
  try {
    return pyPow(x, y);
  } catch (e) {
    if (e instanceof PowError && e.kind === 'OverflowError') return Infinity;
    throw e;
  }
}
