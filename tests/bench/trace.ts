/**
 * Chromium traces for the browser benches: the trace events recorded while `run` runs, and those
 * of the page's main thread (CrRendererMain) among them.
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  /** Start, in microseconds (the trace's clock). */
  ts: number;
  /** Duration in microseconds (complete events). */
  dur?: number;
  /** The thread's CPU time in it, in microseconds (complete events): a task's own cost, whatever the machine's load. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * The trace events (categories `toplevel`, `devtools.timeline`, `blink`, and `more`: e.g. the
 * JavaScript sampler's `disabled-by-default-v8.cpu_profiler`) recorded while `run` runs.
 */
export async function traced(cdp: CDPSession, run: () => Promise<void>, more: string[] = []): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (d: { value: unknown }) => void events.push(...(d.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.start', {
    categories: ['toplevel', 'devtools.timeline', 'blink', '__metadata', ...more].join(','),
    transferMode: 'ReportEvents',
  });
  try {
    await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return events;
}

/** The complete events of the page's main thread (of the last renderer named in the trace). */
export function mainThread(events: TraceEvent[]): TraceEvent[] {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  return events.filter((e) => e.ph === 'X' && !!e.dur && mains.some((m) => m.pid === e.pid && m.tid === e.tid));
}

/**
 * A main-thread task in the trace: named ThreadControllerImpl::RunTask in Debian's Chromium, or a
 * microtask checkpoint outside any (how Chromium runs what follows `scheduler.yield()`: the app's
 * timeline slices and its first draw after a run, one of them 58 ms of CPU time with a 24 ms
 * young-generation collection, which counting RunTask alone left out).
 */
const TASK = /(^|::)RunTask$/;
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/** The page's main-thread tasks in the trace, in time order. */
export function mainTasks(events: TraceEvent[]): TraceEvent[] {
  const main = mainThread(events)
    .filter((e) => TASK.test(e.name) || e.name === CHECKPOINT)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of main) {
    if (e.ts < end) continue; // inside the task before (a checkpoint at a task's end)
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/** The longest main-thread task by wall time and by CPU time (ms; they may be different tasks). */
export function longestTask(events: TraceEvent[]): { wall: number; cpu: number } {
  const tasks = mainTasks(events);
  return {
    wall: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    cpu: Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000)),
  };
}
