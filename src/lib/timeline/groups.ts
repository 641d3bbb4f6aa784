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

/**
 * What makes two lanes alike: the coroutine, the sequence of states and how the task ended (the
 * states read from the model's shared columns, `sh`, when it has them: see lane-columns.ts).
 */
function shapeOf(l: Lane, sh: ReturnType<typeof sharedColumns>): string {
  let s = `${l.coro}|${l.end}|${l.depth}|`;
  // (Segments not made yet are the columns' own: lazy-field.ts, unpack-model.ts.)
  if (
    sh &&
    l.index >= 0 &&
    (isUnmade(l, 'segments') || sh.segAt[l.index + 1] - sh.segAt[l.index] === l.segments.length)
  ) {
    const kind = sh.c.kind;
    for (let j = sh.segAt[l.index], end = sh.segAt[l.index + 1]; j < end; j++) s += KIND_PAIRS[kind[j]];
  } else for (const seg of l.segments) s += seg.kind[0] + seg.kind[1];
  return s;
}

/**
 * The lanes to draw: alike lanes replaced by their group's lane (followed by its tasks when the
 * group is open). Lanes not in a group, and charts of `above` lanes or fewer, are left as they are.
 */
export function groupLanes(lanes: Lane[], opt: GroupOption | undefined): Lane[] {
  if (!opt || lanes.length <= opt.above) return lanes;
  const minSize = Math.max(2, opt.minSize ?? 3);
  const byShape = new Map<string, number[]>();
  const sh = sharedColumns(lanes);
  const shapes: (string | null)[] = lanes.map((l, i) => {
    if (l.sub !== undefined || l.index < 0 || l.thread) return null;
    const s = shapeOf(l, sh);
    const list = byShape.get(s);
    if (list) list.push(i);
    else byShape.set(s, [i]);
    return s;
  });
  const open = new Set(opt.open ?? []);
  const out: Lane[] = [];
  const done = new Set<string>();
  for (let i = 0; i < lanes.length; i++) {
    const s = shapes[i];
    const members = s === null ? undefined : byShape.get(s)!;
    if (s === null || members!.length < minSize) {
      out.push(lanes[i]);
      continue;
    }
    if (done.has(s)) continue;
    done.add(s);
    const key = keyOf(lanes[i], s);
    const isOpen = open.has(key);
    out.push(groupLane(lanes, members!, key, isOpen));
    if (isOpen) for (const m of members!) out.push(lanes[m]);
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
