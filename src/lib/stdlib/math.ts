/**
 * The native functions of the `math` module (Modules/mathmodule.c): float functions with
 * CPython's domain and range errors, exact integer square root and fsum, frexp/ldexp.
 */
import { PyObject, PyTuple, pyError, typeName, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { chargeOperations } from '../runtime/memory';
import { zeroDivision } from '../runtime/zero-division';
import { erf, erfc } from './erf';
import { gamma, lgamma } from './gamma';
import { isqrt } from './isqrt';
import { exp as roundedExp, log as roundedLog } from '../py/random/pymath';
import { cAtan2, cCbrt, cCos, cSin } from '../runtime/c-libm';
import { run } from '../runtime/run';
import { libmPow } from '../runtime/exact-float';
import { vectorNorm } from '../runtime/vector-norm';
import { fma } from './fma';
import { floatRepr } from '../py/format/float';
import { toFloat, getIter, isIntLike, isNumber, asBig, getattrOpt, call, bigToFloat } from '../runtime/ops';

/** A float argument as JS number (int, bool, float or an object with __float__/__index__). */
function num(v: PyValue, fname = 'must be real number'): number {
  if (isNumber(v)) {
    const x = toFloat(v);
    if (!Number.isFinite(x) && typeof v === 'bigint')
      throw pyError('OverflowError', 'int too large to convert to float');
    return x;
  }
  if (v instanceof PyObject) {
    const f = getattrOpt(v, '__float__');
    if (f !== undefined) return toFloat(call(f, [], null));
    const i = getattrOpt(v, '__index__');
    if (i !== undefined) return toFloat(call(i, [], null));
  }
  throw pyError('TypeError', `${fname}, not ${typeName(v)}`);
}

/** An int argument (int, bool or an object with __index__), as math's functions read it. */
export function bigOf(v: PyValue): bigint {
  if (isIntLike(v)) return asBig(v);
  if (v instanceof PyObject) {
    const i = getattrOpt(v, '__index__');
    if (i !== undefined) {
      const r = call(i, [], null);
      if (isIntLike(r)) return asBig(r);
    }
  }
  throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
}

function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(x);
}

const U64_MAX = (1n << 64n) - 1n;
const SIGN_BIT = 1n << 63n;
const bitsView = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  bitsView.setFloat64(0, x);
  return bitsView.getBigUint64(0);
}

function floatOf(bits: bigint): number {
  bitsView.setBigUint64(0, bits);
  return bitsView.getFloat64(0);
}

/** C's nextafter: the float next to x in the direction of y (y itself when equal). */
function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const b = bitsOf(x);
  return floatOf(y > x === x > 0 ? b + 1n : b - 1n);
}

/** nextafter(x, y, steps=n) (3.12+): n steps at once on the floats' ordered bit patterns, stopping at y. */
function nextAfterSteps(x: number, y: number, n: bigint): number {
  if (n === 0n || Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const ux = bitsOf(x);
  const uy = bitsOf(y);
  if (ux === uy) return x;
  const ax = ux & ~SIGN_BIT;
  const ay = uy & ~SIGN_BIT;
  if ((ux ^ uy) & SIGN_BIT) {
    // Through zero: down to it on x's side, then up on y's.
    if (ax + ay <= n) return y;
    if (ax < n) return floatOf((uy & SIGN_BIT) | (n - ax));
    return floatOf(ux - n);
  }
  if (ax > ay) return ax - ay >= n ? floatOf(ux - n) : y;
  return ay - ax >= n ? floatOf(ux + n) : y;
}

/** log2(n!) by Stirling's formula (0 for n < 2). */
function log2Factorial(n: number): number {
  return n < 2 ? 0 : n * Math.log2(n) - n * Math.LOG2E + 0.5 * Math.log2(2 * Math.PI * n);
}

/**
 * lo * (lo+1) * ... * hi (1 when empty) by splitting the range in halves, so that big numbers are
 * multiplied by big ones (V8 multiplies those fast); charged by the bits of the result first.
 */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo < 1n) lo = 1n;
  if (hi < lo) return 1n;
  chargeOperations(log2Factorial(Number(hi)) - log2Factorial(Number(lo) - 1));
  const product = (a: bigint, b: bigint): bigint => {
    if (b - a < 8n) {
      let r = a;
      for (let i = a + 1n; i <= b; i++) r *= i;
      return r;
    }
    const mid = (a + b) >> 1n;
    return product(a, mid) * product(mid + 1n, b);
  };
  return product(lo, hi);
}

/** Neumaier/Shewchuk exact summation (math.fsum): partials of non-overlapping floats. */
function fsum(items: number[]): number {
  let partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const item of items) {
    let x = item;
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x === 0) continue;
    if (Number.isFinite(x)) {
      partials.push(x);
      continue;
    }
    // A non-finite sum: overflow of finite items (an error), or an inf or nan item.
    if (Number.isFinite(item)) throw pyError('OverflowError', 'intermediate overflow in fsum');
    if (!Number.isNaN(item)) infSum += item;
    specialSum += item;
    partials = [];
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw pyError('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half-even correctly when the remaining partials push the result.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/**
 * A math domain error: 'math domain error' up to 3.13; 3.14 says what was expected and, for a
 * float argument, what it got ('expected a nonnegative input, got -1.0').
 */
function domainError(expected: string, x?: number) {
  if (run.minor < 14) return pyError('ValueError', 'math domain error');
  const got = x === undefined ? '' : `, got ${floatRepr(x)}`;
  return pyError('ValueError', `${expected}${got}`);
}

/** sin, cos and tan: CPython refuses infinities (JS gives NaN). */
function finiteOnly(fn: (x: number) => number): (x: number) => number {
  return (x) => {
    if (!Number.isFinite(x) && !Number.isNaN(x)) throw domainError('expected a finite input', x);
    return fn(x);
  };
}

/** The native half of `math` (its Python source, stdlib_math, defines the rest on top of these). */
export function makeMathNative(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) =>
    out.push([name, defNative(name, sig, fn, `math.${name}`)]);
  // `domain`: whether a NaN result from a number is a domain error; a string says, in 3.14's
  // words, what the function expects.
  const f1 = (name: string, fn: (x: number) => number, domain: boolean | string = true) =>
    def(name, '(x, /)', ([arg]) => {
      const x = num(arg);
      const r = fn(x);
      if (domain && Number.isNaN(r) && !Number.isNaN(x))
        throw typeof domain === 'string' ? domainError(domain, x) : pyError('ValueError', 'math domain error');
      if (!Number.isFinite(r) && Number.isFinite(x) && domain) throw pyError('OverflowError', 'math range error');
      return r;
    });
  f1('sqrt', (x) => {
    if (x < 0) throw domainError('expected a nonnegative input', x);
    return Math.sqrt(x);
  });
  f1('exp', roundedExp);
  f1('exp2', (x) => Math.pow(2, x));
  f1('expm1', Math.expm1);
  f1('sin', finiteOnly(cSin));
  f1('cos', finiteOnly(cCos));
  f1('tan', finiteOnly(Math.tan));
  f1('asin', Math.asin, 'expected a number in range from -1 up to 1');
  f1('acos', Math.acos, 'expected a number in range from -1 up to 1');
  f1('atan', Math.atan);
  f1('sinh', Math.sinh);
  f1('cosh', Math.cosh);
  f1('tanh', Math.tanh);
  f1('asinh', Math.asinh);
  f1('acosh', Math.acosh, 'expected argument value not less than 1');
  f1('atanh', (x) => {
    if (x >= 1 || x <= -1) throw domainError('expected a number between -1 and 1', x);
    return Math.atanh(x);
  });
  f1('fabs', Math.abs, false);
  f1('cbrt', cCbrt, false);
  f1('log1p', (x) => {
    if (x <= -1) throw domainError('expected argument value > -1', x);
    return Math.log1p(x);
  });
  f1('erf', erf, false);
  f1('erfc', erfc, false);
  f1('gamma', (x) => {
    if (x <= 0 && Number.isInteger(x)) throw domainError('expected a noninteger or positive integer', x);
    return gamma(x);
  });
  f1('lgamma', (x) => {
    if (x <= 0 && Number.isInteger(x)) throw domainError('expected a noninteger or positive integer', x);
    return lgamma(x);
  });
  const logOf = (v: PyValue): number => {
    // Large ints: log of the value, not of an overflowing float.
    if (isIntLike(v)) {
      const b = asBig(v);
      if (b <= 0n) throw domainError('expected a positive input');
      const bits = b.toString(2).length;
      if (bits > 1024) {
        // As CPython: frexp the int (x in [0.5, 1), exponent = bit length), log(x) + log(2) * e.
        const x = bigToFloat(b >> BigInt(bits - 64)) / 2 ** 64;
        return roundedLog(x) + roundedLog(2) * bits;
      }
      return roundedLog(bigToFloat(b));
    }
    const x = num(v);
    if (Number.isNaN(x)) return x;
    if (x <= 0) throw domainError('expected a positive input', x);
    return roundedLog(x);
  };
  def('log', '(x[, base], /)', ([x, base]) => {
    const a = logOf(x);
    if (base === undefined) return a;
    const b = logOf(base);
    if (b === 0) throw zeroDivision('float division by zero');
    return a / b;
  });
  def('log2', '(x, /)', (args) => {
    if (isIntLike(args[0])) {
      const b = asBig(args[0]);
      if (b > 0n && (b & (b - 1n)) === 0n) return b.toString(2).length - 1;
    }
    if (isIntLike(args[0]) && asBig(args[0]) > 0n) {
      const b = asBig(args[0]);
      const bits = b.toString(2).length;
      if (bits > 1024) return Math.log2(bigToFloat(b >> BigInt(bits - 64)) / 2 ** 64) + bits;
    }
    const x = num(args[0]);
    if (x <= 0) throw domainError('expected a positive input', isIntLike(args[0]) ? undefined : x);
    return Math.log2(x);
  });
  def('log10', '(x, /)', (args) => {
    if (isIntLike(args[0]) && asBig(args[0]) > 0n) {
      const b = asBig(args[0]);
      const bits = b.toString(2).length;
      if (bits > 1024) return Math.log10(bigToFloat(b >> BigInt(bits - 64)) / 2 ** 64) + Math.log10(2) * bits;
    }
    const x = num(args[0]);
    if (x <= 0) throw domainError('expected a positive input', isIntLike(args[0]) ? undefined : x);
    return Math.log10(x);
  });
  def('pow', '(x, y, /)', (args) => {
    const x = num(args[0]);
    const y = num(args[1]);
    if (x === 0 && y < 0) throw pyError('ValueError', 'math domain error');
    if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) throw pyError('ValueError', 'math domain error');
    if (x === 1 || y === 0) return 1;
    // C's pow, as float ** float uses it: math.pow(x, y) == x ** y.
    const r = libmPow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))
      throw pyError('OverflowError', 'math range error');
    return r;
  });
  def('atan2', '(y, x, /)', (args) => cAtan2(num(args[0]), num(args[1])));
  if (run.minor >= 13)
    def('fma', '(x, y, z, /)', (args) => {
      const [x, y, z] = [num(args[0]), num(args[1]), num(args[2])];
      const r = fma(x, y, z);
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z))
        throw pyError('ValueError', 'invalid operation in fma');
      if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))
        throw pyError('OverflowError', 'overflow in fma');
      return r;
    });
  def('hypot', '(*coordinates)', ([c]) =>
    vectorNorm(
      (c as PyTuple).items.map((a) => num(a)),
      run.minor,
    ),
  );
  def('fmod', '(x, y, /)', (args) => {
    const x = num(args[0]);
    const y = num(args[1]);
    if (y === 0 || !Number.isFinite(x)) {
      if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
      throw pyError('ValueError', 'math domain error');
    }
    return x % y;
  });
  def('copysign', '(x, y, /)', (args) => {
    const x = Math.abs(num(args[0]));
    const y = num(args[1]);
    return y < 0 || Object.is(y, -0) ? -x : x;
  });
  def('nextafter', '(x, y, /, *, steps=None)', ([x, y, steps]) => {
    if (steps !== null && run.minor < 12) throw pyError('TypeError', 'math.nextafter() takes no keyword arguments');
    if (steps === null) return nextAfter(num(x), num(y));
    const n = bigOf(steps);
    if (n < 0n) throw pyError('ValueError', 'steps must be a non-negative integer');
    return nextAfterSteps(num(x), num(y), n > U64_MAX ? U64_MAX : n);
  });
  def('ulp', '(x, /)', ([x]) => {
    const v = Math.abs(num(x));
    if (!Number.isFinite(v)) return v;
    const up = nextAfter(v, Infinity);
    return Number.isFinite(up) ? up - v : v - nextAfter(v, -Infinity);
  });
  def('_float_floor', '(x, /)', (args) => floatToInt(Math.floor(num(args[0]))));
  def('_float_ceil', '(x, /)', (args) => floatToInt(Math.ceil(num(args[0]))));
  def('_float_trunc', '(x, /)', (args) => floatToInt(Math.trunc(num(args[0]))));
  def('_to_float', '(x, /)', (args) => num(args[0]));
  def('isqrt', '(n, /)', (args) => {
    const n = bigOf(args[0]);
    if (n < 0n) throw pyError('ValueError', 'isqrt() argument must be nonnegative');
    return isqrt(n);
  });
  def('_range_product', '(lo, hi, /)', (args) => rangeProduct(bigOf(args[0]), bigOf(args[1])));
  def('fsum', '(seq, /)', (args) => {
    // Each item becomes a float as it is read, so a bad item raises before the rest of an iterator runs.
    const it = getIter(args[0]);
    const floats: number[] = [];
    for (let x = it.next(); x !== undefined; x = it.next()) floats.push(num(x));
    return fsum(floats);
  });
  def('frexp', '(x, /)', (args) => {
    const x = num(args[0]);
    if (x === 0 || !Number.isFinite(x)) return new PyTuple([x, 0n]);
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
    let m = x * Math.pow(2, -e);
    while (Math.abs(m) < 0.5) {
      m *= 2;
      e -= 1;
    }
    while (Math.abs(m) >= 1) {
      m /= 2;
      e += 1;
    }
    return new PyTuple([m, BigInt(e)]);
  });
  def('ldexp', '(x, i, /)', (args) => {
    const x = num(args[0]);
    const e = Number(bigOf(args[1]));
    let r = x;
    let k = e;
    // Scale in steps so intermediate powers of two stay finite.
    while (k > 1000) {
      r *= Math.pow(2, 1000);
      k -= 1000;
    }
    while (k < -1000) {
      r *= Math.pow(2, -1000);
      k += 1000;
    }
    r *= Math.pow(2, k);
    if (!Number.isFinite(r) && Number.isFinite(x)) throw pyError('OverflowError', 'math range error');
    return r;
  });
  def('modf', '(x, /)', (args) => {
    const x = num(args[0]);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return new PyTuple([x, x]);
      return new PyTuple([x > 0 ? 0 : -0, x]);
    }
    const i = Math.trunc(x);
    return new PyTuple([x - i === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : x - i, i]);
  });
  return out;
}
