/**
 * C's fma(x, y, z): x * y + z rounded once, to nearest with ties to even, as math.fma (3.13+)
 * computes it. JS has no fused multiply-add, so finite operands are added exactly as integers
 * scaled by a power of two (BigInt) and the sum is rounded to a double by hand.
 */

const view = new DataView(new ArrayBuffer(8));

/** A finite double as an exact integer times a power of two: [mantissa (signed), exponent]. */
function exact(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  if (biased !== 0) m |= 1n << 52n;
  const e = (biased === 0 ? 1 : biased) - 1075;
  return [bits >> 63n === 1n ? -m : m, e];
}

/** 2**k times x, for k where 2**k alone may not be a finite double. */
function scaled(x: number, k: number): number {
  let r = x;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}

/** n * 2**e rounded once to a double (to nearest, ties to even; subnormals and overflow included). */
function roundToDouble(n: bigint, e: number): number {
  const negative = n < 0n;
  let a = negative ? -n : n;
  const length = a.toString(2).length;
  // The binary exponent of the exact value, and how many significant bits a double keeps there.
  const top = length - 1 + e;
  const keep = top >= -1022 ? 53 : 53 - (-1022 - top);
  const drop = length - keep;
  if (drop > 0) {
    const rest = a & ((1n << BigInt(drop)) - 1n);
    const half = 1n << BigInt(drop - 1);
    a >>= BigInt(drop);
    if (rest > half || (rest === half && (a & 1n) === 1n)) a += 1n;
    e += drop;
  }
  const r = scaled(Number(a), e);
  return negative ? -r : r;
}

export function fma(x: number, y: number, z: number): number {
  // Infinities, NaNs and zero products: JS's own arithmetic rounds nothing there.
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0) return x * y + z;
  const [mx, ex] = exact(x);
  const [my, ey] = exact(y);
  const [mz, ez] = exact(z);
  const ep = ex + ey;
  const low = Math.min(ep, ez);
  const sum = ((mx * my) << BigInt(ep - low)) + (mz << BigInt(ez - low));
  // An exact zero from nonzero operands is +0 when rounding to nearest.
  return sum === 0n ? 0 : roundToDouble(sum, low);
}
