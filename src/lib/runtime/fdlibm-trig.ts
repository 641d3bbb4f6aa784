/**
 * sin and cos as musl computes them (the libm of Pyodide's CPython 3.14): fdlibm's method, in
 * FreeBSD's revision. The argument is reduced to r = x - n*pi/2 as a double-double (pi/2 in three
 * pieces of 33 bits and their tails, taken only as far as the cancellation requires; beyond
 * 2^20*pi/2 exactly), then a degree-13 odd or degree-14 even polynomial whose coefficients are
 * fdlibm's minimax values gives the sine or cosine of r, with the tail of r folded in. Not
 * correctly rounded (about one result in 30 is an ulp off), and these are its bits, which
 * JavaScript's Math.sin and Math.cos do not always give.
 */
import { reduceLargeHalfPi } from '../py/random/pymath';

// The minimax coefficients of sin(r) = r + S1 r^3 + ... + S6 r^13 on [-pi/4, pi/4].
const S1 = -1.66666666666666324348e-1;
const S2 = 8.33333333332248946124e-3;
const S3 = -1.98412698298579493134e-4;
const S4 = 2.75573137070700676789e-6;
const S5 = -2.50507602534068634195e-8;
const S6 = 1.58969099521155010221e-10;
// and of cos(r) = 1 - r^2/2 + C1 r^4 + ... + C6 r^14.
const C1 = 4.16666666666666019037e-2;
const C2 = -1.38888888888741095749e-3;
const C3 = 2.48015872894767294178e-5;
const C4 = -2.75573143513906633035e-7;
const C5 = 2.0875723212981748279e-9;
const C6 = -1.13596475577881948265e-11;

/** sin(x + y) for |x| <= pi/4 and a tail y much smaller than x (tail: whether y counts). */
function kernelSin(x: number, y: number, tail: boolean): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (!tail) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

/** cos(x + y) for |x| <= pi/4. 1 - z/2 is split so that its rounding error is carried along. */
function kernelCos(x: number, y: number): number {
  const z = x * x;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  const one = 1 - hz;
  return one + (1 - one - hz + (z * r - x * y));
}

// pi/2 as PIO2_1 + PIO2_2 + PIO2_3 + ..., each piece's leading 33 bits, and the tails after each.
const PIO2_1 = 1.57079632673412561417;
const PIO2_1T = 6.07710050650619224932e-11;
const PIO2_2 = 6.0771005063039659766e-11;
const PIO2_2T = 2.02226624879595063154e-21;
const PIO2_3 = 2.0222662487111664558e-21;
const PIO2_3T = 8.47842766036889956997e-32;
const INV_PIO2 = 6.36619772367581382433e-1;
const PIO4 = 0.7853981633974483;
const TO_INT = 1.5 * 2 ** 52;

const bits = new DataView(new ArrayBuffer(8));
/** The high 32 bits of x's representation, without the sign. */
function highWord(x: number): number {
  bits.setFloat64(0, x);
  return bits.getUint32(0) & 0x7fffffff;
}
const exponentOf = (x: number) => highWord(x) >>> 20;

/** x = n*pi/2 + (y0 + y1): [n, y0, y1] (n whole, only n mod 4 counts). */
function reduce(x: number): [number, number, number] {
  const ix = highWord(x);
  const neg = x < 0;
  // Near 1, 2, 3 and 4 times pi/2 (but not at a multiple itself, where the cancellation is deeper),
  // one subtraction of the first piece and its tail is enough.
  const near = [
    [0x4002d97c, 1],
    [0x400f6a7a, 2],
    [0x4015fdbc, 3],
    [0x401c463b, 4],
  ] as const;
  const atMultiple = (ix & 0xfffff) === 0x921fb || ix === 0x4012d97c || ix === 0x401921fb;
  if (ix <= 0x401c463b && !atMultiple) {
    const k = near.find(([limit]) => ix <= limit)![1];
    const s = neg ? -1 : 1;
    const z = x - s * k * PIO2_1;
    const y0 = z - s * k * PIO2_1T;
    return [s * k, y0, z - y0 - s * k * PIO2_1T];
  }
  if (ix >= 0x413921fb) {
    const [q, y0, y1] = reduceLargeHalfPi(x);
    return [q, y0, y1];
  }
  let fn = x * INV_PIO2 + TO_INT - TO_INT;
  let r = x - fn * PIO2_1;
  let w = fn * PIO2_1T;
  if (r - w < -PIO4) {
    fn--;
    r = x - fn * PIO2_1;
    w = fn * PIO2_1T;
  } else if (r - w > PIO4) {
    fn++;
    r = x - fn * PIO2_1;
    w = fn * PIO2_1T;
  }
  let y0 = r - w;
  const ex = ix >>> 20;
  if (ex - exponentOf(y0) > 16) {
    // Much cancelled: the second piece, and if still so, the third.
    let t = r;
    w = fn * PIO2_2;
    r = t - w;
    w = fn * PIO2_2T - (t - r - w);
    y0 = r - w;
    if (ex - exponentOf(y0) > 49) {
      t = r;
      w = fn * PIO2_3;
      r = t - w;
      w = fn * PIO2_3T - (t - r - w);
      y0 = r - w;
    }
  }
  return [fn, y0, r - y0 - w];
}

export function muslSin(x: number): number {
  const ix = highWord(x);
  if (ix <= 0x3fe921fb) return ix < 0x3e500000 ? x : kernelSin(x, 0, false);
  if (ix >= 0x7ff00000) return NaN;
  const [n, y0, y1] = reduce(x);
  switch (((n % 4) + 4) % 4) {
    case 0:
      return kernelSin(y0, y1, true);
    case 1:
      return kernelCos(y0, y1);
    case 2:
      return -kernelSin(y0, y1, true);
    default:
      return -kernelCos(y0, y1);
  }
}

export function muslCos(x: number): number {
  const ix = highWord(x);
  if (ix <= 0x3fe921fb) return ix < 0x3e46a09e ? 1 : kernelCos(x, 0);
  if (ix >= 0x7ff00000) return NaN;
  const [n, y0, y1] = reduce(x);
  switch (((n % 4) + 4) % 4) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1, true);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1, true);
  }
}
