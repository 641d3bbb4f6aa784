/**
 * math.erf and math.erfc, correctly rounded. The C library CPython calls is accurate to the last
 * bit in all but rare cases, so they are computed here from the Maclaurin series in exact
 * fixed-point integers (with as many bits as the result needs: erfc(26) is about 1e-296) and
 * rounded once. A float series loses erfc's digits to cancellation (1 - erf(6) is 0.0, where
 * erfc(6) is 2.15e-17).
 */
import { ratioToFloat } from '../runtime/exact-float';
import { decomposeFloat } from '../runtime/types/int';
import { isqrt } from './isqrt';

/** atan(1/k) * 2^bits, truncated (k > 1). */
function atanInverse(k: bigint, bits: bigint): bigint {
  const k2 = k * k;
  let term = (1n << bits) / k;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term /= k2;
    sum += (n % 2n === 0n ? term : -term) / (2n * n + 1n);
  }
  return sum;
}

let twoOverSqrtPi: { bits: number; value: bigint } | undefined;

/** floor(2 / sqrt(pi) * 2^bits), from Machin's formula for pi; the widest one made is kept. */
function scaledTwoOverSqrtPi(bits: number): bigint {
  if (twoOverSqrtPi === undefined || twoOverSqrtPi.bits < bits) {
    const w = BigInt(bits + 32);
    const pi = 16n * atanInverse(5n, w) - 4n * atanInverse(239n, w);
    const sqrtPi = isqrt(pi << w);
    twoOverSqrtPi = { bits: bits + 32, value: (1n << (2n * w + 1n)) / sqrtPi };
  }
  return twoOverSqrtPi.value >> BigInt(twoOverSqrtPi.bits - bits);
}

/** erf(|x|) * 2^bits for a finite x, within a few thousand units of the last place. */
function erfScaled(ax: number, bits: number): bigint {
  // x = m / 2^s exactly (s >= 0).
  const [mantissa, e] = decomposeFloat(ax);
  const m = e >= 0 ? mantissa << BigInt(e) : mantissa;
  const s = Math.max(0, -e);
  const m2 = m * m;
  const shift = BigInt(2 * s);
  const one = 1n << BigInt(bits);
  let term = (m * one) >> BigInt(s); // x^(2n+1) / n!, in units of 2^-bits
  let sum = term;
  for (let n = 1n; ; n++) {
    term = (term * m2) / (n << shift);
    const part = term / (2n * n + 1n);
    if (part === 0n && Number(n) > ax * ax) break;
    sum += n % 2n === 0n ? part : -part;
  }
  return (sum * scaledTwoOverSqrtPi(bits)) >> BigInt(bits);
}

/** Fixed-point bits that leave some 80 to spare below a result of about 2^-lost. */
const bitsFor = (lost: number) => Math.ceil(lost) + 96;

export function erf(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  const ax = Math.abs(x);
  if (ax >= 6) return x > 0 ? 1 : -1; // 1 - erf(6) < 2^-55: every double rounds to 1
  const bits = bitsFor(Math.max(0, -Math.log2(ax)));
  const r = ratioToFloat(erfScaled(ax, bits), 1n << BigInt(bits));
  return x > 0 ? r : -r;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity || x <= -6) return 2;
  if (x >= 27.3) return 0; // below half the smallest subnormal
  const ax = Math.abs(x);
  // erfc(x) is about exp(-x^2) / (x sqrt(pi)): that many bits are lost to 1 - erf(x).
  const lost = x > 0 ? ax * ax * Math.LOG2E + Math.log2(Math.max(1, ax)) : 0;
  const bits = bitsFor(lost);
  const one = 1n << BigInt(bits);
  const e = x === 0 ? 0n : erfScaled(ax, bits);
  return ratioToFloat(x > 0 ? one - e : one + e, one);
}
