/**
 * A lane's segments as columns of typed arrays, made once per lane and kept: the layout reads
 * a 100,000-step lane's 200,000 segments at every zoom, and walking typed arrays is many times
 * faster than walking that many objects of a dozen shapes (issue 9: no task over 100 ms).
 */

/** The segment kinds by code (model.ts SegmentKind): KINDS[kind[i]] is segment i's kind. */
export const KINDS = ['running', 'ready', 'sleeping', 'waiting', 'blocked-sync', 'frozen'] as const;
const CODE = new Map<string, number>(KINDS.map((k, i) => [k, i]));

/** What the columns hold of a segment (model.ts Segment). */
interface SegmentExtent {
  kind: string;
  start: number;
  end: number;
  startSlot: number;
  endSlot: number;
  startStep: number;
  endStep: number;
}

export interface LaneColumns {
  length: number;
  kind: Uint8Array;
  start: Float64Array;
  end: Float64Array;
  startSlot: Float64Array;
  endSlot: Float64Array;
  startStep: Float64Array;
  endStep: Float64Array;
}

/** Lanes with more segments than this have their columns made while the model is built (see model.ts). */
export const COLUMNS_AHEAD = 4096;

/** Keyed by the segments list (the model never changes it once built). */
const made = new WeakMap<readonly SegmentExtent[], LaneColumns>();

/** The columns of a lane's segments (made now if they were not made while the model was built). */
export function laneColumns(segments: readonly SegmentExtent[]): LaneColumns {
  const build = columnsBuilder(segments);
  for (;;) {
    const r = build.next();
    if (r.done) return r.value;
  }
}

/** laneColumns as a generator that pauses every COLUMNS_AHEAD segments (see model.ts timelineBuilder). */
export function* columnsBuilder(segments: readonly SegmentExtent[]): Generator<void, LaneColumns, void> {
  let c = made.get(segments);
  if (c) return c;
  const n = segments.length;
  c = {
    length: n,
    kind: new Uint8Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    startSlot: new Float64Array(n),
    endSlot: new Float64Array(n),
    startStep: new Float64Array(n),
    endStep: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    if (i % COLUMNS_AHEAD === COLUMNS_AHEAD - 1) yield;
    const s = segments[i];
    c.kind[i] = CODE.get(s.kind)!;
    c.start[i] = s.start;
    c.end[i] = s.end;
    c.startSlot[i] = s.startSlot;
    c.endSlot[i] = s.endSlot;
    c.startStep[i] = s.startStep;
    c.endStep[i] = s.endStep;
  }
  made.set(segments, c);
  return c;
}

/** Gives a lane's segments columns made elsewhere (unpack-model.ts: the packed model's own). */
export function adoptColumns(segments: readonly SegmentExtent[], columns: LaneColumns): void {
  made.set(segments, columns);
}

/** A model's lanes (its `lanes` list) whose segments lie one lane after another in columns (the packed model's): those columns, and where each lane's start (segAt[i] to segAt[i + 1]). */
const shared = new WeakMap<readonly unknown[], { c: LaneColumns; segAt: ArrayLike<number> }>();

/** Says that the segments of `lanes` lie in `columns`, lane i's from segAt[i] to segAt[i + 1] (unpack-model.ts). */
export function shareColumns(lanes: readonly unknown[], columns: LaneColumns, segAt: ArrayLike<number>): void {
  shared.set(lanes, { c: columns, segAt });
}

/** The columns `lanes` (a model's list) share, if unpack-model.ts said so: lane i's segments are items segAt[i] to segAt[i + 1]. */
export function sharedColumns(lanes: readonly unknown[]): { c: LaneColumns; segAt: ArrayLike<number> } | undefined {
  return shared.get(lanes);
}
