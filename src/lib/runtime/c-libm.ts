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
