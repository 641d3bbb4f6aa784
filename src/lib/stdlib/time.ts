/**
 * The `time` module: every clock reads the run's virtual clock.
 */
import { PyModule, PyTuple, pyError, type PyValue } from '../runtime/core';
import { defNative } from '../runtime/native';
import { toFloat, str as pyStr } from '../runtime/ops';
import { strftime, strftimeFields, gmtime } from '../py/format/strftime';
import { libraryModule } from '../interp/library';
import { stdlibSources } from './py';
import type { Simulation } from '../sim/runners';
import { fmtError } from './format-errors';
import { signature } from '../runtime/signature';
import { END_SLICE, markBlocking, waitFor, type Wait } from '../interp/threaded';

const SLEEP_SIG = signature('sleep', '(secs, /)', 'time.sleep');

/** The `time` module on the virtual clock: time.sleep blocks the whole loop, as it does in CPython. */
function timeNatives(sim: Simulation): [string, PyValue][] {
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
  clock('thread_time', () => now());
  clock('process_time_ns', () => BigInt(Math.round(now() * 1e9)));
  clock('thread_time_ns', () => BigInt(Math.round(now() * 1e9)));
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
  // time.strftime(format) on the clock read as local time, which is gmtime (as the recorder's);
  // with a tuple, time.py checks it as CPython does and hands over its fields.
  def('_strftime_now', '(format, /)', ([fmt]) => strftime(fmt as string, now()));
  def('_strftime_fields', '(format, fields, /)', ([fmt, fields]) => {
    const f = (fields as PyTuple).items;
    const n = (i: number) => Number(f[i] as bigint);
    return strftimeFields(fmt as string, {
      year: n(0),
      mon: n(1),
      mday: n(2),
      hour: n(3),
      min: n(4),
      sec: n(5),
      wday: n(6),
      yday: n(7),
      zone: f[8] as string,
      gmtoff: n(9),
    });
  });
  // gmtime's and localtime's nine fields (time.py makes the struct_time).
  def('_fields_at', '(seconds, /)', ([seconds]) => {
    const f = fieldsAt(seconds !== null ? toFloat(seconds) : now());
    return new PyTuple(FIELDS.map((k) => BigInt(f[k] ?? 0)));
  });
  def('asctime', 'PyArg_ParseTuple([tuple], /)', ([t]) => asctime(t !== undefined ? fieldsOf(t) : fieldsAt(now())));
  def('ctime', 'PyArg_ParseTuple(seconds=None, /)', ([seconds]) =>
    asctime(fieldsAt(seconds !== null ? toFloat(seconds) : now())),
  );
  return [...d];
}

/** The `time` module: time.py, on the natives above. */
export function makeTime(sim: Simulation): PyModule {
  return libraryModule('time', stdlibSources.time, timeNatives(sim));
}

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const fieldsAt = (seconds: number) => gmtime(seconds) as unknown as Record<string, number>;

/** The fields of a struct_time or a 9-tuple (time.asctime's argument). */
function fieldsOf(v: PyValue): Record<string, number> {
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
