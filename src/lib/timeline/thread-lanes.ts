/**
 * Thread lanes: when the program started threads (trace/threads.ts), a header row and one lane
 * per thread follow the task lanes, MainThread first (the event loop's thread when it ran one); a
 * thread that runs an event loop of its own has its loop's tasks' lanes under its lane (rows.ts). A thread's bar is
 * full height where it holds the GIL (runs) and thin where it is blocked: sleeping in
 * `time.sleep`, waiting in the loop's `select()`, or blocked on a lock (and on what the program
 * called that waits for one: `join()`, `result()`, `get()`, ...).
 */
import { BLOCKED, SPAN_FIELDS, type ThreadTrace } from '../trace/threads';
import {
  EPS,
  describe,
  endStep,
  header,
  lasts,
  placed,
  slotAt,
  span,
  startStep,
  unseenWaits,
  type Lane,
  type Placing,
  type Segment,
} from './side-lanes';

/** The name of the thread lanes' header row. */
const THREAD_HEADER = 'threads';

/** The header row and the lanes of `threads`, numbered from `first`. */
export function threadLanes(threads: ThreadTrace, first: number, p: Placing, mainLoop = p.steps.length > 0): Lane[] {
  const n = threads.names.length;
  const segs: Segment[][] = threads.names.map(() => []);
  const sp = threads.spans;
  for (let j = 0; j < sp.length; j += SPAN_FIELDS) {
    const i = sp[j];
    const blocked = sp[j + 1] === BLOCKED;
    let t0 = sp[j + 2];
    let p0 = placed(p, sp[j + 4], t0);
    // The main thread ran from the start, before the program made its first thread.
    if (i === 0 && segs[0].length === 0) {
      t0 = 0;
      p0 = 0;
    }
    const s = span(p, blocked, t0, sp[j + 3], p0, placed(p, sp[j + 5], sp[j + 3]));
    if (blocked) describe(s, threads.on[j / SPAN_FIELDS], sp[j + 6], p.lines);
    else if (i === 0 && s.end > s.start + EPS) {
      segs[0].push(...mainRunning(p, s));
      continue;
    }
    segs[i].push(s);
  }
  const lanes: Lane[] = [header(first, THREAD_HEADER, 'header')];
  for (let i = 0; i < n; i++) {
    const ended = threads.ended[i];
    const main = i === 0;
    const done = main ? p.end : ended;
    const doneAt = main ? 2 * p.steps.length : ended === null ? null : placed(p, threads.endedAt[i]!, ended);
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
      segments: segs[i].filter(lasts),
      // The main thread runs an event loop only in a program that ran one there (a task of its loop took a step).
      thread: !main ? 'worker' : mainLoop ? 'main' : 'main-thread',
    });
  }
  return lanes;
}

/**
 * The main thread's recorded run of virtual time: it ran only at instants; the time between is
 * the loop's select() (an idle slot between two steps) or a blocking call of its own (a frozen
 * span), which the thread scheduler did not see (no other thread was alive).
 */
function mainRunning(p: Placing, s: Segment): Segment[] {
  const gaps = unseenWaits(p, s.start, s.end);
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
