/**
 * Swimlane timeline model: turns a simulation trace into lanes (one per task) made of state
 * segments, plus arrows (spawn, wake, fan-in). Pure data, no DOM.
 *
 * Positions are kept in three coordinate systems:
 *  - virtual time (`start`/`end`, seconds);
 *  - step boundaries (`startStep`/`endStep`): step k occupies [k, k+1), so a cursor at step k
 *    falls in a segment when startStep <= k < endStep;
 *  - slots (`startSlot`/`endSlot`): the step axis. Every step gets one slot, and every time the
 *    loop idles while virtual time advances (waiting for a timer) gets one "idle" slot, so
 *    sleeping stays visible on the step axis.
 */
import { actorTask, isCancelWhy, type Why } from '../trace/why';
import type { ConformanceTrace, FrameView, UiTrace } from '../trace/types';
import { SyncHistory, type SyncState } from '../trace/sync';
import { frameBars, type FrameBar } from './nested';
import { columnsBuilder, COLUMNS_AHEAD } from './lane-columns';
import { threadLanes } from './thread-lanes';
import { processLanes } from './process-lanes';
import type { SideKind } from './side-lanes';

export type SegmentKind = 'running' | 'ready' | 'sleeping' | 'waiting' | 'blocked-sync' | 'frozen';
export type EndKind = 'done' | 'cancelled' | 'failed' | 'pending';
export type LaneState = SegmentKind | 'not-created' | 'done' | 'cancelled' | 'failed' | 'pending';

export interface Segment {
  kind: SegmentKind;
  /** Virtual time, seconds. */
  start: number;
  end: number;
  /** Step boundaries: the segment covers steps startStep .. endStep-1. */
  startStep: number;
  endStep: number;
  /** Step-axis slot range. */
  startSlot: number;
  endSlot: number;
  /** For 'running': the step index. */
  step?: number;
  /** What the task waits on ('Task-3', 'gather', 'Lock', 'Future', ...). */
  on?: string;
  /** 'func:line' where the task is (running: where it resumed). */
  at?: string | null;
  /** For 'running': where the step left the task ('func:line' or 'done'). */
  to?: string | null;
  /** For 'sleeping': wake-up time. */
  until?: number;
  /** For 'running' steps that made a blocking call, and for 'frozen': what froze the loop. */
  blocking?: string;
  /** For 'running': the true cause of the step, when the trace records it. */
  why?: Why;
  /**
   * For the states after a step: the awaited call of the user's program (`say_after(1, 'hello')`),
   * the outermost frame below the task's own coroutine on its await chain, else the task's own call.
   */
  call?: string;
  /** For the states after a step: that step (its recorded frames describe the task meanwhile). */
  afterStep?: number;
  /** For 'blocked-sync': the state of the object it waits on, when the trace records it. */
  sync?: SyncState;
}

export interface Lane {
  index: number;
  name: string;
  coro: string;
  /** Final state as in the trace: finished / cancelled / exception X / pending. */
  state: string;
  end: EndKind;
  /** Exception class when end === 'failed'. */
  exception?: string;
  /** Why it ended, when it ended cancelled and the trace records who cancelled it. */
  endWhy?: Why;
  parent: string | null;
  /** Nesting depth in the creation tree (0 = top level). */
  depth: number;
  created: number;
  done: number | null;
  /** Step boundary where the lane appears. */
  createdStep: number;
  createdSlot: number;
  /** Step boundary / slot / time of the end mark (null while pending). */
  doneStep: number | null;
  doneSlot: number | null;
  doneTime: number | null;
  /** Indexes of the steps this task ran. */
  steps: number[];
  segments: Segment[];
  /** Its await chain over time below its own coroutine (for nested bars; empty without recorded frames). */
  frameBars?: FrameBar[];
  /** A sub-row of a lane opened into nested bars: the chain depth it shows (set by the layout). */
  sub?: number;
  /** A lane standing for a group of alike tasks (set by the layout, see groups.ts). */
  group?: LaneGroup;
  /**
   * A thread's lane (thread-lanes.ts), after the task lanes: the threads' header row, the main
   * thread's (the event loop's), or another thread's; or a process's (process-lanes.ts), after
   * those: their header row, the program's own process, a child. Absent for a task's lane.
   */
  thread?: SideKind;
  /** A task of an event loop run by a thread other than the main one: that thread's lane name (its lane goes under it). */
  loopThread?: string;
}

/** The tasks a group lane stands for. */
interface LaneGroup {
  /** Stable key of the group (its coroutine and shape), for opening and closing it. */
  key: string;
  /** Model indexes of its tasks, in model order. */
  members: number[];
  /** Whether it is open (its tasks follow as lanes of their own). */
  open: boolean;
}

export interface Arrow {
  kind: 'spawn' | 'wake' | 'fan-in' | 'cancel';
  from: number;
  to: number;
  fromTime: number;
  toTime: number;
  fromStep: number;
  toStep: number;
  fromSlot: number;
  toSlot: number;
}

export interface StepInfo {
  task: string;
  lane: number;
  t: number;
  /** Virtual time when the step ended (later than t only when a blocking call froze the loop). */
  tEnd: number;
  iteration: number;
  at: string | null;
  to: string | null;
  /** Slot of this step on the step axis. */
  slot: number;
}

export interface IdleSlot {
  slot: number;
  from: number;
  to: number;
  /** The step that follows the idle period (steps.length for the trailing one). */
  beforeStep: number;
}

export interface FrozenSpan {
  t: number;
  seconds: number;
  what: string;
  /** Step that made the blocking call, when it ran inside a task step. */
  step: number | null;
  lane: number | null;
  startSlot: number;
  endSlot: number;
}

export interface TimelineModel {
  lanes: Lane[];
  arrows: Arrow[];
  steps: StepInfo[];
  idle: IdleSlot[];
  frozen: FrozenSpan[];
  /** Virtual end time. */
  end: number;
  stepCount: number;
  slotCount: number;
  iterations: number;
  error: string | null;
  stdout: { t: number; text: string }[];
  /** Warnings at their time and line, with the step running then (-1: before the first step). */
  warnings: { t: number; text: string; line: number | null; step: number }[];
  /** Source lines (1-based index: lines[n - 1]) when the source was given. */
  lines: string[] | null;
  /** Each asyncio.run of the program, in order (empty for traces that do not say). */
  runs: RunMark[];
  /** Each step's recorded frames (BuildOptions.frames): tooltips then list the task's frames and locals. */
  frames?: (FrameView[] | undefined)[];
  /** The asyncio doctor's findings to mark on the axis (BuildOptions.doctor). */
  doctor?: DoctorMark[];
}

/** A finding of the asyncio doctor, marked on the axis at the time it began to cost. */
export interface DoctorMark {
  t: number;
  line: number;
  endLine: number;
  /** The finding's sentence, in each language. */
  text: { en: string; ko: string };
}

/** Where an asyncio.run started, and the task numbers its predecessor's shutdown used up. */
interface RunMark {
  /** 1-based: asyncio.run #n. */
  n: number;
  t: number;
  step: number;
  slot: number;
  /** Its main task. */
  task: string;
  /**
   * Task numbers no lane shows between the previous run's tasks and this one's main task
   * (asyncio.run's shutdown makes two tasks of its own), as [first, last]; null when none.
   */
  skipped: [number, number] | null;
}

export interface BuildOptions {
  /** Program source: enables code excerpts in tooltips and better wait classification. */
  source?: string;
  /** Tooltips list each task's frames and locals (the app; exports leave them out). */
  frames?: boolean;
  /** The steps whose details record sync states, when known (spares a pass over every step's details). */
  syncSteps?: ArrayLike<number>;
  /** The asyncio doctor's findings that have a time (the app's; exports leave them out). */
  doctor?: DoctorMark[];
}

export interface LaneStateAt {
  lane: string;
  state: LaneState;
  /** 'func:line' the task is at (or null). */
  line: string | null;
  waitsOn: string | null;
}

const EPS = 1e-9;
/** Waits that collect several child tasks: drawn with fan-in arrows from the children. */
const FAN_IN = new Set(['gather', 'TaskGroup', 'wait']);
const SYNC = new Set([
  'Lock',
  'Semaphore',
  'BoundedSemaphore',
  'Queue',
  'PriorityQueue',
  'LifoQueue',
  'Event',
  'Condition',
  'Barrier',
]);

/** Recognise a synchronisation primitive from the awaiting source line (heuristic). */
function syncFromLine(text: string): string | null {
  const s = text.trim();
  if (!/\bawait\b|\basync\s+with\b/.test(s)) return null;
  if (/\bsleep\s*\(/.test(s)) return null;
  if (/\bbarrier\b|\.wait\(\s*\)\s*$/i.test(s) && /barrier/i.test(s)) return 'Barrier';
  if (/cond/i.test(s) && /\.wait(_for)?\(|async\s+with/.test(s)) return 'Condition';
  if (/\bsem|semaphore|limit/i.test(s) && /\.acquire\(|async\s+with/.test(s)) return 'Semaphore';
  if (/\.acquire\(|async\s+with\s+[\w.]*lock/i.test(s)) return 'Lock';
  if (/\.(get|put|join)\(/.test(s) && /\bq\b|queue|\bq\w*\./i.test(s)) return 'Queue';
  if (/\.wait\(\s*\)/.test(s) && /ev|event|flag|done|ready|stop/i.test(s)) return 'Event';
  return null;
}

function lineNo(loc: string | null | undefined): number | null {
  if (!loc) return null;
  const i = loc.lastIndexOf(':');
  if (i < 0) return null;
  const n = Number(loc.slice(i + 1));
  return Number.isFinite(n) ? n : null;
}

/** Count timers at `when` (timers are sorted by time). */
function timersAt(timers: [number, string][], when: number): number {
  let lo = 0;
  let hi = timers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timers[mid][0] < when - EPS) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < timers.length && timers[i][0] <= when + EPS; i++) n++;
  return n;
}

export function buildTimeline(
  result: { trace: ConformanceTrace; ui: UiTrace },
  opts: BuildOptions = {},
): TimelineModel {
  const build = timelineBuilder(result, opts);
  for (;;) {
    const r = build.next();
    if (r.done) return r.value;
  }
}

/** Units of work (steps, segments, ...) between two pauses of timelineBuilder: a few milliseconds. */
const SLICE_WORK = 256;

/**
 * buildTimeline as a generator that pauses every SLICE_WORK units of work, so that the page can
 * build the model of a 100,000-step run in slices between which it stays responsive (see
 * ui/timeline/sliced.ts); it returns the model.
 */
export function* timelineBuilder(
  result: { trace: ConformanceTrace; ui: UiTrace },
  opts: BuildOptions = {},
): Generator<void, TimelineModel, void> {
  let work = 0;
  const { trace, ui } = result;
  const rawSteps = trace.steps;
  const details = ui.details;
  const N = rawSteps.length;
  const lines = opts.source !== undefined ? opts.source.split(/\r?\n/) : null;
  // The synchronisation objects' states, when the trace records them (blocked segments quote them).
  const hasSync = opts.syncSteps ? opts.syncSteps.length > 0 : details.some((d) => d.sync);
  const syncs = hasSync ? new SyncHistory(details, opts.syncSteps) : null;

  // ---- lanes ----
  const lanes: Lane[] = trace.tasks.map((t, i) => {
    let end: EndKind = 'pending';
    let exception: string | undefined;
    if (t.state === 'finished') end = 'done';
    else if (t.state === 'cancelled') end = 'cancelled';
    else if (t.state.startsWith('exception')) {
      end = 'failed';
      exception = t.state.slice('exception'.length).trim() || undefined;
    }
    return {
      index: i,
      name: t.name,
      coro: t.coro,
      state: t.state,
      end,
      exception,
      ...(end === 'cancelled' && ui.ends?.[i] ? { endWhy: ui.ends[i]! } : {}),
      parent: ui.parents[i] ?? null,
      depth: 0,
      created: t.created,
      done: t.done,
      createdStep: 0,
      createdSlot: 0,
      doneStep: null,
      doneSlot: null,
      doneTime: null,
      steps: [],
      segments: [],
    };
  });
  const byName = new Map<string, number[]>();
  for (const l of lanes) {
    const list = byName.get(l.name);
    if (list) list.push(l.index);
    else byName.set(l.name, [l.index]);
  }
  const laneFinished = new Uint8Array(lanes.length);
  const resolve = (name: string): number => {
    const list = byName.get(name);
    if (!list) return -1;
    if (list.length === 1) return list[0];
    for (const i of list) if (!laneFinished[i]) return i;
    return list[list.length - 1];
  };
  const parentIndex = new Int32Array(lanes.length).fill(-1);
  // Newer traces name each step's task and each task's parent by index (names repeat, and change).
  const stepTasks = ui.stepTasks;
  const parentTasks = ui.parentTasks;
  const taskCount = lanes.length;
  for (const l of lanes) {
    const known = parentTasks?.[l.index];
    if (known !== undefined && known >= 0 && known < l.index) {
      parentIndex[l.index] = known;
      l.depth = lanes[known].depth + 1;
      continue;
    }
    if (l.parent === null) continue;
    // The parent was created earlier: pick the last lane with that name before this one.
    const list = byName.get(l.parent);
    if (!list) continue;
    let p = -1;
    for (const i of list) if (i < l.index) p = i;
    parentIndex[l.index] = p;
    if (p >= 0) l.depth = lanes[p].depth + 1;
  }

  // ---- steps ----
  const steps: StepInfo[] = new Array(N);
  /**
   * For a step whose ready snapshot leaves handles out, the first step of the run of such steps
   * it ends (else -1): walking back over them costs no look at each one's details.
   */
  const hiddenFrom = new Int32Array(N);
  /** Each step's frames, taken in this pass (the app's details are decoded a step at a time, when read). */
  const frames: (FrameView[] | undefined)[] | null = opts.frames ? new Array(N) : null;
  for (let k = 0; k < N; k++) {
    if (++work % SLICE_WORK === 0) yield;
    const s = rawSteps[k];
    const d = details[k];
    if (frames) frames[k] = d?.frames;
    hiddenFrom[k] =
      d && (d.readyCount ?? 0) > d.ready.length ? (k > 0 && hiddenFrom[k - 1] >= 0 ? hiddenFrom[k - 1] : k) : -1;
    const known = stepTasks?.[k];
    let lane = known !== undefined && known < taskCount ? known : resolve(s.task);
    if (lane < 0) {
      // A task we do not know (renamed mid-run): give it its own lane.
      lane = lanes.length;
      lanes.push({
        index: lane,
        name: s.task,
        coro: '?',
        state: 'pending',
        end: 'pending',
        parent: null,
        depth: 0,
        created: s.t,
        done: null,
        createdStep: k,
        createdSlot: 0,
        doneStep: null,
        doneSlot: null,
        doneTime: null,
        steps: [],
        segments: [],
      });
      byName.set(s.task, [lane]);
    }
    if (s.to === 'done') laneFinished[lane] = 1;
    lanes[lane].steps.push(k);
    steps[k] = {
      task: s.task,
      lane,
      t: s.t,
      tEnd: s.t,
      iteration: d?.iteration ?? 0,
      at: s.at,
      to: s.to,
      slot: 0,
    };
  }

  // ---- blocking calls ----
  const frozen: FrozenSpan[] = [];
  for (const b of ui.blocks) {
    let lo = 0;
    let hi = N;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid].t <= b.t + EPS) lo = mid + 1;
      else hi = mid;
    }
    let k: number | null = lo - 1;
    if (k < 0 || (k + 1 < N && steps[k + 1].t < b.t + b.seconds - 1e-6)) k = null;
    // A task's final step ends when the task is done: a block after that ran at top level
    // (e.g. time.sleep between two asyncio.run calls).
    if (k !== null && steps[k].to === 'done') {
      const doneAt = lanes[steps[k].lane].done;
      if (doneAt !== null && doneAt < b.t + b.seconds - 1e-6) k = null;
    }
    if (k !== null) steps[k].tEnd = Math.max(steps[k].tEnd, b.t + b.seconds);
    frozen.push({
      t: b.t,
      seconds: b.seconds,
      what: b.what,
      step: k,
      lane: k === null ? null : steps[k].lane,
      startSlot: 0,
      endSlot: 0,
    });
  }

  // ---- slots ----
  const end = Math.max(trace.end, N ? steps[N - 1].tEnd : 0);
  // boundarySlot[b]: slot where step b starts (b = N: the end); hasIdle[b]: an idle slot precedes it.
  const boundarySlot = new Float64Array(N + 1);
  const hasIdle = new Uint8Array(N + 1);
  const idle: IdleSlot[] = [];
  let slot = 0;
  for (let b = 0; b <= N; b++) {
    if (++work % SLICE_WORK === 0) yield;
    const prevEnd = b > 0 ? steps[b - 1].tEnd : 0;
    const tb = b < N ? steps[b].t : end;
    if (tb > prevEnd + EPS) {
      hasIdle[b] = 1;
      idle.push({ slot, from: prevEnd, to: tb, beforeStep: b });
      slot++;
    }
    boundarySlot[b] = slot;
    if (b < N) {
      steps[b].slot = slot;
      slot++;
    }
  }
  const slotCount = slot;
  const slotOf = (b: number, tau: number): number => {
    if (b <= 0 && !hasIdle[0]) return 0;
    const bb = Math.min(Math.max(b, 0), N);
    const s = boundarySlot[bb];
    if (!hasIdle[bb]) return s;
    const prevEnd = bb > 0 ? steps[bb - 1].tEnd : 0;
    const tb = bb < N ? steps[bb].t : end;
    if (tau <= prevEnd + EPS) return s - 1;
    if (tau >= tb - EPS) return s;
    return s - 1 + (tau - prevEnd) / (tb - prevEnd);
  };
  for (const f of frozen) {
    if (f.step !== null) {
      f.startSlot = steps[f.step].slot;
      f.endSlot = f.startSlot + 1;
    } else {
      let lo = 0;
      let hi = N;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (steps[mid].t < f.t + f.seconds - EPS) lo = mid + 1;
        else hi = mid;
      }
      f.startSlot = slotOf(lo, f.t);
      f.endSlot = slotOf(lo, f.t + f.seconds);
    }
  }

  const labelStep = lanes.map((l) => 'step ' + l.name);
  const labelWake = lanes.map((l) => 'wakeup ' + l.name);
  /** First q in [lo, n-1] from which every ready list up to n-1 holds the lane's handle (n if none). */
  const firstQueued = (lane: number, lo: number, n: number, assumeQueued = false): number => {
    const a = labelStep[lane];
    const w = labelWake[lane];
    let q = n - 1;
    let pos = 0;
    while (q >= lo) {
      const d = details[q];
      if (!d) break;
      const r = d.ready;
      let found = -1;
      for (let j = pos; j < r.length; j++) {
        const x = r[j];
        if (x === a || x === w) {
          found = j;
          break;
        }
      }
      if (found >= 0) pos = found;
      else if (assumeQueued && (d.readyCount ?? r.length) > r.length) {
        // Beyond the snapshot window: assume still queued. Earlier snapshots cannot show it
        // either (it only moves forward), so just walk back over truncated snapshots.
        q--;
        return q >= lo && hiddenFrom[q] >= 0 ? Math.max(lo, hiddenFrom[q]) : q + 1;
      } else break;
      q--;
    }
    return q + 1;
  };
  const seg = (
    kind: SegmentKind,
    b0: number,
    t0: number,
    b1: number,
    t1: number,
    extra: Partial<Segment> = {},
  ): Segment => ({
    kind,
    start: t0,
    end: Math.max(t0, t1),
    startStep: b0,
    endStep: Math.max(b0, b1),
    startSlot: slotOf(b0, t0),
    endSlot: Math.max(slotOf(b0, t0), slotOf(b1, t1)),
    ...extra,
  });
  const push = (l: Lane, s: Segment): void => {
    if (s.endStep > s.startStep || s.end > s.start + EPS || s.endSlot > s.startSlot + EPS) l.segments.push(s);
  };
  const lineText = (loc: string | null | undefined): string | null => {
    const n = lineNo(loc);
    return lines && n !== null && n >= 1 && n <= lines.length ? lines[n - 1] : null;
  };

  const arrows: Arrow[] = [];
  const arrow = (
    kind: Arrow['kind'],
    from: number,
    to: number,
    fb: number,
    ft: number,
    tb: number,
    tt: number,
  ): void => {
    arrows.push({
      kind,
      from,
      to,
      fromTime: ft,
      toTime: tt,
      fromStep: fb,
      toStep: tb,
      fromSlot: slotOf(fb, ft),
      toSlot: slotOf(tb, tt),
    });
  };
  const children: number[][] = lanes.map(() => []);
  for (let i = 0; i < lanes.length; i++) if (parentIndex[i] >= 0) children[parentIndex[i]].push(i);
  // Final step of each lane (for wake / fan-in arrows).
  const finalStep = new Int32Array(lanes.length).fill(-1);
  for (const l of lanes) {
    const last = l.steps[l.steps.length - 1];
    if (last !== undefined && steps[last].to === 'done') finalStep[l.index] = last;
  }

  /** The lane called `name` that is alive at step k. */
  const resolveAt = (name: string, k: number): number => {
    const list = byName.get(name);
    if (!list) return -1;
    if (list.length === 1) return list[0];
    for (const i of list) {
      const st = lanes[i].steps;
      if (st.length && st[0] <= k && (finalStep[i] < 0 || finalStep[i] >= lastStepBefore(st, k))) return i;
    }
    return list[0];
  };
  const firstStepAtOrAfter = (t: number): number => {
    let lo = 0;
    let hi = N;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (steps[mid].t < t - EPS) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Latest timer added by step p that is due after the step and no later than `limit`. */
  const newTimer = (p: number, limit: number): number | undefined => {
    const now = details[p]?.timers ?? [];
    const before = p > 0 ? (details[p - 1]?.timers ?? []) : [];
    const from = steps[p].tEnd;
    let lo = 0;
    let hi = now.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (now[mid][0] <= from + EPS) lo = mid + 1;
      else hi = mid;
    }
    let found: number | undefined;
    for (let i = lo; i < now.length && now[i][0] <= limit + EPS;) {
      const w = now[i][0];
      const c = timersAt(now, w);
      if (c > timersAt(before, w)) found = w;
      i += Math.max(1, c);
    }
    return found;
  };
  /** Classify the wait after step p until step n (n = N: until the end). */
  const classify = (l: Lane, p: number, n: number): { kind: SegmentKind; on?: string; until?: number } => {
    const w = details[p]?.waitsOn ?? null;
    if (w === null) return { kind: 'waiting', on: undefined };
    if (byName.has(w) && w !== l.name) return { kind: 'waiting', on: w };
    if (w === 'gather') return { kind: 'waiting', on: 'gather' };
    if (SYNC.has(w)) return { kind: 'blocked-sync', on: w };
    const text = lineText(steps[p].to);
    // The timer the step set up; it may be later than the next step (cancelled / woken early).
    const until = newTimer(p, n < N ? steps[n].t : end) ?? newTimer(p, Infinity);
    if (w === 'sleep' || (text !== null && /\bsleep\s*\(/.test(text)))
      return { kind: 'sleeping', until: until ?? (n < N ? steps[n].t : undefined) };
    if (text !== null) {
      const s = syncFromLine(text);
      if (s) return { kind: 'blocked-sync', on: s };
    }
    if (until !== undefined && w === 'Future' && n < N && until <= steps[n].t + EPS) return { kind: 'sleeping', until };
    return { kind: 'waiting', on: w };
  };

  // Where each step's bar ends: the step after it, or, for a step an eager task's first step ran
  // inside, after that one (the creator's step holds it).
  const stepEndB = new Int32Array(N);
  for (let k = 0; k < N; k++) stepEndB[k] = k + 1;
  const inside = ui.insideSteps ?? [];
  for (let i = inside.length - 1; i >= 0; i--) {
    const [inner, outer] = inside[i];
    if (inner < N && outer < N) stepEndB[outer] = Math.max(stepEndB[outer], stepEndB[inner]);
  }

  // ---- segments ----
  for (const l of lanes) {
    if (++work % SLICE_WORK === 0) yield;
    const runs = l.steps;
    const li = l.index;
    if (runs.length === 0) {
      // Never ran: appears when its parent ran at its creation time.
      let b = 0;
      const pi = parentIndex[li];
      if (pi >= 0) {
        const pr = lanes[pi].steps;
        let cand = -1;
        for (const k of pr) if (steps[k].t <= l.created + EPS) cand = k;
        b = cand >= 0 ? cand + 1 : 0;
      } else {
        while (b < N && steps[b].t < l.created - EPS) b++;
      }
      l.createdStep = b;
      l.createdSlot = slotOf(b, l.created);
      if (l.done !== null) {
        l.doneStep = b;
        l.doneTime = l.done;
        l.doneSlot = slotOf(b, l.done);
      } else {
        push(l, seg('ready', b, l.created, N, end));
      }
      if (pi >= 0) arrow('spawn', pi, li, b, l.created, b, l.created);
      continue;
    }
    // Creation gap: ready until the first step.
    const first = runs[0];
    let createLo = 0;
    if (parentIndex[li] >= 0) {
      const pr = lanes[parentIndex[li]].steps;
      const k = lastStepBefore(pr, first);
      if (k >= 0 && steps[k].t <= l.created + EPS) createLo = k;
    }
    const q0 = firstQueued(li, createLo, first, parentIndex[li] >= 0 && createLo > 0);
    const cb = q0 < first ? q0 + 1 : first;
    l.createdStep = cb;
    const createdT = Math.min(l.created, steps[first].t);
    l.createdSlot = slotOf(cb, createdT);
    push(l, seg('ready', cb, createdT, first, steps[first].t));
    const pi = parentIndex[li];
    if (pi >= 0) arrow('spawn', pi, li, cb, createdT, cb, createdT);

    for (let i = 0; i < runs.length; i++) {
      if (++work % SLICE_WORK === 0) yield;
      const p = runs[i];
      const sp = steps[p];
      const stepWhy = details[p]?.why;
      const pe = stepEndB[p];
      push(
        l,
        seg('running', p, sp.t, pe, sp.tEnd, {
          step: p,
          at: sp.at,
          to: sp.to,
          ...(stepWhy ? { why: stepWhy } : {}),
        }),
      );
      if (sp.to === 'done') {
        l.doneStep = pe;
        l.doneTime = sp.tEnd;
        l.doneSlot = slotOf(pe, sp.tEnd);
        break;
      }
      const n = i + 1 < runs.length ? runs[i + 1] : N;
      const tn = n < N ? steps[n].t : end;
      // What woke it (newer recorders say so), to bound the ready search and draw arrows.
      const cause = n < N ? details[n]?.cause : undefined;
      let wakerLane = -1;
      let wakerStep = -1;
      // A cancellation by a task (or a TaskGroup because a task raised): a cancel arrow from that task's step.
      const why = n < N ? details[n]?.why : undefined;
      const canceller = isCancelWhy(why) ? actorTask(why) : null;
      let cancelStep = -1;
      if (canceller !== null && byName.has(canceller)) {
        const cl = resolveAt(canceller, n);
        if (cl >= 0 && cl !== li) {
          wakerLane = cl;
          wakerStep = cancelStep = lastStepBefore(lanes[cl].steps, n);
        }
      } else if (cause !== undefined && cause !== 'start' && cause !== 'yield' && byName.has(cause)) {
        wakerLane = resolveAt(cause, n);
        if (wakerLane >= 0 && wakerLane !== li) wakerStep = lastStepBefore(lanes[wakerLane].steps, n);
        else wakerLane = -1;
      }
      const c = cause === 'yield' ? { kind: 'ready' as SegmentKind } : classify(l, p, n);
      // Lower bound of when the wake-up got queued (lets the search cross truncated snapshots).
      let lo = p;
      let bounded = false;
      if (wakerStep > lo) {
        lo = wakerStep;
        bounded = true;
      }
      if (c.kind === 'sleeping' && c.until !== undefined) {
        lo = Math.max(lo, firstStepAtOrAfter(c.until));
        bounded = true;
      }
      if (c.kind === 'waiting' && c.on !== undefined && FAN_IN.has(c.on)) {
        for (const ch of children[li]) {
          const d = finalStep[ch];
          if (d > lo && d < n) {
            lo = d;
            bounded = true;
          }
        }
      }
      const q = c.kind === 'ready' ? p : firstQueued(li, Math.min(lo, n), n, bounded);
      if (q === p) {
        push(l, seg('ready', pe, sp.tEnd, n, tn, { at: sp.to, afterStep: p }));
        continue;
      }
      const rb = q < n ? q + 1 : n;
      let wakeT = q < n ? steps[q].t : tn;
      if (c.kind === 'sleeping' && c.until !== undefined) wakeT = Math.min(Math.max(c.until, sp.tEnd), tn);
      const extra: Partial<Segment> = { at: sp.to, afterStep: p };
      const call = awaitedCall(details[p]?.frames);
      if (call !== undefined) extra.call = call;
      if (c.on !== undefined) extra.on = c.on;
      if (c.until !== undefined) extra.until = c.until;
      if (c.kind === 'blocked-sync' && syncs) {
        const so = syncs.waitedBy(p, l.name);
        if (so) extra.sync = so;
      }
      push(l, seg(c.kind, pe, sp.tEnd, Math.max(rb, pe), wakeT, extra));
      push(l, seg('ready', rb, wakeT, n, tn, { at: sp.to, afterStep: p }));
      if (n >= N) break;
      // Who woke it.
      if (cancelStep >= 0) {
        arrow('cancel', wakerLane, li, cancelStep + 1, steps[cancelStep].tEnd, n, tn);
      } else if (c.kind === 'waiting' && c.on !== undefined && FAN_IN.has(c.on)) {
        for (const ch of children[li]) {
          const d = finalStep[ch];
          if (d > p && d < n) arrow('fan-in', ch, li, d + 1, steps[d].tEnd, n, tn);
        }
      } else if (wakerStep < 0 && c.kind === 'waiting' && c.on !== undefined && byName.has(c.on)) {
        const src = (byName.get(c.on) ?? []).find((x) => finalStep[x] > p && finalStep[x] < n);
        if (src !== undefined) arrow('wake', src, li, finalStep[src] + 1, steps[finalStep[src]].tEnd, n, tn);
      } else if (wakerStep >= 0) {
        arrow('wake', wakerLane, li, wakerStep + 1, steps[wakerStep].tEnd, n, tn);
      } else if (cause === undefined && c.kind !== 'sleeping' && q > p && q < n && steps[q].lane !== li) {
        // Older traces without `cause`: whoever ran when the wake-up got queued.
        arrow('wake', steps[q].lane, li, q + 1, steps[q].tEnd, n, tn);
      }
    }
    if (l.doneStep === null && l.done !== null) {
      // Finished without a final step of its own (should not happen): mark at its done time.
      let b = runs[runs.length - 1] + 1;
      while (b < N && steps[b].t < l.done - EPS) b++;
      l.doneStep = b;
      l.doneTime = l.done;
      l.doneSlot = slotOf(b, l.done);
    }
  }

  // ---- frozen loop: other live lanes cannot run during a blocking step ----
  for (const f of frozen) {
    if (f.step === null) continue;
    const k = f.step;
    for (const l of lanes) {
      if (l.index === f.lane) continue;
      const segs = l.segments;
      const i = findSegment(segs, k);
      if (i < 0) continue;
      const s = segs[i];
      if (s.kind === 'running' || s.kind === 'frozen') continue;
      const parts: Segment[] = [];
      const t0 = steps[k].t;
      const t1 = steps[k].tEnd;
      const sl = steps[k].slot;
      if (k > s.startStep || t0 > s.start + EPS)
        parts.push({
          ...s,
          end: Math.max(s.start, Math.min(s.end, t0)),
          endStep: k,
          endSlot: Math.max(s.startSlot, sl),
        });
      parts.push({
        kind: 'frozen',
        start: t0,
        end: t1,
        startStep: k,
        endStep: k + 1,
        startSlot: sl,
        endSlot: sl + 1,
        on: s.on,
        at: s.at,
        blocking: f.what,
      });
      if (s.endStep > k + 1 || s.end > t1 + EPS)
        parts.push({
          ...s,
          start: Math.min(s.end, Math.max(s.start, t1)),
          startStep: k + 1,
          startSlot: Math.min(s.endSlot, sl + 1),
        });
      segs.splice(i, 1, ...parts);
    }
    // On the time axis, nothing but the freeze happens in [t, t + seconds] for the other lanes.
    const T0 = steps[k].t;
    const T1 = steps[k].tEnd;
    for (const l of lanes) {
      if (l.index === f.lane) continue;
      let changed = false;
      for (const s of l.segments) {
        if (s.kind === 'running' || s.kind === 'frozen') continue;
        if (s.end <= T0 + EPS || s.start >= T1 - EPS) continue;
        if (s.start >= T0 - EPS) s.start = Math.min(s.end, T1);
        else s.end = T0;
        if (s.end < s.start) s.end = s.start;
        changed = true;
      }
      if (changed)
        l.segments = l.segments.filter(
          (s) => s.endStep > s.startStep || s.end > s.start + EPS || s.endSlot > s.startSlot + EPS,
        );
    }
    const sk = steps[k].lane;
    for (const s of lanes[sk].segments) if (s.kind === 'running' && s.step === k) s.blocking = f.what;
  }

  // ---- threads: a lane each, after the tasks' ----
  if (ui.threads) {
    const th = ui.threads;
    // A task of a loop another thread runs: its lane goes under that thread's (rows.ts).
    for (let j = 0; j < th.loopTasks.length; j += 2) {
      const l = lanes[th.loopTasks[j]];
      if (l === undefined) continue;
      l.loopThread = th.names[th.loopTasks[j + 1]];
      // Indented under the thread's lane.
      l.depth += 1;
    }
    // The main thread runs an event loop when one of its tasks took a step.
    const mainLoop = steps.some((st) => lanes[st.lane]?.loopThread === undefined);
    lanes.push(...threadLanes(th, lanes.length, { steps, idle, frozen, end, lines, slotOf }, mainLoop));
  }
  // ---- processes: a lane each, after the threads' ----
  if (ui.processes)
    lanes.push(...processLanes(ui.processes, lanes.length, { steps, idle, frozen, end, lines, slotOf }));

  for (const l of lanes) {
    l.frameBars = yield* frameBars(l.steps, N, details, SLICE_WORK);
    work += l.steps.length + 1;
    if (work >= SLICE_WORK) {
      work = 0;
      yield;
    }
  }
  // The layout reads a big lane's segments as columns: made here, in slices, rather than at its first draw.
  for (const l of lanes) if (l.segments.length > COLUMNS_AHEAD) yield* columnsBuilder(l.segments);

  return {
    lanes,
    arrows,
    steps,
    idle,
    frozen,
    end,
    stepCount: N,
    slotCount,
    iterations: ui.iterations,
    error: trace.error,
    stdout: trace.stdout,
    warnings: trace.warnings.map((w, i) => ({
      t: w.t,
      text: w.text,
      line: w.line ?? null,
      step: ui.warningSteps?.[i] ?? -1,
    })),
    lines,
    ...(opts.doctor?.length ? { doctor: opts.doctor } : {}),
    runs: (ui.runs ?? []).map((r, i): RunMark => {
      const num = (name: string): number | null => {
        const m = /^Task-(\d+)$/.exec(name);
        return m ? Number(m[1]) : null;
      };
      let before = 0;
      for (let k = 0; k < r.tasksBefore && k < trace.tasks.length; k++)
        before = Math.max(before, num(trace.tasks[k].name) ?? 0);
      const first = num(r.task);
      const skipped: [number, number] | null =
        i > 0 && first !== null && first > before + 1 ? [before + 1, first - 1] : null;
      const b = Math.min(r.step, N);
      return { n: i + 1, t: r.t, step: b, slot: slotOf(b, r.t), task: r.task, skipped };
    }),
    ...(frames ? { frames } : {}),
  };
}

/** The awaited call of a task's chain: the frame below its own coroutine, else its own (see Segment.call). */
function awaitedCall(frames: FrameView[] | undefined): string | undefined {
  if (!frames || frames.length === 0) return undefined;
  return (frames.length > 1 ? frames[1] : frames[0]).call;
}

/** The largest step in the sorted list that is < k (-1 if none). */
function lastStepBefore(list: number[], k: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : -1;
}

/** Index of the segment covering step k (startStep <= k < endStep), or -1. */
function findSegment(segs: Segment[], k: number): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid].endStep <= k) lo = mid + 1;
    else hi = mid;
  }
  // Skip zero-length segments that sit on the boundary.
  for (let i = lo; i < segs.length && segs[i].startStep <= k; i++) {
    if (segs[i].startStep <= k && k < segs[i].endStep) return i;
  }
  return -1;
}

/** Each task lane's state while step `stepIndex` runs (the thread lanes left out). */
export function stateAt(model: TimelineModel, stepIndex: number): LaneStateAt[] {
  const k = stepIndex;
  const tasks = model.lanes.length && model.lanes[model.lanes.length - 1].thread;
  return (tasks ? model.lanes.filter((l) => !l.thread) : model.lanes).map((l) => {
    if (k < l.createdStep) return { lane: l.name, state: 'not-created', line: null, waitsOn: null };
    if (l.doneStep !== null && k >= l.doneStep) {
      const last = l.steps[l.steps.length - 1];
      const line = last !== undefined ? model.steps[last].at : null;
      return { lane: l.name, state: l.end === 'pending' ? 'done' : l.end, line, waitsOn: null };
    }
    const i = findSegment(l.segments, k);
    if (i < 0) return { lane: l.name, state: l.end === 'pending' ? 'pending' : 'ready', line: null, waitsOn: null };
    const s = l.segments[i];
    if (s.kind === 'running') return { lane: l.name, state: 'running', line: s.at ?? null, waitsOn: null };
    return { lane: l.name, state: s.kind, line: s.at ?? null, waitsOn: s.on ?? null };
  });
}
