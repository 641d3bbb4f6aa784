/**
 * A timeline model (model.ts) as typed arrays and one string table, built in the worker and
 * transferred to the page (issue 9): a 10,000-task or 100,000-step model crosses as a few dozen
 * buffers, not as hundreds of thousands of objects to clone, and the page makes the model's
 * objects again in slices (unpack-model.ts). The trace's own parts (stdout, the source's lines,
 * each step's frames) do not travel: the page has them already.
 */
import type { EndKind, Lane, SegmentKind, TimelineModel } from './model';
import { KINDS } from './lane-columns';
import { StringTableBuilder, type StringTable } from './string-table';

/** Lane end kinds by code. */
export const ENDS: readonly EndKind[] = ['done', 'cancelled', 'failed', 'pending'];
/** Arrow kinds by code. */
export const ARROWS = ['spawn', 'wake', 'fan-in', 'cancel'] as const;

type Columns<K extends string, A> = Record<K, A>;

/** Per lane; `*At` columns (one more than the lanes) are where each lane's items start in the item columns. */
interface PackedLanes {
  num: Columns<
    'created' | 'done' | 'createdStep' | 'createdSlot' | 'doneStep' | 'doneSlot' | 'doneTime' | 'depth',
    Float64Array
  >;
  /** String codes (string-table.ts). */
  str: Columns<'name' | 'coro' | 'state' | 'exception' | 'endWhy' | 'parent' | 'thread' | 'loopThread', Int32Array>;
  end: Uint8Array;
  stepsAt: Int32Array;
  steps: Int32Array;
  segAt: Int32Array;
  barAt: Int32Array;
}

/** Every lane's segments, lane after lane (NaN: the field is absent). */
interface PackedSegments {
  kind: Uint8Array;
  num: Columns<
    'start' | 'end' | 'startStep' | 'endStep' | 'startSlot' | 'endSlot' | 'step' | 'afterStep' | 'until',
    Float64Array
  >;
  str: Columns<'on' | 'at' | 'to' | 'call' | 'blocking' | 'why' | 'sync', Int32Array>;
}

export interface PackedTimeline {
  strings: StringTable;
  lanes: PackedLanes;
  segments: PackedSegments;
  bars: { depth: Int32Array; call: Int32Array; startStep: Int32Array; endStep: Int32Array };
  steps: {
    lane: Int32Array;
    at: Int32Array;
    to: Int32Array;
    num: Columns<'t' | 'tEnd' | 'iteration' | 'slot', Float64Array>;
  };
  arrows: { kind: Uint8Array; from: Int32Array; to: Int32Array; num: Float64Array };
  /** from, to, slot, beforeStep of each idle slot, four numbers each. */
  idle: Float64Array;
  /** The small parts, as they are. */
  rest: Pick<
    TimelineModel,
    'frozen' | 'end' | 'stepCount' | 'slotCount' | 'iterations' | 'error' | 'warnings' | 'runs' | 'doctor'
  >;
}

const LANE_NUM = [
  'created',
  'done',
  'createdStep',
  'createdSlot',
  'doneStep',
  'doneSlot',
  'doneTime',
  'depth',
] as const;
const LANE_STR = ['name', 'coro', 'state', 'exception', 'endWhy', 'parent', 'thread', 'loopThread'] as const;
export const SEG_NUM = [
  'start',
  'end',
  'startStep',
  'endStep',
  'startSlot',
  'endSlot',
  'step',
  'afterStep',
  'until',
] as const;
export const SEG_STR = ['on', 'at', 'to', 'call', 'blocking', 'why', 'sync'] as const;
/** Segment fields whose strings are JSON values. */
export const SEG_JSON = new Set<string>(['why', 'sync']);
const STEP_NUM = ['t', 'tEnd', 'iteration', 'slot'] as const;
export const ARROW_NUM = ['fromTime', 'toTime', 'fromStep', 'toStep', 'fromSlot', 'toSlot'] as const;

const f64 = <K extends string>(keys: readonly K[], n: number) =>
  Object.fromEntries(keys.map((k) => [k, new Float64Array(n)])) as Columns<K, Float64Array>;
const i32 = <K extends string>(keys: readonly K[], n: number) =>
  Object.fromEntries(keys.map((k) => [k, new Int32Array(n)])) as Columns<K, Int32Array>;
const numOr = (v: number | null | undefined) => (v === null || v === undefined ? NaN : v);
const KIND_CODE = new Map<SegmentKind, number>(KINDS.map((k, i) => [k, i]));

/** `model` packed (its stdout, lines and frames left out: see the file's comment). */
export function packTimeline(model: TimelineModel): PackedTimeline {
  const st = new StringTableBuilder();
  const { lanes, steps } = model;
  const L = lanes.length;
  let nSeg = 0;
  let nBar = 0;
  let nRun = 0;
  for (const l of lanes) {
    nSeg += l.segments.length;
    nBar += l.frameBars?.length ?? 0;
    nRun += l.steps.length;
  }
  const pl: PackedLanes = {
    num: f64(LANE_NUM, L),
    str: i32(LANE_STR, L),
    end: new Uint8Array(L),
    stepsAt: new Int32Array(L + 1),
    steps: new Int32Array(nRun),
    segAt: new Int32Array(L + 1),
    barAt: new Int32Array(L + 1),
  };
  const ps: PackedSegments = { kind: new Uint8Array(nSeg), num: f64(SEG_NUM, nSeg), str: i32(SEG_STR, nSeg) };
  const bars = {
    depth: new Int32Array(nBar),
    call: new Int32Array(nBar),
    startStep: new Int32Array(nBar),
    endStep: new Int32Array(nBar),
  };
  let si = 0;
  let bi = 0;
  let ri = 0;
  for (let i = 0; i < L; i++) {
    const l: Lane = lanes[i];
    for (const k of LANE_NUM) pl.num[k][i] = numOr(l[k]);
    pl.str.name[i] = st.code(l.name);
    pl.str.coro[i] = st.code(l.coro);
    pl.str.state[i] = st.code(l.state);
    pl.str.exception[i] = st.code(l.exception);
    pl.str.endWhy[i] = st.json(l.endWhy);
    pl.str.parent[i] = st.code(l.parent);
    pl.str.thread[i] = st.code(l.thread);
    pl.str.loopThread[i] = st.code(l.loopThread);
    pl.end[i] = ENDS.indexOf(l.end);
    pl.stepsAt[i] = ri;
    for (const k of l.steps) pl.steps[ri++] = k;
    pl.segAt[i] = si;
    for (const s of l.segments) {
      ps.kind[si] = KIND_CODE.get(s.kind)!;
      for (const k of SEG_NUM) ps.num[k][si] = numOr(s[k]);
      ps.str.on[si] = st.code(s.on);
      ps.str.at[si] = st.code(s.at);
      ps.str.to[si] = st.code(s.to);
      ps.str.call[si] = st.code(s.call);
      ps.str.blocking[si] = st.code(s.blocking);
      ps.str.why[si] = st.json(s.why);
      ps.str.sync[si] = st.json(s.sync);
      si++;
    }
    pl.barAt[i] = bi;
    for (const b of l.frameBars ?? []) {
      bars.depth[bi] = b.depth;
      bars.call[bi] = st.code(b.call);
      bars.startStep[bi] = b.startStep;
      bars.endStep[bi] = b.endStep;
      bi++;
    }
  }
  pl.stepsAt[L] = ri;
  pl.segAt[L] = si;
  pl.barAt[L] = bi;

  const N = steps.length;
  const ps2 = { lane: new Int32Array(N), at: new Int32Array(N), to: new Int32Array(N), num: f64(STEP_NUM, N) };
  for (let k = 0; k < N; k++) {
    const s = steps[k];
    ps2.lane[k] = s.lane;
    ps2.at[k] = st.code(s.at);
    ps2.to[k] = st.code(s.to);
    for (const f of STEP_NUM) ps2.num[f][k] = s[f];
  }
  const A = model.arrows.length;
  const arrows = {
    kind: new Uint8Array(A),
    from: new Int32Array(A),
    to: new Int32Array(A),
    num: new Float64Array(A * ARROW_NUM.length),
  };
  model.arrows.forEach((a, i) => {
    arrows.kind[i] = ARROWS.indexOf(a.kind);
    arrows.from[i] = a.from;
    arrows.to[i] = a.to;
    ARROW_NUM.forEach((f, j) => (arrows.num[i * ARROW_NUM.length + j] = a[f]));
  });
  const idle = new Float64Array(model.idle.length * 4);
  model.idle.forEach((d, i) => idle.set([d.from, d.to, d.slot, d.beforeStep], i * 4));
  const { frozen, end, stepCount, slotCount, iterations, error, warnings, runs, doctor } = model;
  return {
    strings: st.finish(),
    lanes: pl,
    segments: ps,
    bars,
    steps: ps2,
    arrows,
    idle,
    rest: { frozen, end, stepCount, slotCount, iterations, error, warnings, runs, doctor },
  };
}

/** The buffers of a packed model, to transfer rather than copy. */
export function transferables(p: PackedTimeline): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const walk = (v: unknown) => {
    if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const x of Object.values(v)) walk(x);
  };
  walk({ ...p, rest: null });
  return out;
}
