/**
 * Complex division and power as CPython computes them (Objects/complexobject.c), so results agree
 * to the last bit: division scales by the larger part of the divisor, a small integral power is
 * repeated squaring, any other power goes through polar form.
 */
import { libmHypot } from './libm-hypot';
import { cAtan2, cCos, cSin, muslLibm } from './c-libm';
import { exp, log } from '../py/random/pymath';
import { libmPow } from './exact-float';
import { pyError } from './core';
import { run } from './run';
import { zeroDivision, zeroToComplexPower } from './zero-division';

export type Complex = [number, number];

const bits = new DataView(new ArrayBuffer(8));

/**
 * C's signbit, a NaN's included: the NaN an invalid operation makes (0 * inf, inf - inf) has its
 * sign bit set on x86 and in WebAssembly under V8, as in JavaScript here, and 3.14's recoveries
 * below copy that sign into a zero.
 */
function signBit(v: number): boolean {
  bits.setFloat64(0, v);
  return bits.getUint8(0) >= 0x80;
}

function prod(z: Complex, w: Complex): Complex {
  let [a, b] = z;
  let [c, d] = w;
  const x = a * c - b * d;
  const y = a * d + b * c;
  if (run.minor < 14 || !Number.isNaN(x) || !Number.isNaN(y)) return [x, y];
  // 3.14 recovers infinities that came out as nan+nanj (C11 Annex G's multiplication).
  const inf = (v: number) => v === Infinity || v === -Infinity;
  const copysign = (m: number, v: number) => (signBit(v) ? -m : m);
  const box = (v: number) => copysign(inf(v) ? 1 : 0, v);
  const zeroNaN = (v: number) => (Number.isNaN(v) ? 0 : v);
  let recalc = false;
  if (inf(a) || inf(b)) {
    [a, b, c, d] = [box(a), box(b), zeroNaN(c), zeroNaN(d)];
    recalc = true;
  }
  if (inf(c) || inf(d)) {
    [c, d, a, b] = [box(c), box(d), zeroNaN(a), zeroNaN(b)];
    recalc = true;
  }
  if (!recalc && [z[0] * w[0], z[1] * w[1], z[0] * w[1], z[1] * w[0]].some(inf)) {
    [a, b, c, d] = [a, b, c, d].map(zeroNaN);
    recalc = true;
  }
  return recalc ? [Infinity * (a * c - b * d), Infinity * (a * d + b * c)] : [x, y];
}

/** a / b; null for a zero divisor. */
function quot(a: Complex, b: Complex): Complex | null {
  const absRe = Math.abs(b[0]);
  const absIm = Math.abs(b[1]);
  let r: Complex;
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    r = [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  } else if (absIm >= absRe) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    r = [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  } else {
    r = [NaN, NaN];
  }
  return run.minor >= 14 && Number.isNaN(r[0]) && Number.isNaN(r[1]) ? recoverQuot(a, b, r) : r;
}

/**
 * 3.14 turns a quotient that came out nan+nanj back into the infinity or zero it stands for (C11
 * Annex G's division): an infinite dividend over a finite divisor is infinite in the direction of
 * the unit parts, a finite dividend over an infinite divisor is a signed zero.
 */
function recoverQuot(a: Complex, b: Complex, r: Complex): Complex {
  const inf = (v: number) => v === Infinity || v === -Infinity;
  const unit = (v: number) => (signBit(v) ? -1 : 1) * (inf(v) ? 1 : 0);
  const finite = (z: Complex) => Number.isFinite(z[0]) && Number.isFinite(z[1]);
  if ((inf(a[0]) || inf(a[1])) && finite(b)) {
    const [x, y] = [unit(a[0]), unit(a[1])];
    return [Infinity * (x * b[0] + y * b[1]), Infinity * (y * b[0] - x * b[1])];
  }
  if ((inf(b[0]) || inf(b[1])) && finite(a)) {
    const [x, y] = [unit(b[0]), unit(b[1])];
    return [0 * (a[0] * x + a[1] * y), 0 * (a[1] * x - a[0] * y)];
  }
  return r;
}

export function complexDiv(a: Complex, b: Complex): Complex {
  const r = quot(a, b);
  if (r === null) throw zeroDivision('complex division by zero');
  return r;
}

function zeroPower(): never {
  throw zeroToComplexPower();
}

/** An infinite part: C's ERANGE after the power, OverflowError. */
const overflows = (r: Complex) => [r[0], r[1]].some((v) => v === Infinity || v === -Infinity);

/**
 * a ** b. An integral exponent of at most 100 in size is repeated squaring (a negative one the
 * reciprocal of the positive power); any other goes through polar form on the C library's hypot,
 * pow, atan2, exp, log, cos and sin. CPython then reads errno: glibc's cos and sin of an infinite
 * phase report a domain error, which CPython words as the zero-base ZeroDivisionError (musl sets
 * no errno, so 3.14 returns the nan+nanj); an infinite part is an OverflowError.
 */
export function complexPow(a: Complex, b: Complex): Complex {
  let r: Complex;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    let p: Complex = a;
    r = [1, 0];
    for (let mask = 1, left = Math.abs(n); left >= mask; mask *= 2) {
      if (Math.floor(left / mask) % 2 === 1) r = prod(r, p);
      p = prod(p, p);
    }
    if (n < 0) r = quot([1, 0], r) ?? zeroPower();
  } else if (b[0] === 0 && b[1] === 0) {
    return [1, 0];
  } else if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) zeroPower();
    return [0, 0];
  } else {
    const vabs = libmHypot(a[0], a[1]);
    // C's pow(1, y) is 1 for every y, NaN included; JavaScript's is NaN for an infinite or NaN y.
    let len = vabs === 1 ? 1 : libmPow(vabs, b[0]);
    const at = cAtan2(a[1], a[0]);
    let phase = at * b[0];
    if (b[1] !== 0) {
      // 3.14 multiplies by exp(-at * b.imag) where earlier versions divide by exp(at * b.imag).
      len = run.minor >= 14 ? len * exp(-at * b[1]) : len / exp(at * b[1]);
      phase += b[1] * log(vabs);
    }
    if (!muslLibm() && (phase === Infinity || phase === -Infinity)) zeroPower();
    r = [len * cCos(phase), len * cSin(phase)];
  }
  if (overflows(r)) throw pyError('OverflowError', 'complex exponentiation');
  return r;
}

/** A real divided by a complex, with no imaginary part for the real at all (3.14). */
function realQuot(a: number, b: Complex): Complex {
  const absRe = Math.abs(b[0]);
  const absIm = Math.abs(b[1]);
  if (absRe >= absIm) {
    if (absRe === 0) throw zeroDivision('complex division by zero');
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [a / denom, (-a * ratio) / denom];
  }
  if (absIm >= absRe) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a * ratio) / denom, -a / denom];
  }
  return [NaN, NaN];
}

/**
 * 3.14's mixed arithmetic (C11 Annex G): a real operand of +, -, * or / takes part as a real, not
 * first made x+0j as 3.13 and earlier make it, so signed zeros and infinities come out as C's mixed
 * arithmetic gives them. Null for another operator (power goes through complexPow).
 */
export function mixedArith(op: string, a: number | Complex, b: number | Complex): Complex | null {
  if (typeof a === 'number') {
    const c = b as Complex;
    if (op === '+') return [a + c[0], c[1]];
    if (op === '-') return [a - c[0], -c[1]];
    if (op === '*') return [a * c[0], a * c[1]];
    if (op === '/') return realQuot(a, c);
    return null;
  }
  const r = b as number;
  if (op === '+') return [a[0] + r, a[1]];
  if (op === '-') return [a[0] - r, a[1]];
  if (op === '*') return [a[0] * r, a[1] * r];
  if (op === '/') {
    if (r === 0) throw zeroDivision('complex division by zero');
    return [a[0] / r, a[1] / r];
  }
  return null;
}
