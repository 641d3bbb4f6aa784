/**
 * The `cmath` module (Modules/cmathmodule.c's algorithms, written anew): phase, polar, rect, sqrt,
 * exp, log, log10, isclose, isfinite/isinf/isnan and the constants. Each function follows
 * CPython's formulas step by step (the scalings that avoid overflow, log1p near the unit circle,
 * C99's values for infinite and NaN parts) on correctly rounded libm functions, so results are
 * the bits CPython's are; a domain error is ValueError('math domain error'), an overflow
 * OverflowError('math range error'). The trigonometric and hyperbolic functions are not simulated.
 */
import { PyComplex, PyObject, PyTuple, pyError, typeName, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { call, getattrOpt, isNumber, toFloat } from '../runtime/ops';
import { exp, log } from '../py/random/pymath';
import { libmHypot as hypot } from '../runtime/libm-hypot';
import { cAtan2 as atan2, cCos as cos, cSin as sin, muslLibm as fdlibm } from '../runtime/c-libm';

type C = [number, number];

const INF = Infinity;
const PI = Math.PI;
const DBL_MIN = 2.2250738585072014e-308;
const DBL_MAX = Number.MAX_VALUE;
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
const E = Math.E;
const MANT_DIG = 53;
/** log(DBL_MAX / 4): above it exp(x) is taken as exp(x - 1) * e so the product does not overflow early. */
const LOG_LARGE_DOUBLE = log(DBL_MAX / 4);
const LARGE_DOUBLE = DBL_MAX / 4;
/** sqrt scales tiny arguments by 2^53 and its result back by 2^-27. */
const SCALE_UP = 2 * Math.floor(MANT_DIG / 2) + 1;
const SCALE_DOWN = -Math.floor((SCALE_UP + 1) / 2);

class DomainError extends Error {}
class RangeError_ extends Error {}

const copysign = (x: number, y: number) => (y < 0 || Object.is(y, -0) ? -Math.abs(x) : Math.abs(x));
const ldexp = (x: number, n: number) => x * 2 ** n;
const finite = Number.isFinite;
const isInf = (x: number) => x === INF || x === -INF;

/** A float argument: an int, bool, float, or an object with __float__ or __index__. */
function realArg(v: PyValue): number {
  if (isNumber(v)) {
    const x = toFloat(v);
    if (!finite(x) && typeof v === 'bigint') throw pyError('OverflowError', 'int too large to convert to float');
    return x;
  }
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    for (const name of ['__float__', '__index__']) {
      const m = getattrOpt(v, name);
      if (m !== undefined) return toFloat(call(m, [], null));
    }
  }
  throw pyError('TypeError', `must be real number, not ${typeName(v)}`);
}

/** A complex argument: a complex, an object with __complex__, or a real number. */
function complexArg(v: PyValue): C {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const m = getattrOpt(v, '__complex__');
    if (m !== undefined) {
      const r = call(m, [], null);
      if (!(r instanceof PyComplex))
        throw pyError('TypeError', `__complex__ returned non-complex (type ${typeName(r)})`);
      return [r.re, r.im];
    }
  }
  return [realArg(v), 0];
}

/** The argument of a complex number, with C99's angles for infinite parts. */
function phaseOf([re, im]: C): number {
  if (Number.isNaN(re) || Number.isNaN(im)) return NaN;
  if (isInf(im)) {
    if (isInf(re)) return copysign(re > 0 ? 0.25 * PI : 0.75 * PI, im);
    return copysign(0.5 * PI, im);
  }
  if (isInf(re) || im === 0) return copysign(copysign(1, re) === 1 ? 0 : PI, im);
  return atan2(im, re);
}

/** abs(z): an infinite part wins over a NaN one. */
function absOf([re, im]: C): number {
  if (!finite(re) || !finite(im)) return isInf(re) || isInf(im) ? INF : NaN;
  return hypot(re, im);
}

function sqrtOf(z: C): C {
  const [re, im] = z;
  if (!finite(re) || !finite(im)) {
    if (isInf(im)) return [INF, im];
    if (re === -INF) return Number.isNaN(im) ? [NaN, INF] : [0, copysign(INF, im)];
    if (re === INF) return Number.isNaN(im) ? [INF, NaN] : [INF, copysign(0, im)];
    return [NaN, NaN];
  }
  if (re === 0 && im === 0) return [0, im];
  let ax = Math.abs(re);
  const ay = Math.abs(im);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  return re >= 0 ? [s, copysign(d, im)] : [d, copysign(s, im)];
}

function expOf([re, im]: C): C {
  if (!finite(re) || !finite(im)) {
    let r: C;
    if (isInf(re) && finite(im) && im !== 0) {
      r = re > 0 ? [copysign(INF, cos(im)), copysign(INF, sin(im))] : [copysign(0, cos(im)), copysign(0, sin(im))];
    } else if (Number.isNaN(re)) {
      r = im === 0 ? [NaN, im] : [NaN, NaN];
    } else if (re === INF) {
      r = im === 0 ? [INF, im] : [INF, NaN];
    } else if (re === -INF) {
      r = im === 0 ? [0, im] : [0, 0];
    } else {
      r = [NaN, NaN];
    }
    if (isInf(im) && (finite(re) || re === INF)) throw new DomainError();
    return r;
  }
  let r: C;
  if (re > LOG_LARGE_DOUBLE) {
    const l = exp(re - 1);
    r = [l * cos(im) * E, l * sin(im) * E];
  } else {
    const l = exp(re);
    r = [l * cos(im), l * sin(im)];
  }
  if (isInf(r[0]) || isInf(r[1])) throw new RangeError_();
  return r;
}

function logOf(z: C): C {
  const [re, im] = z;
  if (!finite(re) || !finite(im)) {
    if (isInf(re) || isInf(im)) {
      if (Number.isNaN(re) || Number.isNaN(im)) return [INF, NaN];
      return [INF, phaseOf(z)];
    }
    return [NaN, NaN];
  }
  const ax = Math.abs(re);
  const ay = Math.abs(im);
  let real: number;
  if (ax > LARGE_DOUBLE || ay > LARGE_DOUBLE) {
    real = log(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) real = log(hypot(ldexp(ax, MANT_DIG), ldexp(ay, MANT_DIG))) - MANT_DIG * LN2;
    else throw new DomainError();
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      real = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      real = log(h);
    }
  }
  return [real, atan2(im, re)];
}

/** Complex division as CPython's complex type does it (Smith's method); a zero divisor is a domain error. */
function quotient([ar, ai]: C, [br, bi]: C): C {
  const absR = Math.abs(br);
  const absI = Math.abs(bi);
  if (absR >= absI) {
    if (absR === 0) throw new DomainError();
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absI >= absR) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function rectOf(r: number, phi: number): C {
  if (!finite(r) || !finite(phi)) {
    let z: C;
    if (isInf(r) && finite(phi) && phi !== 0) {
      const c = copysign(INF, cos(phi));
      const s = copysign(INF, sin(phi));
      z = r > 0 ? [c, s] : [-c, -s];
    } else if (isInf(r) && phi === 0) {
      z = r > 0 ? [INF, phi] : [-INF, -phi];
    } else if (isInf(r)) {
      z = [INF, NaN];
    } else if (r === 0) {
      z = [0, 0];
    } else {
      z = phi === 0 ? [NaN, 0] : [NaN, NaN];
    }
    if (r !== 0 && !Number.isNaN(r) && isInf(phi)) throw new DomainError();
    return z;
  }
  if (phi === 0) return [r, r * phi];
  return [r * cos(phi), r * sin(phi)];
}

/** Runs a computation, turning its domain and range errors into CPython's exceptions. */
function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof DomainError) throw pyError('ValueError', 'math domain error');
    if (e instanceof RangeError_) throw pyError('OverflowError', 'math range error');
    throw e;
  }
}

const complex = ([re, im]: C) => new PyComplex(re, im);

/** The native `cmath` module's contents. */
export function makeCmathNative(): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) =>
    out.push([name, defNative(name, sig, fn, `cmath.${name}`)]);
  const unary = (name: string, fn: (z: C) => C) =>
    def(name, '(z, /)', ([z]) => complex(guarded(() => fn(complexArg(z)))));
  def('phase', '(z, /)', ([z]) => {
    const c = complexArg(z);
    const phi = phaseOf(c);
    // glibc's atan2 reports an underflow to zero as a range error, which phase passes on (musl's does not).
    if (phi === 0 && c[1] !== 0 && finite(c[0]) && !fdlibm()) throw pyError('OverflowError', 'math range error');
    return phi;
  });
  def('polar', '(z, /)', ([z]) => {
    const c = complexArg(z);
    const phi = phaseOf(c);
    const r = absOf(c);
    if (r === INF && c.every(finite)) throw pyError('OverflowError', 'math range error');
    return new PyTuple([r, phi]);
  });
  def('rect', '(r, phi, /)', ([r, phi]) => complex(guarded(() => rectOf(realArg(r), realArg(phi)))));
  unary('sqrt', sqrtOf);
  unary('exp', expOf);
  def('log', '(x[, base], /)', ([x, base]) =>
    complex(
      guarded(() => {
        const a = logOf(complexArg(x));
        return base === undefined ? a : quotient(a, logOf(complexArg(base)));
      }),
    ),
  );
  unary('log10', (z) => {
    const [re, im] = logOf(z);
    return [re / LN10, im / LN10];
  });
  def('isfinite', '(z, /)', ([z]) => complexArg(z).every(finite));
  def('isinf', '(z, /)', ([z]) => complexArg(z).some(isInf));
  def('isnan', '(z, /)', ([z]) => complexArg(z).some(Number.isNaN));
  def('isclose', '(a, b, *, rel_tol=1e-09, abs_tol=0.0)', ([a, b, relArg, absArg]) => {
    const x = complexArg(a);
    const y = complexArg(b);
    const rel = relArg === undefined ? 1e-9 : realArg(relArg);
    const abs = absArg === undefined ? 0 : realArg(absArg);
    if (rel < 0 || abs < 0) throw pyError('ValueError', 'tolerances must be non-negative');
    if (x[0] === y[0] && x[1] === y[1]) return true;
    if ([...x, ...y].some(isInf)) return false;
    const diff = absOf([x[0] - y[0], x[1] - y[1]]);
    return diff <= rel * absOf(y) || diff <= rel * absOf(x) || diff <= abs;
  });
  out.push(['pi', PI], ['e', E], ['tau', 2 * PI], ['inf', INF], ['nan', NaN]);
  out.push(['infj', new PyComplex(0, INF)], ['nanj', new PyComplex(0, NaN)]);
  return out;
}
