/**
 * Thread lanes: when the program started threads (trace/threads.ts), a header row and one lane
 * per thread follow the task lanes, MainThread (the event loop's thread) first. A thread's bar is
 * full height where it holds the GIL (runs) and thin where it is blocked: sleeping in
 * `time.sleep`, waiting in the loop's `select()`, or blocked on a lock (and on what the program
 * called that waits for one: `join()`, `result()`, `get()`, ...).
 */
import { BLOCKED, SPAN_FIELDS, type ThreadTrace } from '../trace/threads';

// The model's shapes (model.ts Segment, Lane, StepInfo, IdleSlot, FrozenSpan), the parts these
// lanes use: model.ts imports this file, so it does not import model.ts.

/** A thread lane's state over a span (model.ts Segment). */
interface Segment {
  kind: 'running' | 'sleeping' | 'waiting' | 'blocked-sync';
  start: number;
  end: number;
  startStep: number;
  endStep: number;
  startSlot: number;
  endSlot: number;
  on?: string;
  at?: string;
  until?: number;
}

/** A thread's lane (model.ts Lane). */
interface Lane {
  index: number;
  name: string;
  coro: string;
  state: string;
  end: 'done' | 'pending';
  parent: null;
  depth: number;
  created: number;
  done: number | null;
  createdStep: number;
  createdSlot: number;
  doneStep: number | null;
  doneSlot: number | null;
  doneTime: number | null;
  steps: number[];
  segments: Segment[];
  thread: 'header' | 'main' | 'worker';
}

/** What the model builder knows that thread lanes are placed by. */
interface ThreadPlacing {
  steps: { t: number; tEnd: number; slot: number }[];
  idle: { from: number; to: number; beforeStep: number }[];
  frozen: { t: number; seconds: number; what: string; step: number | null; startSlot: number; endSlot: number }[];
  end: number;
  lines: string[] | null;
  slotOf: (b: number, tau: number) => number;
}

const EPS = 1e-9;

/** The name of the thread lanes' header row. */
const THREAD_HEADER = 'threads';

/** The header row and the lanes of `threads`, numbered from `first`. */
export function threadLanes(threads: ThreadTrace, first: number, p: ThreadPlacing): Lane[] {
  const n = threads.names.length;
  const segs: Segment[][] = threads.names.map(() => []);
  const sp = threads.spans;
  for (let j = 0; j < sp.length; j += SPAN_FIELDS) {
    const i = sp[j];
    const blocked = sp[j + 1] === BLOCKED;
    let t0 = sp[j + 2];
    let p0 = sp[j + 4];
    // The main thread ran from the start, before the program made its first thread.
    if (i === 0 && segs[0].length === 0) {
      t0 = 0;
      p0 = 0;
    }
    const s = span(p, blocked, t0, sp[j + 3], p0, sp[j + 5]);
    if (blocked) describe(s, threads.on[j / SPAN_FIELDS], sp[j + 6], p.lines);
    else if (i === 0 && s.end > s.start + EPS) {
      segs[0].push(...mainRunning(p, s));
      continue;
    }
    segs[i].push(s);
  }
  const lanes: Lane[] = [header(first)];
  for (let i = 0; i < n; i++) {
    const ended = threads.ended[i];
    const main = i === 0;
    const done = main ? p.end : ended;
    const doneAt = main ? 2 * p.steps.length : threads.endedAt[i];
    const b = doneAt === null ? null : endStep(doneAt);
    lanes.push({
      index: first + 1 + i,
      name: threads.names[i],
      coro: '',
      state: done === null ? 'pending' : 'finished',
      end: main ? 'done' : done === null ? 'pending' : 'done',
      parent: null,
      depth: 0,
      created: main ? 0 : threads.started[i],
      done,
      createdStep: main ? 0 : startStep(threads.startedAt[i]),
      createdSlot: main ? 0 : slotAt(p, threads.startedAt[i], threads.started[i], false),
      doneStep: b,
      doneSlot: doneAt === null || done === null ? null : slotAt(p, doneAt, done, true),
      doneTime: done,
      steps: [],
      segments: segs[i].filter((s) => s.kind === 'running' || s.end > s.start + EPS || s.endSlot > s.startSlot + EPS),
      thread: main ? 'main' : 'worker',
    });
  }
  return lanes;
}

function header(index: number): Lane {
  return {
    index,
    name: THREAD_HEADER,
    coro: '',
    state: 'finished',
    end: 'done',
    parent: null,
    depth: 0,
    created: 0,
    done: null,
    createdStep: 0,
    createdSlot: 0,
    doneStep: null,
    doneSlot: null,
    doneTime: null,
    steps: [],
    segments: [],
    thread: 'header',
  };
}

/** A moment's step boundary as a start (the step it happens in, or the next one between steps) and as an end. */
const startStep = (pos: number): number => pos >> 1;
const endStep = (pos: number): number => (pos + 1) >> 1;

/**
 * A moment's slot: between steps, slotOf; inside step k, where its time falls in the step (a
 * blocking step lasts), else the step's start, or its end (`after`).
 */
function slotAt(p: ThreadPlacing, pos: number, t: number, after: boolean): number {
  if (pos % 2 === 0) return p.slotOf(pos / 2, t);
  const st = p.steps[(pos - 1) / 2];
  if (!st) return p.slotOf(p.steps.length, t);
  if (st.tEnd > st.t + EPS) return st.slot + Math.min(1, Math.max(0, (t - st.t) / (st.tEnd - st.t)));
  return st.slot + (after ? 1 : 0);
}

function span(p: ThreadPlacing, blocked: boolean, t0: number, t1: number, p0: number, p1: number): Segment {
  const b0 = startStep(p0);
  // Inside a step that takes no time, a run fills the step's slot and a wait lies outside it.
  const startSlot = slotAt(p, p0, t0, blocked);
  return {
    kind: blocked ? 'blocked-sync' : 'running',
    start: t0,
    end: Math.max(t0, t1),
    startStep: b0,
    endStep: Math.max(b0, endStep(p1)),
    startSlot,
    endSlot: Math.max(startSlot, slotAt(p, p1, t1, !blocked)),
  };
}

/** A blocked span's kind and words: what it waits for (`on`), the line it is at. */
function describe(s: Segment, on: string, line: number, lines: string[] | null): void {
  if (line > 0) s.at = `:${line}`;
  if (on.startsWith('time.sleep(')) {
    s.kind = 'sleeping';
    s.until = s.end;
    s.on = on;
  } else if (on === 'the event loop') {
    s.kind = 'waiting';
    s.on = 'select()';
  } else if (on === 'Lock') {
    s.on = lockCall(line > 0 && lines ? (lines[line - 1] ?? '') : '') ?? 'Lock';
  } else {
    s.kind = 'waiting';
    s.on = on;
  }
}

/** The blocking call of the program's line that waits on a lock underneath (`t.join()` → `join()`). */
function lockCall(text: string): string | null {
  const calls = [...text.matchAll(/\.(join|result|get|put|wait|wait_for|acquire|start|shutdown|map)\s*\(/g)];
  if (calls.length === 1) return `${calls[0][1]}()`;
  if (/^\s*with\b/.test(text)) return 'Lock';
  return null;
}

/**
 * The main thread's recorded run of virtual time: it ran only at instants; the time between is
 * the loop's select() (an idle slot between two steps) or a blocking call of its own (a frozen
 * span), which the thread scheduler did not see (no other thread was alive).
 */
function mainRunning(p: ThreadPlacing, s: Segment): Segment[] {
  const gaps: Segment[] = [];
  for (const d of p.idle) {
    // (Before the first step and after the last one no loop runs.)
    if (d.beforeStep <= 0 || d.beforeStep >= p.steps.length) continue;
    if (d.to <= s.start + EPS || d.from >= s.end - EPS || d.to <= d.from + EPS) continue;
    gaps.push({
      kind: 'waiting',
      on: 'select()',
      start: d.from,
      end: d.to,
      startStep: d.beforeStep,
      endStep: d.beforeStep,
      startSlot: p.slotOf(d.beforeStep, d.from),
      endSlot: p.slotOf(d.beforeStep, d.to),
    });
  }
  for (const f of p.frozen) {
    const to = f.t + f.seconds;
    if (to <= s.start + EPS || f.t >= s.end - EPS || f.seconds <= EPS) continue;
    const k = f.step ?? startStepAt(p, f.t);
    gaps.push({
      kind: 'sleeping',
      on: f.what,
      until: to,
      start: f.t,
      end: to,
      startStep: k,
      endStep: f.step !== null ? k + 1 : k,
      startSlot: f.startSlot,
      endSlot: f.endSlot,
    });
  }
  gaps.sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = { t: s.start, step: s.startStep, slot: s.startSlot };
  for (const g of gaps) {
    out.push(runningBetween(at, g));
    out.push(g);
    at = { t: g.end, step: g.endStep, slot: g.endSlot };
  }
  out.push(runningBetween(at, s));
  return out;
}

function runningBetween(a: { t: number; step: number; slot: number }, b: Segment): Segment {
  const bStart = b.kind === 'running' ? b.end : b.start;
  const bStep = b.kind === 'running' ? b.endStep : b.startStep;
  const bSlot = b.kind === 'running' ? b.endSlot : b.startSlot;
  return {
    kind: 'running',
    start: a.t,
    end: Math.max(a.t, bStart),
    startStep: a.step,
    endStep: Math.max(a.step, bStep),
    startSlot: a.slot,
    endSlot: Math.max(a.slot, bSlot),
  };
}

/** The first step at or after time t. */
function startStepAt(p: ThreadPlacing, t: number): number {
  let k = 0;
  while (k < p.steps.length && p.steps[k].t < t - EPS) k++;
  return k;
}
