/**
 * The page's side of packed-model.ts: makes the model's objects again from the worker's typed
 * arrays, as a generator that pauses every SLICE items (run in slices by ui/timeline/sliced.ts,
 * so that no task of the page runs long). A long lane's segments and frame bars are made only
 * when read (lazy-list.ts), and its segment columns are the packed ones themselves
 * (lane-columns.ts adoptColumns): the layout reads them without a copy. A short lane's segments
 * and every lane's steps are made when first read too (lazy-field.ts), and so is each of the
 * model's steps, whose times and slots the scans read as the packed columns (model-columns.ts).
 */
import type { FrameView } from '../trace/types';
import type { Arrow, IdleSlot, Lane, Segment, StepInfo, TimelineModel } from './model';
import type { FrameBar } from './nested';
import { adoptColumns, shareColumns, COLUMNS_AHEAD, KINDS, type LaneColumns } from './lane-columns';
import { ARROW_NUM, ARROWS, ENDS, SEG_JSON, SEG_NUM, SEG_STR, type PackedTimeline } from './packed-model';
import { ABSENT, StringTableReader } from './string-table';
import { lazyList } from './lazy-list';
import { lazyFields, lazySpec } from './lazy-field';
import { adoptModelColumns } from './model-columns';

/** Items (lanes, frame bars, arrows, idle slots) made between two pauses: a millisecond or two. */
const SLICE = 512;

/** What the page has of the run already and the packed model leaves out. */
export interface UnpackParts {
  stdout: TimelineModel['stdout'];
  /** The program's source (for the model's lines), if the chart is given it. */
  source?: string;
  /** Each step's recorded frames, read when a tooltip asks (BuildOptions.frames). */
  frames?: (k: number) => FrameView[] | undefined;
}

const orNull = (v: number) => (Number.isNaN(v) ? null : v);

/** The model `p` stands for, with the parts the page has. */
export function* unpackTimeline(p: PackedTimeline, parts: UnpackParts): Generator<void, TimelineModel, void> {
  const S = new StringTableReader(p.strings);
  const pl = p.lanes;
  const ps = p.segments;
  const L = pl.end.length;
  let work = 0;
  const tick = () => ++work % SLICE === 0;

  /** A lane's steps, and a short lane's segments, made when read (lazy-field.ts): one maker for all. */
  const makeField = (l: object, key: string): unknown => {
    const i = (l as Lane).index;
    if (key === 'steps') return Array.from(pl.steps.subarray(pl.stepsAt[i], pl.stepsAt[i + 1]));
    const segs: Segment[] = new Array(pl.segAt[i + 1] - pl.segAt[i]);
    for (let j = pl.segAt[i]; j < pl.segAt[i + 1]; j++) segs[j - pl.segAt[i]] = segment(j);
    return segs;
  };
  const stepsOnly = lazySpec(['steps'], makeField);
  const stepsAndSegments = lazySpec(['steps', 'segments'], makeField);
  const lanes: Lane[] = new Array(L);
  for (let i = 0; i < L; i++) {
    if (tick()) yield;
    const n = pl.num;
    const lane = {
      index: i,
      name: S.str(pl.str.name[i])!,
      coro: S.str(pl.str.coro[i])!,
      state: S.str(pl.str.state[i])!,
      end: ENDS[pl.end[i]],
      exception: S.str(pl.str.exception[i]) ?? undefined,
      parent: S.str(pl.str.parent[i]) ?? null,
      depth: n.depth[i],
      created: n.created[i],
      done: orNull(n.done[i]),
      createdStep: n.createdStep[i],
      createdSlot: n.createdSlot[i],
      doneStep: orNull(n.doneStep[i]),
      doneSlot: orNull(n.doneSlot[i]),
      doneTime: orNull(n.doneTime[i]),
      frameBars: [],
    } as Omit<Lane, 'steps' | 'segments'> as Lane;
    // Made when read: the chart of 10,000 grouped lanes reads few of them. (A long lane's
    // segments are a lazy list of their own, below.)
    if (pl.segAt[i + 1] - pl.segAt[i] > COLUMNS_AHEAD) {
      lazyFields(lane, stepsOnly);
      lane.segments = [];
    } else lazyFields(lane, stepsAndSegments);
    const endWhy = S.json<Lane['endWhy']>(pl.str.endWhy[i]);
    if (endWhy) lane.endWhy = endWhy;
    const thread = S.str(pl.str.thread[i]);
    if (thread) lane.thread = thread as Lane['thread'];
    const loopThread = S.str(pl.str.loopThread[i]);
    if (loopThread) lane.loopThread = loopThread;
    lanes[i] = lane;
  }

  /** Segment j of the packed columns as the model's object. */
  const segment = (j: number): Segment => {
    const s: Record<string, unknown> = { kind: KINDS[ps.kind[j]] };
    for (const k of SEG_NUM) {
      const v = ps.num[k][j];
      if (!Number.isNaN(v)) s[k] = v;
    }
    for (const k of SEG_STR) {
      const c = ps.str[k][j];
      if (c === ABSENT) continue;
      s[k] = SEG_JSON.has(k) ? S.json(c) : S.str(c);
    }
    return s as unknown as Segment;
  };
  const { depth, call, startStep, endStep } = p.bars;
  const bar = (j: number): FrameBar => ({
    depth: depth[j],
    call: S.str(call[j])!,
    startStep: startStep[j],
    endStep: endStep[j],
  });

  /** The segment columns of every lane, one after another. */
  const columns: LaneColumns = {
    length: ps.kind.length,
    kind: ps.kind,
    start: ps.num.start,
    end: ps.num.end,
    startSlot: ps.num.startSlot,
    endSlot: ps.num.endSlot,
    startStep: ps.num.startStep,
    endStep: ps.num.endStep,
  };
  for (let i = 0; i < L; i++) {
    const a = pl.segAt[i];
    const b = pl.segAt[i + 1];
    if (b - a > COLUMNS_AHEAD) {
      // A long lane: its segments are made when read, and the layout reads the packed columns.
      const segs = lazyList(b - a, (j) => segment(a + j));
      lanes[i].segments = segs;
      adoptColumns(segs, {
        length: b - a,
        kind: ps.kind.subarray(a, b),
        start: ps.num.start.subarray(a, b),
        end: ps.num.end.subarray(a, b),
        startSlot: ps.num.startSlot.subarray(a, b),
        endSlot: ps.num.endSlot.subarray(a, b),
        startStep: ps.num.startStep.subarray(a, b),
        endStep: ps.num.endStep.subarray(a, b),
      });
    }
    const c = pl.barAt[i];
    const d = pl.barAt[i + 1];
    if (d - c > COLUMNS_AHEAD) lanes[i].frameBars = lazyList(d - c, (j) => bar(c + j));
    else {
      const bars: FrameBar[] = [];
      for (let j = c; j < d; j++) {
        if (tick()) yield;
        bars.push(bar(j));
      }
      lanes[i].frameBars = bars;
    }
  }

  // (Group lanes read their tasks' states from these columns in place: groups.ts, marks/group-bars.ts.)
  shareColumns(lanes, columns, pl.segAt);

  // Each step's object is made when read (the page reads those it steps to); the scans of every
  // step read the packed columns (model-columns.ts).
  const ps2 = p.steps;
  const N = ps2.lane.length;
  const steps = lazyList(N, (k): StepInfo => {
    const lane = ps2.lane[k];
    return {
      task: lanes[lane].name,
      lane,
      t: ps2.num.t[k],
      tEnd: ps2.num.tEnd[k],
      iteration: ps2.num.iteration[k],
      at: S.str(ps2.at[k]) ?? null,
      to: S.str(ps2.to[k]) ?? null,
      slot: ps2.num.slot[k],
    };
  });

  const pa = p.arrows;
  const W = ARROW_NUM.length;
  const arrows: Arrow[] = new Array(pa.kind.length);
  for (let i = 0; i < arrows.length; i++) {
    if (tick()) yield;
    const a = { kind: ARROWS[pa.kind[i]], from: pa.from[i], to: pa.to[i] } as Arrow;
    for (let j = 0; j < W; j++) a[ARROW_NUM[j]] = pa.num[i * W + j];
    arrows[i] = a;
  }
  // The idle slots likewise (a timer loop idles between each two of its steps).
  const nIdle = p.idle.length / 4;
  const idleCols = { slot: new Float64Array(nIdle), from: new Float64Array(nIdle), to: new Float64Array(nIdle) };
  for (let i = 0; i < nIdle; i++) {
    idleCols.from[i] = p.idle[4 * i];
    idleCols.to[i] = p.idle[4 * i + 1];
    idleCols.slot[i] = p.idle[4 * i + 2];
  }
  const idle = lazyList(nIdle, (i): IdleSlot => ({
    from: p.idle[4 * i],
    to: p.idle[4 * i + 1],
    slot: p.idle[4 * i + 2],
    beforeStep: p.idle[4 * i + 3],
  }));
  adoptModelColumns({ steps, stepColumns: { t: ps2.num.t, slot: ps2.num.slot }, idle, idleColumns: idleCols });

  const { frames } = parts;
  return {
    ...p.rest,
    lanes,
    arrows,
    steps,
    idle,
    stdout: parts.stdout,
    lines: parts.source !== undefined ? parts.source.split(/\r?\n/) : null,
    ...(frames ? { frames: lazyFrames(N, frames) } : {}),
  };
}

/** model.frames as an array whose items are read when asked for (the page decodes details a step at a time). */
function lazyFrames(n: number, at: (k: number) => FrameView[] | undefined): (FrameView[] | undefined)[] {
  return new Proxy(new Array<FrameView[] | undefined>(n), {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        const i = +key;
        if (key !== '' && Number.isInteger(i) && i >= 0 && i < n) return at(i);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
