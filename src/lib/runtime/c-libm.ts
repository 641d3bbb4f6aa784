/**
 * The C library's sine, cosine and arc tangent as the run's CPython calls them: glibc's
 * (3.11-3.13 on Linux) are correctly rounded but for rare arguments; Pyodide's 3.14 runs musl,
 * whose sin and cos are fdlibm's (fdlibm-trig.ts: V8's Math.sin and Math.cos differ from them in
 * about one result in 100) and whose atan2 is fdlibm's as Math.atan2 is. Shared by cmath and
 * complex power, which must agree with CPython to the last bit.
 */
import { atan2 as roundedAtan2, cos as roundedCos, sin as roundedSin } from '../py/random/pymath';
import { muslCos, muslSin } from './fdlibm-trig';
import { run } from './run';

/** True when the run's C library is musl (Pyodide), whose math functions leave errno alone. */
export const muslLibm = () => run.minor >= 14;

export const cSin = (x: number) => (muslLibm() ? muslSin(x) : roundedSin(x));
export const cCos = (x: number) => (muslLibm() ? muslCos(x) : roundedCos(x));
export const cAtan2 = (y: number, x: number) => (muslLibm() ? Math.atan2(y, x) : roundedAtan2(y, x));

const cbrtWords = new DataView(new ArrayBuffer(8));
/** 2^(k/3) for k = -2..2, as glibc's cube root scales by the exponent's remainder. */
const cubeRootSteps = [1 / 1.5874010519681996, 1 / 1.2599210498948732, 1, 1.2599210498948732, 1.5874010519681996];
/** Degree-6 fit of the cube root on [0.5, 1) glibc starts from, highest power first. */
const cubeRootFit = [
  -0.14526389938548637, 0.7849323449766392, -1.8346927748361308, 2.4469312256353444, -2.114994941673713,
  1.508191937815849, 0.35489576504391984,
];

/**
 * glibc's cbrt (dbl-64, 2.36): |x| is split as m * 2^e with m in [0.5, 1); a polynomial guess u of
 * m's cube root is refined once by (u^3 + 2m) / (2u^3 + m), scaled by 2^(e mod 3 / 3) and 2^(e div 3)
 * (both rounded toward zero). Not correctly rounded: cbrt(27.0) is 3.0000000000000004 there.
 * Checked bit for bit against CPython 3.13's math.cbrt on 400,000 arguments, subnormals included.
 */
function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  let a = Math.abs(x);
  let shift = 0;
  if (a < 2.2250738585072014e-308) {
    a *= 18014398509481984; // 2^54: a subnormal's exponent read from a normal number
    shift = -54;
  }
  cbrtWords.setFloat64(0, a);
  const high = cbrtWords.getUint32(0);
  const e = ((high >>> 20) & 0x7ff) - 1022 + shift;
  cbrtWords.setUint32(0, (high & 0x800fffff) | (1022 << 20));
  const m = cbrtWords.getFloat64(0);
  let u = cubeRootFit[0];
  for (let i = 1; i < cubeRootFit.length; i++) u = u * m + cubeRootFit[i];
  const u3 = u * u * u;
  const root = ((u * (u3 + 2 * m)) / (2 * u3 + m)) * cubeRootSteps[2 + (e % 3)];
  return (x > 0 ? root : -root) * 2 ** Math.trunc(e / 3);
}

/** The run's C library's cbrt: glibc's (3.11-3.13), or musl's for Pyodide, which V8's Math.cbrt is. */
export const cCbrt = (x: number) => (muslLibm() ? Math.cbrt(x) : glibcCbrt(x));
