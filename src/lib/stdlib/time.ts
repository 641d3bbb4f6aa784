/**
 * The `time` module: every clock reads the run's virtual clock.
 */
import { PyModule, PyTuple, builtinClass, native, type PyValue } from '../runtime/core';
import { toFloat, str as pyStr } from '../runtime/ops';
import { ctx } from '../runtime/context';
import { strftime, gmtime } from '../py/format/strftime';
import type { Simulation } from '../sim/runners';

/** The `time` module on the virtual clock: time.sleep blocks the whole loop, as it does in CPython. */
export function makeTime(sim: Simulation): PyModule {
  const d = new Map<string, PyValue>();
  const now = () => sim.clock.now;
  d.set('time', native('time', () => now()));
  d.set('perf_counter', native('perf_counter', () => now()));
  d.set('monotonic', native('monotonic', () => now()));
  d.set('process_time', native('process_time', () => now()));
  d.set('time_ns', native('time_ns', () => BigInt(Math.round(now() * 1e9))));
  d.set('perf_counter_ns', native('perf_counter_ns', () => BigInt(Math.round(now() * 1e9))));
  d.set('monotonic_ns', native('monotonic_ns', () => BigInt(Math.round(now() * 1e9))));
  d.set(
    'sleep',
    native('sleep', (args) => {
      const s = toFloat(args[0]);
      ctx().block(s, `time.sleep(${pyStr(args[0])})`);
      return null;
    })
  );
  d.set(
    'strftime',
    native('strftime', (args) => {
      const fmt = args[0] as string;
      return strftime(fmt, args.length > 1 ? structToSeconds(args[1]) : now());
    })
  );
  const tm = (args: PyValue[]) => {
    const t = gmtime(args.length && args[0] !== null ? toFloat(args[0]) : now());
    return new StructTime(t as unknown as Record<string, number>, args.length && args[0] !== null ? toFloat(args[0]) : now());
  };
  d.set('gmtime', native('gmtime', tm));
  d.set('localtime', native('localtime', tm));
  return new PyModule('time', d);
}

const structTimeClass = builtinClass('struct_time', []);
structTimeClass.module = 'time';
class StructTime extends PyTuple {
  constructor(public fields: Record<string, number>, public seconds: number) {
    super(
      ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'].map((k) => BigInt(fields[k] ?? 0))
    );
  }
  getAttr(_o: unknown, name: string): PyValue | undefined {
    if (name in this.fields) return BigInt(this.fields[name]);
    return undefined;
  }
}
function structToSeconds(v: PyValue): number {
  if (v instanceof StructTime) return v.seconds;
  return toFloat(v);
}
