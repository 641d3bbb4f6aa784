/**
 * The `time` module: every clock reads the run's virtual clock.
 */
import { PyModule, PyTuple, builtinClass, pyError, typeName, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { toFloat, str as pyStr } from '../runtime/ops';
import { strftime, gmtime } from '../py/format/strftime';
import type { Simulation } from '../sim/runners';
import { fmtError } from './format-errors';
import { signature } from '../runtime/signature';
import { END_SLICE, markBlocking, waitFor, type Wait } from '../interp/threaded';

const SLEEP_SIG = signature('sleep', '(secs, /)', 'time.sleep');

/** The `time` module on the virtual clock: time.sleep blocks the whole loop, as it does in CPython. */
export function makeTime(sim: Simulation): PyModule {
  const d = new Map<string, PyValue>();
  const now = () => sim.clock.now;
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue) =>
    d.set(
      name,
      defNative(name, sig, (a) => fmtError(() => fn(a)), `time.${name}`),
    );
  // When CPU work takes time (threads.md), a clock read first puts the running thread's CPU time on it.
  const clock = (name: string, read: () => PyValue) => {
    def(name, '()', () => (sim.threads?.flushCpuInPlace(), read()));
    markBlocking(d.get(name) as object, function* () {
      if (sim.threads !== null && sim.threads.pendingCpu() > 0) yield* waitFor(END_SLICE);
      return read();
    });
  };
  clock('time', () => now());
  clock('perf_counter', () => now());
  clock('monotonic', () => now());
  clock('process_time', () => now());
  clock('time_ns', () => BigInt(Math.round(now() * 1e9)));
  clock('perf_counter_ns', () => BigInt(Math.round(now() * 1e9)));
  clock('monotonic_ns', () => BigInt(Math.round(now() * 1e9)));
  def('sleep', '(secs, /)', ([secs]) => {
    const s = toFloat(secs);
    if (s < 0) throw pyError('ValueError', 'sleep length must be non-negative');
    sim.block(s, `time.sleep(${pyStr(secs)})`);
    return null;
  });
  // In a simulated thread's body, time.sleep blocks that thread only (threads.md).
  markBlocking(d.get('sleep') as object, function* (_self, args, kw) {
    const [secs] = SLEEP_SIG.bind(args, kw);
    const s = toFloat(secs);
    if (s < 0) throw pyError('ValueError', 'sleep length must be non-negative');
    const deadline = now() + s;
    yield* waitFor({ ready: () => false, deadline, what: `time.sleep(${pyStr(secs)})` } as Wait);
    return null;
  });
  def('strftime', 'PyArg_ParseTuple(format[, tuple], /)', ([fmt, t]) => {
    if (typeof fmt !== 'string') throw pyError('TypeError', `strftime() argument 1 must be str, not ${typeName(fmt)}`);
    return strftime(fmt, t !== undefined ? structToSeconds(t) : now());
  });
  const tm = ([seconds]: PyValue[]) => {
    const at = seconds !== null ? toFloat(seconds) : now();
    return new StructTime(gmtime(at) as unknown as Record<string, number>, at);
  };
  def('asctime', 'PyArg_ParseTuple([tuple], /)', ([t]) => asctime(t !== undefined ? fieldsOf(t) : fieldsAt(now())));
  def('ctime', 'PyArg_ParseTuple(seconds=None, /)', ([seconds]) =>
    asctime(fieldsAt(seconds !== null ? toFloat(seconds) : now())),
  );
  def('gmtime', 'PyArg_ParseTuple(seconds=None, /)', tm);
  def('localtime', 'PyArg_ParseTuple(seconds=None, /)', tm);
  return new PyModule('time', d);
}

const structTimeClass = builtinClass('struct_time', []);
structTimeClass.module = 'time';
class StructTime extends PyTuple {
  constructor(
    public fields: Record<string, number>,
    public seconds: number,
  ) {
    super(FIELDS.map((k) => BigInt(fields[k] ?? 0)));
  }
  getAttr(_o: unknown, name: string): PyValue | undefined {
    if (name in this.fields) return BigInt(this.fields[name]);
    return undefined;
  }
}
const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const fieldsAt = (seconds: number) => gmtime(seconds) as unknown as Record<string, number>;

/** The fields of a struct_time or a 9-tuple (time.asctime's argument). */
function fieldsOf(v: PyValue): Record<string, number> {
  if (v instanceof StructTime) return v.fields;
  if (!(v instanceof PyTuple)) throw pyError('TypeError', 'Tuple or struct_time argument required');
  if (v.items.length !== 9)
    throw pyError('TypeError', `time.struct_time() takes a 9-sequence (${v.items.length}-sequence given)`);
  const f: Record<string, number> = {};
  FIELDS.forEach((k, i) => (f[k] = Math.trunc(toFloat(v.items[i]))));
  return f;
}

/** C's asctime layout, as time.asctime and time.ctime print it: 'Thu Jan  1 00:00:00 1970'. */
function asctime(f: Record<string, number>): string {
  const mon = MONTH_NAMES[f.tm_mon - 1];
  if (mon === undefined) throw pyError('ValueError', 'month out of range');
  const day = DAY_NAMES[f.tm_wday];
  if (day === undefined) throw pyError('ValueError', 'day of week out of range');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day} ${mon} ${String(f.tm_mday).padStart(2, ' ')} ${two(f.tm_hour)}:${two(f.tm_min)}:${two(f.tm_sec)} ${f.tm_year}`;
}

function structToSeconds(v: PyValue): number {
  if (v instanceof StructTime) return v.seconds;
  if (!(v instanceof PyTuple)) throw pyError('TypeError', 'Tuple or struct_time argument required');
  return toFloat(v);
}
