/**
 * Goldens recorded with real child processes (tests/recorder/virtual_processes.py) say
 * `"order": "per-instant"`: lines that different processes or threads print at the same instant
 * come in the order the OS ran them, so such lines are compared as a multiset per instant. Their
 * clock has no CPU time, so the simulator runs them with `cpuClock: false`.
 */
import type { ConformanceTrace } from '../../src/lib/trace/types';
import type { RunOptions } from '../../src/lib/run';

type Golden = ConformanceTrace & { order?: string };

/** Whether the golden was recorded with processes (its same-instant lines are unordered). */
export const perInstant = (golden: Golden): boolean => golden.order === 'per-instant';

/** The run options a golden needs beside the usual ones. */
export const goldenRunOptions = (golden: Golden): Partial<RunOptions> =>
  perInstant(golden) ? { cpuClock: false } : {};

/** The CLI flags a golden needs beside the usual ones. */
export const goldenCliFlags = (golden: Golden): string[] => (perInstant(golden) ? ['--no-cpu-clock'] : []);

/** `trace` with the lines of each instant (times within 1e-6 of the instant's first) sorted by text. */
function sortedPerInstant(trace: ConformanceTrace): ConformanceTrace {
  const stdout: ConformanceTrace['stdout'] = [];
  let group: ConformanceTrace['stdout'] = [];
  const flush = () => {
    stdout.push(...group.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)));
    group = [];
  };
  for (const o of trace.stdout) {
    if (group.length > 0 && Math.abs(o.t - group[0].t) > 1e-6) flush();
    group.push(o);
  }
  flush();
  return { ...trace, stdout };
}

/** The pair to compare: as they are, or both with each instant's lines in one order. */
export function comparable(got: ConformanceTrace, golden: Golden): [ConformanceTrace, ConformanceTrace] {
  return perInstant(golden) ? [sortedPerInstant(got), sortedPerInstant(golden)] : [got, golden];
}
