/**
 * Lane groups: in a chart of many lanes, tasks that run the same coroutine and went through the
 * same sequence of states (a gather's 10,000 workers) collapse into one group lane,
 * "worker × 10000", drawn where its first task's lane was. The group lane superposes its tasks'
 * bars (marks/group-bars.ts); an open group is followed by its tasks' own lanes.
 */
import type { Lane } from './model';
import { KINDS, sharedColumns } from './lane-columns';
import { isUnmade, lazyFields, lazySpec } from './lazy-field';

export interface GroupOption {
  /** Group only when the chart has more lanes than this. */
  above: number;
  /** Keys of the groups shown open. */
  open?: readonly string[];
  /** Fewest alike tasks that make a group (default 3). */
  minSize?: number;
}

/** FNV-1a, base 36. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** Each segment kind's first two letters, by its code in the columns (lane-columns.ts). */
const KIND_PAIRS = KINDS.map((k) => k[0] + k[1]);

type Shared = ReturnType<typeof sharedColumns>;

/**
 * Where each lane's sequence of states is read from (`spanOf`): the model's shared columns (`sh`,
 * lane-columns.ts) from `from` to `to`, or its own segments (`from` = -1, `to` their count).
 * (Segments not made yet are the columns' own: lazy-field.ts, unpack-model.ts.)
 */
interface Spans {
  lanes: Lane[];
  sh: Shared;
  from: Int32Array;
  to: Int32Array;
}

function spanOf(S: Spans, i: number): void {
  const { sh } = S;
  const l = S.lanes[i];
  if (
    sh &&
    l.index >= 0 &&
    (isUnmade(l, 'segments') || sh.segAt[l.index + 1] - sh.segAt[l.index] === l.segments.length)
  ) {
    S.from[i] = sh.segAt[l.index];
    S.to[i] = sh.segAt[l.index + 1];
  } else {
    S.from[i] = -1;
    S.to[i] = l.segments.length;
  }
}

/** The two letters that stand for lane i's j-th state: those of KIND_PAIRS, or its segment's kind's first two. */
const pairAt = (S: Spans, i: number, j: number): string =>
  S.from[i] >= 0 ? KIND_PAIRS[S.sh!.c.kind[S.from[i] + j]] : S.lanes[i].segments[j].kind;

/** How many states lane i has. */
const lengthOf = (S: Spans, i: number): number => S.to[i] - Math.max(0, S.from[i]);

/**
 * What makes two lanes alike: the coroutine, the sequence of states and how the task ended. The
 * string is made only for a group's first lane (its key); lanes are grouped by shapeHash and alike.
 */
function shapeOf(S: Spans, i: number): string {
  const l = S.lanes[i];
  let s = `${l.coro}|${l.end}|${l.depth}|`;
  for (let j = 0, n = lengthOf(S, i); j < n; j++) {
    const k = pairAt(S, i, j);
    s += k[0] + k[1];
  }
  return s;
}

const FNV_PRIME = 0x01000193;

/** FNV-1a over a string's UTF-16 units, from `h`. */
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** A kind's code for hashing: its KINDS index, or a number made of its first two letters. */
function kindCode(kind: string): number {
  const i = KIND_PAIRS.indexOf(kind[0] + kind[1]);
  return i >= 0 ? i : 64 + ((kind.charCodeAt(0) << 16) | (kind.charCodeAt(1) || 0));
}

/**
 * A number for lane i's shape, the same for alike lanes (shapeOf's string, without making it:
 * 10,000 lanes' strings were most of the grouping's time and garbage).
 */
function shapeHash(S: Spans, i: number, coroHash: Map<string, number>): number {
  const l = S.lanes[i];
  let h = coroHash.get(l.coro);
  if (h === undefined) coroHash.set(l.coro, (h = mix(0x811c9dc5, l.coro)));
  h = Math.imul(mix(h, `${l.end}`) ^ (l.depth | 0), FNV_PRIME);
  const from = S.from[i];
  if (from >= 0) {
    const kind = S.sh!.c.kind;
    for (let j = from, to = S.to[i]; j < to; j++) h = Math.imul(h ^ kind[j], FNV_PRIME);
  } else for (const seg of l.segments) h = Math.imul(h ^ kindCode(seg.kind), FNV_PRIME);
  return h;
}

/** Whether lanes i and k are alike (their shapeOf strings are equal). */
function alike(S: Spans, i: number, k: number): boolean {
  const a = S.lanes[i];
  const b = S.lanes[k];
  if (a.coro !== b.coro || `${a.end}` !== `${b.end}` || `${a.depth}` !== `${b.depth}`) return false;
  const n = lengthOf(S, i);
  if (n !== lengthOf(S, k)) return false;
  if (S.from[i] >= 0 && S.from[k] >= 0) {
    const kind = S.sh!.c.kind;
    for (let x = S.from[i], y = S.from[k], end = x + n; x < end; x++, y++)
      if (KIND_PAIRS[kind[x]] !== KIND_PAIRS[kind[y]]) return false;
    return true;
  }
  for (let j = 0; j < n; j++) {
    const p = pairAt(S, i, j);
    const q = pairAt(S, k, j);
    if (p[0] !== q[0] || p[1] !== q[1]) return false;
  }
  return true;
}

/**
 * The lanes to draw: alike lanes replaced by their group's lane (followed by its tasks when the
 * group is open). Lanes not in a group, and charts of `above` lanes or fewer, are left as they are.
 */
export function groupLanes(lanes: Lane[], opt: GroupOption | undefined): Lane[] {
  if (!opt || lanes.length <= opt.above) return lanes;
  const minSize = Math.max(2, opt.minSize ?? 3);
  const S: Spans = {
    lanes,
    sh: sharedColumns(lanes),
    from: new Int32Array(lanes.length),
    to: new Int32Array(lanes.length),
  };
  // Each lane's class of alike lanes (-1: never grouped), and each class's lanes in order; the
  // classes of a hash (one, or several that differ).
  const classOf = new Int32Array(lanes.length);
  const classes: number[][] = [];
  const byHash = new Map<number, number | number[]>();
  const coroHash = new Map<string, number>();
  for (let i = 0; i < lanes.length; i++) {
    const l = lanes[i];
    if (l.sub !== undefined || l.index < 0 || l.thread) {
      classOf[i] = -1;
      continue;
    }
    spanOf(S, i);
    const h = shapeHash(S, i, coroHash);
    const seen = byHash.get(h);
    let c = -1;
    if (typeof seen === 'number') {
      if (alike(S, classes[seen][0], i)) c = seen;
    } else if (seen) for (const k of seen) if (c < 0 && alike(S, classes[k][0], i)) c = k;
    if (c < 0) {
      c = classes.length;
      classes.push([]);
      if (seen === undefined) byHash.set(h, c);
      else if (typeof seen === 'number') byHash.set(h, [seen, c]);
      else seen.push(c);
    }
    classes[c].push(i);
    classOf[i] = c;
  }
  const open = new Set(opt.open ?? []);
  const out: Lane[] = [];
  const done = new Uint8Array(classes.length);
  for (let i = 0; i < lanes.length; i++) {
    const c = classOf[i];
    const members = c < 0 ? undefined : classes[c];
    if (!members || members.length < minSize) {
      out.push(lanes[i]);
      continue;
    }
    if (done[c]) continue;
    done[c] = 1;
    const key = keyOf(lanes[i], shapeOf(S, i));
    const isOpen = open.has(key);
    out.push(groupLane(lanes, members, key, isOpen));
    if (isOpen) for (const m of members) out.push(lanes[m]);
  }
  return out;
}

const keyOf = (first: Lane, shape: string): string => `${first.coro}~${hash(shape)}`;

/**
 * The lane standing for a group: its first task's lane, with every member's segments and steps
 * (made when read: the layout reads the members' columns, marks/group-bars.ts).
 */
function groupLane(lanes: Lane[], members: number[], key: string, open: boolean): Lane {
  const first = lanes[members[0]];
  let createdStep = first.createdStep;
  let createdSlot = first.createdSlot;
  let created = first.created;
  for (const m of members) {
    const l = lanes[m];
    createdStep = Math.min(createdStep, l.createdStep);
    createdSlot = Math.min(createdSlot, l.createdSlot);
    created = Math.min(created, l.created);
  }
  const { steps: _steps, segments: _segments, ...rest } = first;
  const lane = {
    ...rest,
    name: `group:${key}`,
    created,
    createdStep,
    createdSlot,
    frameBars: [],
    group: { key, members: members.map((m) => lanes[m].index), open },
  } as Omit<Lane, 'steps' | 'segments'> as Lane;
  lazyFields(
    lane,
    lazySpec<Lane>(['steps', 'segments'], (_, k) =>
      k === 'steps' ? members.flatMap((m) => lanes[m].steps) : members.flatMap((m) => lanes[m].segments),
    ),
  );
  return lane;
}

/** How many segments a lane has (a group lane's without making them); `lanes` is the model's. */
export function segmentCount(l: Lane, lanes: readonly Lane[]): number {
  if (!l.group || !isUnmade(l, 'segments')) return l.segments.length;
  const sh = sharedColumns(lanes);
  let n = 0;
  for (const m of l.group.members) {
    const member = lanes[m];
    n += sh && isUnmade(member, 'segments') ? sh.segAt[m + 1] - sh.segAt[m] : member.segments.length;
  }
  return n;
}
