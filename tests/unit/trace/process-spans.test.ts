/**
 * The run's record of its processes (trace/processes.ts): when each started and ended, the spans
 * it computed on a core, waited for one, or waited for something else, at exact virtual times.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { COMPUTING, NO_CORE, PROC_SPAN_FIELDS, type ProcessTrace } from '../../../src/lib/trace/processes';
import { ONE_CORE } from './one-core';

/** Seconds to 0.1 µs (CPU time is counted in steps of 0.1 µs). */
const r7 = (t: number) => Math.round(t * 1e7) / 1e7;

/** Each process's spans longer than an instant as text: `cpu 0.5-0.504`, `core 0.5-0.504`, `time.sleep(0.5)@6 0-0.5`. */
const fixed = (t: number) => String(r7(t) < 1e-4 && r7(t) > 0 ? r7(t).toFixed(7) : r7(t));

function spans(pt: ProcessTrace): Record<string, string> {
  const out: Record<string, string[]> = {};
  pt.names.forEach((n) => (out[n] = []));
  for (let j = 0; j < pt.spans.length; j += PROC_SPAN_FIELDS) {
    const [i, state, t0, t1, , , line] = pt.spans.slice(j, j + PROC_SPAN_FIELDS);
    if (r7(t1) <= r7(t0)) continue;
    const what =
      state === COMPUTING
        ? 'cpu'
        : state === NO_CORE
          ? 'core'
          : `${pt.on[j / PROC_SPAN_FIELDS]}${line ? `@${line}` : ''}`;
    out[pt.names[i]].push(`${what} ${fixed(t0)}-${fixed(t1)}`);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(', ')]));
}

function run(source: string) {
  const r = simulate(source);
  expect(r.trace.error).toBeNull();
  return r.ui;
}

describe('recorded process spans', () => {
  it('two processes on one core: they sleep together, then compute one after the other', () => {
    const ui = run(ONE_CORE);
    const pt = ui.processes!;
    expect(pt.names).toEqual(['MainProcess', 'Process-1', 'Process-2']);
    expect(pt.pids).toEqual([4242, 4243, 4244]);
    expect(pt.ended.map((t) => (t === null ? null : r7(t)))).toEqual([null, 0.5042789, 0.5082793]);
    expect(spans(pt)).toEqual({
      // The main process starts both (278.4 µs of its own CPU time: importing multiprocessing runs
      // the pickle it imports, as CPython's does), then joins each in turn; its CPU time is cut at
      // each instant it makes or starts a process (270.3-270.6 µs).
      MainProcess:
        'cpu 0-0.0002703, cpu 0.0002703-0.0002704, cpu 0.0002704-0.0002705, cpu 0.0002705-0.0002706, cpu 0.0002706-0.0002784, process 4243 to end@16 0.0002784-0.5042789, cpu 0.5042789-0.5042792, process 4244 to end@16 0.5042792-0.5082793, cpu 0.5082793-0.5082794',
      'Process-1': 'cpu 0.0002784-0.0002788, time.sleep(0.5)@6 0.0002788-0.5002788, cpu 0.5002788-0.5042789',
      // Its sleep ends while Process-1 holds the only core: it waits for it.
      'Process-2':
        'cpu 0.0002788-0.0002792, time.sleep(0.5)@6 0.0002792-0.5002792, core 0.5002792-0.5042792, cpu 0.5042792-0.5082793',
    });
    // A child's thread is the process's lane, not a thread lane of its own.
    expect(ui.threads).toBeUndefined();
  });

  it('four processes on four cores compute at once', () => {
    const pt = run(ONE_CORE.replace('cores 1', 'cores 4').replace('range(2)', 'range(4)')).processes!;
    const cpu = spans(pt);
    // Three start at once beside the main process, when it calls start() after 269.7 µs of its own CPU
    // time; the fourth waits 0.4 µs for a core, and never again.
    for (const name of ['Process-1', 'Process-2', 'Process-3'])
      expect(cpu[name]).toBe('cpu 0.0002706-0.000271, time.sleep(0.5)@6 0.000271-0.500271, cpu 0.500271-0.5042711');
    expect(cpu['Process-4']).toBe(
      'cpu 0.000271-0.0002714, time.sleep(0.5)@6 0.0002714-0.5002714, cpu 0.5002714-0.5042715',
    );
    expect(pt.ended.slice(1).map((t) => r7(t!))).toEqual([0.5042711, 0.5042711, 0.5042711, 0.5042715]);
  });

  it('are not kept without a child process', () => {
    expect(run('import multiprocessing\nprint(multiprocessing.cpu_count())\n').processes).toBeUndefined();
    expect(
      run('import threading\nt = threading.Thread(target=print)\nt.start()\nt.join()\n').processes,
    ).toBeUndefined();
    expect(run('import asyncio\nasyncio.run(asyncio.sleep(1))\n').processes).toBeUndefined();
  });
});

describe('recorded thread spans when CPU work takes time', () => {
  it('threads hold the GIL for 5 ms slices in turn; a sleep that ends meanwhile waits for the GIL', () => {
    const th = run(`import threading, time
import multiprocessing

def work():
    time.sleep(0.1)
    n = 0
    while n < 60_000:
        n += 1

ts = [threading.Thread(target=work, name=f"w{i}") for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
`).threads!;
    const out: Record<string, string[]> = { w0: [], w1: [] };
    for (let j = 0; j < th.spans.length; j += 7) {
      const [i, state, t0, t1] = th.spans.slice(j, j + 7);
      const name = th.names[i];
      if (name === 'MainThread' || r7(t1) - r7(t0) < 1e-4) continue;
      out[name].push(`${state === 0 ? 'run' : th.on[j / 7]} ${r7(t0)}-${r7(t1)}`);
    }
    // (The threads start after 278.8 µs and 280.8 µs of the main thread's and their own CPU time.)
    expect(out).toEqual({
      w0: [
        'time.sleep(0.1) 0.0002797-0.1002797',
        'run 0.1002797-0.1052797',
        'the GIL 0.1052797-0.1102797',
        'run 0.1102797-0.1112797',
      ],
      w1: [
        'time.sleep(0.1) 0.0002817-0.1002817',
        'the GIL 0.1002817-0.1052797',
        'run 0.1052797-0.1102797',
        'the GIL 0.1102797-0.1112801',
        'run 0.1112801-0.1122801',
      ],
    });
    expect(th.ended.slice(1).map((t) => r7(t!))).toEqual([0.1112797, 0.1122801]);
  });
});
