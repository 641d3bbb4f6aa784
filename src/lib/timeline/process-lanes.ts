/**
 * Process lanes: when the program started child processes (trace/processes.ts), a header row and
 * one lane per process follow the task lanes (and the thread lanes), MainProcess (the program
 * itself) first. A process's bar is full height where it computes on a core, and thin where it
 * waits: for a free core (every core busy), asleep in `time.sleep`, in the loop's `select()`, or
 * blocked on what its code waits for (`join()`, a queue's `get()`, ...).
 */
import { COMPUTING, NO_CORE, PROC_SPAN_FIELDS, type ProcessTrace } from '../trace/processes';
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

/** The name of the process lanes' header row. */
const PROCESS_HEADER = 'processes';

/** The header row and the lanes of `procs`, numbered from `first`. */
export function processLanes(procs: ProcessTrace, first: number, p: Placing): Lane[] {
  const computes: Segment[][] = procs.names.map(() => []);
  const waits: Segment[][] = procs.names.map(() => []);
  const sp = procs.spans;
  for (let j = 0; j < sp.length; j += PROC_SPAN_FIELDS) {
    const i = sp[j];
    const state = sp[j + 1];
    const [t0, t1] = [sp[j + 2], sp[j + 3]];
    const s = span(p, state !== COMPUTING, t0, t1, placed(p, sp[j + 4], t0), placed(p, sp[j + 5], t1));
    if (state === COMPUTING) computes[i].push(s);
    else if (state === NO_CORE) waits[i].push({ ...s, kind: 'ready', on: 'a core' });
    else {
      const on = procs.on[j / PROC_SPAN_FIELDS];
      describe(s, ownWords(procs, on), sp[j + 6], p.lines);
      // A join(): blocked in a call until the process ends.
      if (on !== s.on && on.startsWith('process ')) s.kind = 'blocked-sync';
      waits[i].push(s);
    }
  }
  const lanes: Lane[] = [header(first, PROCESS_HEADER, 'process-header')];
  procs.names.forEach((name, i) => {
    const main = i === 0;
    const done = main ? p.end : procs.ended[i];
    const doneAt = main ? 2 * p.steps.length : procs.endedAt[i];
    const doneStep = doneAt === null || done === null ? null : placed(p, doneAt, done);
    let segs = [...computes[i], ...waits[i].flatMap((w) => outside(w, computes[i]))];
    // The program's own process also waited where its thread ran alone (no scheduler saw it).
    if (main) segs.push(...unseenWaits(p, 0, p.end).flatMap((g) => outside(g, segs)));
    segs = joined(segs.filter(lasts).sort((a, b) => a.start - b.start || a.startSlot - b.startSlot));
    lanes.push({
      index: first + 1 + i,
      name,
      coro: '',
      state: done === null ? 'pending' : 'finished',
      end: main || done !== null ? 'done' : 'pending',
      parent: null,
      depth: 0,
      created: procs.started[i],
      done,
      createdStep: startStep(procs.startedAt[i]),
      createdSlot: main ? 0 : slotAt(p, procs.startedAt[i], procs.started[i], false),
      doneStep: doneStep === null ? null : endStep(doneStep),
      doneSlot: doneStep === null || done === null ? null : slotAt(p, doneStep, done, true),
      doneTime: done,
      steps: [],
      segments: segs,
      thread: main ? 'main-process' : 'process',
    });
  });
  return lanes;
}

/** What a process waits for, in the program's words: `process 4243 to end` names the process (`Process-1 to end`). */
function ownWords(procs: ProcessTrace, on: string): string {
  const m = /^process (\d+) to end$/.exec(on);
  if (!m) return on;
  const i = procs.pids.indexOf(Number(m[1]));
  return i < 0 ? on : `${procs.names[i]} to end`;
}

/** The parts of `s` that no segment of `cover` overlaps (in time); a part ends where a cover begins. */
function outside(s: Segment, cover: Segment[]): Segment[] {
  let parts = [s];
  for (const c of cover) {
    if (c.end <= c.start + EPS) continue;
    const next: Segment[] = [];
    for (const q of parts) {
      if (c.end <= q.start + EPS || c.start >= q.end - EPS) {
        next.push(q);
        continue;
      }
      if (c.start > q.start + EPS)
        next.push({
          ...q,
          end: c.start,
          endStep: Math.max(q.startStep, c.startStep),
          endSlot: Math.max(q.startSlot, c.startSlot),
        });
      if (c.end < q.end - EPS)
        next.push({
          ...q,
          start: c.end,
          startStep: Math.min(q.endStep, c.endStep),
          startSlot: Math.min(q.endSlot, c.endSlot),
        });
    }
    parts = next;
  }
  return parts;
}

/** Back-to-back segments of one kind as one (a computation of many 5 ms slices is one bar). */
function joined(segs: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segs) {
    const q = out[out.length - 1];
    if (
      q &&
      q.kind === s.kind &&
      q.on === s.on &&
      q.at === s.at &&
      Math.abs(q.end - s.start) < EPS &&
      s.startStep <= q.endStep
    ) {
      out[out.length - 1] = {
        ...q,
        end: s.end,
        endStep: s.endStep,
        endSlot: s.endSlot,
        ...(q.until !== undefined ? { until: s.end } : {}),
      };
    } else out.push(s);
  }
  return out;
}
