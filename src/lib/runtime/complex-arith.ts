/**
 * Complex division and power as CPython computes them (Objects/complexobject.c), so results agree
 * to the last bit: division scales by the larger part of the divisor, a small integral power is
 * repeated squaring, any other power goes through polar form.
 */
import { libmHypot } from './libm-hypot';
import { pyError } from './core';
import { run } from './run';
import { zeroDivision, zeroToComplexPower } from './zero-division';

export type Complex = [number, number];

function prod(z: Complex, w: Complex): Complex {
  let [a, b] = z;
  let [c, d] = w;
  const x = a * c - b * d;
  const y = a * d + b * c;
  if (run.minor < 14 || !Number.isNaN(x) || !Number.isNaN(y)) return [x, y];
  // 3.14 recovers infinities that came out as nan+nanj (C11 Annex G's multiplication).
  const inf = (v: number) => v === Infinity || v === -Infinity;
  // copysign(m, v); a NaN's sign bit is not visible here (taken as +).
  const copysign = (m: number, v: number) => (v < 0 || Object.is(v, -0) ? -m : m);
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
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absIm >= absRe) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [NaN, NaN];
}

export function complexDiv(a: Complex, b: Complex): Complex {
  const r = quot(a, b);
  if (r === null) throw zeroDivision('complex division by zero');
  return r;
}

function zeroPower(): never {
  throw zeroToComplexPower();
}

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
    if (!Number.isFinite(r[0]) && !Number.isNaN(r[0])) throw pyError('OverflowError', 'complex exponentiation');
    if (!Number.isFinite(r[1]) && !Number.isNaN(r[1])) throw pyError('OverflowError', 'complex exponentiation');
    return r;
  }
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) zeroPower();
    return [0, 0];
  }
  const vabs = libmHypot(a[0], a[1]);
  let len = Math.pow(vabs, b[0]);
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  r = [len * Math.cos(phase), len * Math.sin(phase)];
  if (!Number.isFinite(r[0]) && !Number.isNaN(r[0])) throw pyError('OverflowError', 'complex exponentiation');
  if (!Number.isFinite(r[1]) && !Number.isNaN(r[1])) throw pyError('OverflowError', 'complex exponentiation');
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
