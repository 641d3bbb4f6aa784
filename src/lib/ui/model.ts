/**
 * Derives everything the panels need from a run's trace: per-step task states, output so far,
 * iteration boundaries and a one-line narration. Pure functions, shared by the page and the tests.
 */
import type { PackedTimeline } from '../timeline/packed-model';
import type { ConformanceTrace, UiTrace } from '../trace/types';
import type { Why } from '../trace/why';
import { formatSeconds } from '../timeline';
import { blocksInStep } from './step-index';
import { lineOf as stepLineOf } from './location-line';
import { rowStarts } from './output/output-rows';

export type TaskState = 'absent' | 'new' | 'ready' | 'running' | 'waiting' | 'done' | 'cancelled' | 'failed';

interface TaskView {
  name: string;
  coro: string;
  index: number;
  state: TaskState;
  /** `func:line` where the task is (or will resume). */
  at: string | null;
  line: number | null;
  waitsOn: string | null;
}

export interface RunView {
  trace: ConformanceTrace;
  ui: UiTrace;
  /** stdout index → step index after which it is visible (-1: before any step); never decreases. */
  outputStep: Int32Array;
  /**
   * The output panel's rows: the stdout index each row starts at (output-rows.ts rowStarts). Built
   * with the view, in the worker: on the page the printed lines are packed text (worker/packed-list.ts),
   * and reading all of a million lines to find their rows took a 400-500 ms task after the run.
   */
  outputRows: Int32Array;
  /** First step index of every loop iteration that ran a task step, in order. */
  iterationStarts: Int32Array;
  /** Steps that printed something, in order. */
  outputSteps: Int32Array;
  /** Task names that appear in steps → index into trace.tasks. */
  taskIndex: Map<string, number>;
  /** For each step, the index of the same task's previous step (-1 if first). */
  prevOfTask: Int32Array;
  /** For each task, its step indexes, in order (views of taskSteps). */
  stepsOfTask: Int32Array[];
  /**
   * Every task's step indexes, task after task: task k's are taskSteps[taskStepsAt[k]] up to
   * taskSteps[taskStepsAt[k + 1]] (what reads every task's steps reads these, not 10,000 views).
   */
  taskSteps: Int32Array;
  taskStepsAt: Int32Array;
  /** For each step, the index into trace.tasks of the task that ran it. */
  taskOfStep: Int32Array;
  /** Steps whose details record sync states, in order (the sync objects' history is read from these alone). */
  syncSteps: Int32Array;
  /** For each step, how many frames its task's await chain had after it (at most 255; 0 when not recorded). */
  frameDepth: Uint8Array;
  /**
   * For each step, the program line its task is left at (0: none, or done): built with the view,
   * so the editor's task badges (task-lines.ts) never read the steps' locations on the page.
   */
  stepLine: Int32Array;
  /** The run's timeline model, when the worker built it (packed; see timeline/packed-model.ts). */
  timeline?: PackedTimeline;
  /** Step → the step it ran inside (an eager task's first step, inside its creator's). */
  insideOf?: Map<number, number>;
}

function lineOf(loc: string | null | undefined): number | null {
  if (!loc || loc === 'done') return null;
  const m = /:(\d+)$/.exec(loc);
  return m ? Number(m[1]) : null;
}

/**
 * Linear in the trace, with typed arrays throughout: in the large heap of a long run, growing
 * plain arrays of 100,000 numbers costs tens of milliseconds of garbage collection; these cost little.
 */
export function buildRunView(trace: ConformanceTrace, ui: UiTrace): RunView {
  const n = trace.steps.length;
  const steps = trace.steps;
  const details = ui.details;
  const nTasks = trace.tasks.length;
  const outputStep = new Int32Array(trace.stdout.length).fill(-2);
  const starts = new Int32Array(details.length);
  const printed = new Int32Array(details.length);
  const synced = new Int32Array(details.length);
  const frameDepth = new Uint8Array(details.length);
  let nStarts = 0;
  let nPrinted = 0;
  let nSynced = 0;
  let prevIt = -1;
  for (let i = 0; i < details.length; i++) {
    const d = details[i];
    if (d.sync?.length) synced[nSynced++] = i;
    frameDepth[i] = Math.min(255, d.frames?.length ?? 0);
    const out = d.output;
    if (out.length) {
      const at = d.step ?? i;
      for (let j = 0; j < out.length; j++) outputStep[out[j]] = at;
      printed[nPrinted++] = i;
    }
    if (d.iteration !== prevIt) starts[nStarts++] = i;
    prevIt = d.iteration;
  }
  // Output printed after the last step (after asyncio.run returned) shows with the last step.
  let last = -1;
  for (let i = 0; i < outputStep.length; i++) {
    if (outputStep[i] === -2) outputStep[i] = last;
    else last = outputStep[i];
  }
  const taskIndex = new Map<string, number>();
  trace.tasks.forEach((t, i) => taskIndex.set(t.name, i));
  /** Tasks taken by name or by a renamed task's first step, and the first task that may still be free. */
  const claimed = new Uint8Array(nTasks);
  for (const k of taskIndex.values()) claimed[k] = 1;
  let nextFree = 0;
  let prevName = '';
  let prevK = -1;
  let renamed = false;
  const taskOfStep = new Int32Array(n);
  const stepLine = new Int32Array(n);
  for (let i = 0; i < n; i++) stepLine[i] = stepLineOf(steps[i].to);
  const count = new Int32Array(nTasks + 1);
  // Newer traces say which task ran each step (names repeat, and set_name changes them).
  const known = ui.stepTasks && ui.stepTasks.length === n ? ui.stepTasks : null;
  for (let i = 0; i < n; i++) {
    if (known !== null && known[i] < nTasks) {
      taskOfStep[i] = known[i];
      count[known[i] + 1]++;
      // A name the task had before set_name still finds it.
      if (!taskIndex.has(steps[i].task)) taskIndex.set(steps[i].task, known[i]);
      continue;
    }
    const name = steps[i].task;
    if (name !== prevName) {
      let found = taskIndex.get(name);
      if (found === undefined) {
        // A task renamed later: map by order of first appearance among unmatched tasks.
        while (nextFree < nTasks && claimed[nextFree]) nextFree++;
        found = nextFree < nTasks ? nextFree : 0;
        if (found < nTasks) claimed[found] = 1;
        taskIndex.set(name, found);
        renamed = true;
      }
      prevName = name;
      prevK = found;
    }
    taskOfStep[i] = prevK;
    count[prevK + 1]++;
  }
  // Every task's steps in one array, task after task; stepsOfTask[k] is a view of task k's part.
  for (let k = 0; k < nTasks; k++) count[k + 1] += count[k];
  const all = new Int32Array(n);
  const fill = count.slice(0, nTasks);
  const prevOfTask = new Int32Array(n);
  const lastOf = new Int32Array(nTasks).fill(-1);
  for (let i = 0; i < n; i++) {
    const k = taskOfStep[i];
    all[fill[k]++] = i;
    prevOfTask[i] = lastOf[k];
    lastOf[k] = i;
  }
  if (renamed) {
    // A task's previous step is the previous one under the same name.
    const lastByName = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      prevOfTask[i] = lastByName.get(steps[i].task) ?? -1;
      lastByName.set(steps[i].task, i);
    }
  }
  const stepsOfTask: Int32Array[] = [];
  for (let k = 0; k < nTasks; k++) stepsOfTask.push(all.subarray(count[k], count[k + 1]));
  return {
    trace,
    ui,
    outputStep,
    outputRows: rowStarts(trace.stdout),
    iterationStarts: starts.slice(0, nStarts),
    outputSteps: printed.slice(0, nPrinted),
    taskIndex,
    prevOfTask,
    stepsOfTask,
    taskSteps: all,
    taskStepsAt: count,
    taskOfStep,
    syncSteps: synced.slice(0, nSynced),
    frameDepth,
    stepLine,
    ...(ui.insideSteps ? { insideOf: new Map(ui.insideSteps) } : {}),
  };
}

/** Index of the last of `mine` (ascending step indexes) that is <= cursor, or -1. */
function lastAtOrBefore(mine: ArrayLike<number>, cursor: number): number {
  let lo = 0;
  let hi = mine.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mine[mid] <= cursor) lo = mid + 1;
    else hi = mid;
  }
  return lo ? mine[lo - 1] : -1;
}

/**
 * The state of task `k` after step `cursor` has run; `readyLabels` is the ready queue at `cursor`.
 * A step reads this for every row of the task table in view: one object each, and the line of
 * the task's last step from the run's view (stepLine) rather than parsed again from its location.
 */
function taskViewAt(v: RunView, cursor: number, k: number, readyLabels: ReadonlySet<string>): TaskView {
  const { trace, ui } = v;
  const t = trace.tasks[k];
  const lastIdx = lastAtOrBefore(v.stepsOfTask[k], cursor);
  if (lastIdx < 0) {
    const state = readyLabels.has(`step ${t.name}`) ? 'new' : 'absent';
    return { name: t.name, coro: t.coro, index: k, state, at: null, line: null, waitsOn: null };
  }
  // While an eager task's first step runs, its creator is still in the step that created it.
  for (let o = v.insideOf?.get(cursor); o !== undefined; o = v.insideOf?.get(o))
    if (v.taskOfStep[o] === k) {
      const at = trace.steps[o].at;
      return { name: t.name, coro: t.coro, index: k, state: 'running', at, line: lineOf(at), waitsOn: null };
    }
  const s = trace.steps[lastIdx];
  if (s.to === 'done') {
    const state: TaskState =
      t.state === 'cancelled' ? 'cancelled' : t.state.startsWith('exception') ? 'failed' : 'done';
    return { name: t.name, coro: t.coro, index: k, state, at: null, line: null, waitsOn: null };
  }
  const waitsOn = ui.details[lastIdx]?.waitsOn ?? null;
  const state: TaskState = lastIdx === cursor ? 'running' : waitsOn ? 'waiting' : 'ready';
  return { name: t.name, coro: t.coro, index: k, state, at: s.to, line: v.stepLine[lastIdx] || null, waitsOn };
}

/** Task states after step `cursor` has run (tasks `from` to `to` - 1 only, when given). */
export function taskViews(v: RunView, cursor: number, from = 0, to = v.trace.tasks.length): TaskView[] {
  const readyLabels = new Set(v.ui.details[cursor]?.ready ?? []);
  const out: TaskView[] = [];
  const end = Math.min(to, v.trace.tasks.length);
  for (let k = Math.max(0, from); k < end; k++) out.push(taskViewAt(v, cursor, k, readyLabels));
  return out;
}

interface NarrationParts {
  task: string;
  kind: 'start' | 'resume';
  atLine: number | null;
  toLine: number | null;
  done: boolean;
  /** The program stopped during the step (the recorder never ended it). */
  stopped: boolean;
  reason:
    | { kind: 'timer'; t: number }
    | { kind: 'task'; name: string }
    | { kind: 'wake'; what: string }
    | { kind: 'yield' }
    | { kind: 'start' };
  waitsOn: string | null;
  t: number;
  finalState: string;
  /** Blocking calls made during the step (the whole loop froze). */
  blocks: { what: string; seconds: number }[];
  /** The true cause of the step, when the trace records it (newer than `reason`, which guesses). */
  why: Why | null;
}

export function narrationParts(v: RunView, cursor: number): NarrationParts | null {
  const s = v.trace.steps[cursor];
  if (!s) return null;
  const prev = v.prevOfTask[cursor];
  const d = v.ui.details[cursor];
  const k = v.taskIndex.get(s.task) ?? 0;
  let reason: NarrationParts['reason'] = { kind: 'start' };
  if (prev >= 0) {
    const pd = v.ui.details[prev];
    const ps = v.trace.steps[prev];
    const w = pd?.waitsOn ?? null;
    if (!w) reason = { kind: 'yield' };
    else if (v.taskIndex.has(w)) reason = { kind: 'task', name: w };
    else if (s.t > ps.t && /future|sleep/i.test(w)) reason = { kind: 'timer', t: s.t };
    else reason = { kind: 'wake', what: w };
  }
  return {
    task: s.task,
    kind: prev >= 0 ? 'resume' : 'start',
    atLine: lineOf(s.at),
    toLine: lineOf(s.to),
    done: s.to === 'done',
    stopped: s.to === null,
    reason,
    waitsOn: d?.waitsOn ?? null,
    t: s.t,
    finalState: v.trace.tasks[k]?.state ?? 'finished',
    blocks: blocksInStep(v, cursor),
    why: d?.why ?? null,
  };
}

/** Virtual seconds as every panel prints them: the timeline's own format ("1.0 s", "0.25 s"). */
export function formatTime(t: number): string {
  return formatSeconds(t);
}

/** Okabe–Ito palette (colour-blind safe), reordered so neighbours differ strongly. */
const TASK_COLOURS_LIGHT = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#8a7d00', '#555555'];
const TASK_COLOURS_DARK = ['#56B4E9', '#E69F00', '#33c49a', '#e08fc0', '#ff7a33', '#9ad0f0', '#F0E442', '#bbbbbb'];

export function taskColour(i: number, dark: boolean): string {
  const p = dark ? TASK_COLOURS_DARK : TASK_COLOURS_LIGHT;
  return p[i % p.length];
}
