import { run } from './run';

/**
 * hypot as glibc (2.35 on) computes it without FMA, which is what CPython's cmath and abs(complex)
 * call on Linux: Borges' corrected square root ("An improved algorithm for hypot(a, b)", 2019),
 * with the inputs scaled by 2^-600 or 2^600 when one is huge or tiny. Not always correctly
 * rounded, and these are its bits.
 */
function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y))
    return Math.abs(x) === Infinity || Math.abs(y) === Infinity ? Infinity : NaN;
  const SCALE = 2 ** -600;
  const EPS = 2 ** -54;
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > 2 ** 511) {
    if (ay <= ax * EPS) return ax + ay;
    return hypotKernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < 2 ** -511) {
    if (ax >= ay / EPS) return ax + ay;
    return hypotKernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

/** x split for an exact square: hi + lo == x * x (Dekker's product with a 2^27 + 1 splitter). */
function square(x: number): [number, number] {
  const c = x * 134217729;
  const xh = x - c + c;
  const xl = x - xh;
  const hi = x * x;
  return [hi, xh * xh - hi + 2 * xh * xl + xl * xl];
}

/**
 * hypot as musl computes it, the libm of Pyodide's CPython 3.14: the square root of both exact
 * squares summed smallest first, the inputs scaled by 2^-700 or 2^700 when one is huge or tiny.
 */
function muslHypot(x: number, y: number): number {
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  if (ax < ay || (Number.isNaN(ay) && !Number.isNaN(ax))) [ax, ay] = [ay, ax];
  if (ay === Infinity) return ay;
  if (!Number.isFinite(ax) || ay === 0) return ax;
  if (Number.isNaN(ay)) return ay;
  const ex = exponentField(ax);
  const ey = exponentField(ay);
  if (ex - ey > 64) return ax + ay;
  let z = 1;
  if (ex > 0x3ff + 510) {
    z = 2 ** 700;
    ax *= 2 ** -700;
    ay *= 2 ** -700;
  } else if (ey < 0x3ff - 450) {
    z = 2 ** -700;
    ax *= 2 ** 700;
    ay *= 2 ** 700;
  }
  const [hx, lx] = square(ax);
  const [hy, ly] = square(ay);
  return z * Math.sqrt(ly + lx + hy + hx);
}

const bits = new DataView(new ArrayBuffer(8));

/** The biased exponent field of a nonnegative double. */
function exponentField(x: number): number {
  bits.setFloat64(0, x);
  return bits.getUint16(0) >> 4;
}

/** The C library's hypot for the run's CPython: glibc's on Linux (3.11-3.13), musl's in Pyodide (3.14). */
export function libmHypot(x: number, y: number): number {
  return run.minor >= 14 ? muslHypot(x, y) : hypot(x, y);
}
