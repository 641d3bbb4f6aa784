/**
 * The Euclidean length of a vector as CPython's math.hypot and math.dist compute it (mathmodule.c's
 * vector_norm), not as a C library's hypot nor JS's Math.hypot, whose last bit often differs
 * (hypot(3, 3): 4.242640687119285 in CPython, 4.242640687119286 from Math.hypot).
 *
 * The method: every coordinate is scaled by the power of two that brings the largest into
 * [0.5, 1), so the scaling loses nothing; each square is taken exactly as a pair (rounded square,
 * its error) and added to a running sum started at 1.0, whose rounding errors are kept too; the
 * square root of that sum (less the 1.0, plus the kept errors) is then corrected once by the
 * derivative of x² at it, and scaled back.
 */

/** 2 ** 27 + 1: multiplying by it splits a double into two halves of 26 bits (Veltkamp). */
const SPLITTER = 134217729;
/** The smallest normal double (C's DBL_MIN). */
const DBL_MIN = 2 ** -1022;

function halves(x: number): [number, number] {
  const t = SPLITTER * x;
  const hi = t - (t - x);
  return [hi, x - hi];
}

/**
 * x * y and the exact error of that rounding, as C's fma(x, y, -x*y) gives it (3.12 on). Exact
 * for the products this file takes (no overflow; an underflowing one contributes nothing that
 * could reach the result's last bit, which a sum started at 1.0 holds).
 */
function exactProduct(x: number, y: number): [number, number] {
  const z = x * y;
  const [xh, xl] = halves(x);
  const [yh, yl] = halves(y);
  return [z, xl * yl - (z - xh * yh - xl * yh - xh * yl)];
}

/**
 * 3.11's product pair: Dekker's, whose rounded part is the sum of the halves' products (not
 * always the rounded product itself).
 */
function dekkerProduct(x: number, y: number): [number, number] {
  const [xh, xl] = halves(x);
  const [yh, yl] = halves(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  return [z, p - z + q + xl * yl];
}

/** The length of `coords`, each a float already (their absolute values are taken here). */
export function vectorNorm(coords: number[], minor: number): number {
  const vec = coords.map(Math.abs);
  let max = 0;
  let nan = false;
  for (const x of vec) {
    if (Number.isNaN(x)) nan = true;
    else if (x > max) max = x;
  }
  return norm(vec, max, nan, minor >= 12 ? exactProduct : dekkerProduct);
}

/** The exponent C's frexp gives a positive finite x: x = m * 2 ** e with m in [0.5, 1). */
function frexpExponent(x: number): number {
  if (x < DBL_MIN) return frexpExponent(x * 2 ** 64) - 64;
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, x);
  return ((bits.getUint16(0) >> 4) & 0x7ff) - 1022;
}

function norm(vec: number[], max: number, nan: boolean, product: (x: number, y: number) => [number, number]): number {
  if (max === Infinity) return max;
  if (nan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const e = frexpExponent(max);
  if (e < -1023) {
    // 2 ** -e would overflow: bring subnormal coordinates into the normal range first.
    return (
      DBL_MIN *
      norm(
        vec.map((x) => x / DBL_MIN),
        max / DBL_MIN,
        false,
        product,
      )
    );
  }
  const scale = 2 ** -e;
  let sum = 1.0;
  let lost = 0.0; // errors of the squares
  let dropped = 0.0; // errors of the additions
  const add = (hi: number, lo: number): void => {
    // sum >= 1 > hi: the fast two-sum is exact.
    const s = sum + hi;
    dropped += sum - s + hi;
    lost += lo;
    sum = s;
  };
  for (const v of vec) {
    const x = v * scale;
    const [sq, err] = product(x, x);
    add(sq, err);
  }
  let h = Math.sqrt(sum - 1.0 + (lost + dropped));
  const [sq, err] = product(-h, h);
  add(sq, err);
  h += (sum - 1.0 + (lost + dropped)) / (2.0 * h);
  return h / scale;
}
