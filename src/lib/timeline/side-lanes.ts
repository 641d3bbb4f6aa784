/**
 * What the lanes after the task lanes share (thread-lanes.ts, process-lanes.ts): their shapes,
 * the header row of a group, where a recorded moment falls on the step axis, a span's segment
 * and the words of what a thread waits for.
 */

import { IDLE_ON } from '../trace/threads';

// The model's shapes (model.ts Segment, Lane, StepInfo, IdleSlot, FrozenSpan), the parts these
// lanes use: model.ts imports the lane builders, so this file does not import model.ts.

/** A side lane's state over a span (model.ts Segment). */
export interface Segment {
  kind: 'running' | 'ready' | 'sleeping' | 'waiting' | 'blocked-sync';
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

/** Which side lane (model.ts Lane.thread): a group's header row, the program's own thread or process, another. */
/** 'main': the main thread running the event loop; 'main-thread': the main thread of a program that ran no loop. */
export type SideKind = 'header' | 'main' | 'main-thread' | 'worker' | 'process-header' | 'main-process' | 'process';

/** A thread's or a process's lane (model.ts Lane). */
export interface Lane {
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
  thread: SideKind;
}

/** What the model builder knows that side lanes are placed by. */
export interface Placing {
  steps: { t: number; tEnd: number; slot: number }[];
  idle: { from: number; to: number; beforeStep: number }[];
  frozen: { t: number; seconds: number; what: string; step: number | null; startSlot: number; endSlot: number }[];
  end: number;
  lines: string[] | null;
  slotOf: (b: number, tau: number) => number;
}

export const EPS = 1e-9;

/** A group's header row (`name` is its lane's name, the words come from the lane's text). */
export function header(index: number, name: string, kind: 'header' | 'process-header'): Lane {
  return {
    index,
    name,
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
    thread: kind,
  };
}

/** A moment's step boundary as a start (the step it happens in, or the next one between steps) and as an end. */
export const startStep = (pos: number): number => pos >> 1;
export const endStep = (pos: number): number => (pos + 1) >> 1;

/**
 * A moment's slot: between steps, slotOf; inside step k, where its time falls in the step (a
 * blocking step lasts), else the step's start, or its end (`after`).
 */
export function slotAt(p: Placing, pos: number, t: number, after: boolean): number {
  if (pos % 2 === 0) return p.slotOf(pos / 2, t);
  const st = p.steps[(pos - 1) / 2];
  if (!st) return p.slotOf(p.steps.length, t);
  if (st.tEnd > st.t + EPS) return st.slot + Math.min(1, Math.max(0, (t - st.t) / (st.tEnd - st.t)));
  return st.slot + (after ? 1 : 0);
}

/** A recorded step position, or (-1: a moment the clock was not at when recorded) the one of its time. */
export function placed(p: Placing, pos: number, t: number): number {
  if (pos >= 0) return pos;
  for (let k = 0; k < p.steps.length; k++) {
    const st = p.steps[k];
    if (st.t >= t - EPS) return 2 * k;
    if (st.tEnd > t + EPS) return 2 * k + 1;
  }
  return 2 * p.steps.length;
}

/** A running span (the thread holds the GIL, the process computes) or a waiting one, placed on both axes. */
export function span(p: Placing, blocked: boolean, t0: number, t1: number, p0: number, p1: number): Segment {
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
export function describe(s: Segment, on: string, line: number, lines: string[] | null): void {
  if (line > 0) s.at = `:${line}`;
  if (on.startsWith('time.sleep(') || on.startsWith('sleep ')) {
    s.kind = 'sleeping';
    s.until = s.end;
    s.on = on;
  } else if (on === 'the GIL') {
    // Its slice is over: it is ready, and waits for the GIL.
    s.kind = 'ready';
    s.on = on;
  } else if (on === 'the event loop') {
    s.kind = 'waiting';
    s.on = 'select()';
  } else if (on.startsWith(IDLE_ON)) {
    // A pool worker waiting for its next job: idle, not blocked (idlePool names the pool).
    s.kind = 'waiting';
    s.on = on;
  } else if (on === 'Lock') {
    s.on = lockCall(line > 0 && lines ? (lines[line - 1] ?? '') : '') ?? 'Lock';
  } else {
    s.kind = 'waiting';
    s.on = on;
  }
}

/** The pool class of an idle pool worker's wait (`idle:Pool` → `Pool`), else null. */
export const idlePool = (on: string | undefined): string | null =>
  on !== undefined && on.startsWith(IDLE_ON) ? on.slice(IDLE_ON.length) : null;

/**
 * The blocking call of the program's line that waits on a lock underneath (`t.join()` → `join()`;
 * a blocking socket's `accept()`, `recv()`, ... waits on one too: stdlib/py/socket.py).
 */
function lockCall(text: string): string | null {
  const calls = [
    ...text.matchAll(
      /\.(join|result|get|put|wait|wait_for|acquire|start|shutdown|map|starmap|apply|accept|recv|recv_into|recvfrom|recvfrom_into)\s*\(/g,
    ),
  ];
  if (calls.length === 1) return `${calls[0][1]}()`;
  if (/^\s*with\b/.test(text)) return 'Lock';
  return null;
}

/**
 * The main thread's waits that the thread scheduler did not see (no other thread was alive),
 * between `from` and `to`: the loop's select() (an idle slot between two steps) and a blocking
 * call of its own (a frozen span); in time order.
 */
export function unseenWaits(p: Placing, from: number, to: number): Segment[] {
  const gaps: Segment[] = [];
  for (const d of p.idle) {
    // (Before the first step and after the last one no loop runs.)
    if (d.beforeStep <= 0 || d.beforeStep >= p.steps.length) continue;
    if (d.to <= from + EPS || d.from >= to - EPS || d.to <= d.from + EPS) continue;
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
    const until = f.t + f.seconds;
    if (until <= from + EPS || f.t >= to - EPS || f.seconds <= EPS) continue;
    const k = f.step ?? startStepAt(p, f.t);
    gaps.push({
      kind: 'sleeping',
      on: f.what,
      until,
      start: f.t,
      end: until,
      startStep: k,
      endStep: f.step !== null ? k + 1 : k,
      startSlot: f.startSlot,
      endSlot: f.endSlot,
    });
  }
  return gaps.sort((a, b) => a.start - b.start);
}

/** The first step at or after time t. */
function startStepAt(p: Placing, t: number): number {
  let k = 0;
  while (k < p.steps.length && p.steps[k].t < t - EPS) k++;
  return k;
}

/** A segment worth drawing: it lasts, on one axis or the other (a run may be an instant). */
export const lasts = (s: Segment): boolean =>
  s.kind === 'running' || s.end > s.start + EPS || s.endSlot > s.startSlot + EPS;
