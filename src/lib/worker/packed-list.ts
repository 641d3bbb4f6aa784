/**
 * A long list of plain records (the UI trace's per-step details) crosses from the worker to the
 * page as JSON text, one string per slice, and the page decodes an item only when it is read. The
 * page then holds a few hundred strings instead of millions of small objects, which the garbage
 * collector would otherwise walk for hundreds of milliseconds at a time in a 100,000-step run
 * (issue 9: no main-thread task over 100 ms). Items are decoded one at a time, not a slice at a
 * time: a 10,000-task chart reads each task's steps, which lie far apart in the list.
 */
import { arrayView } from '../trace/array-view';

/** `count` items from item `from`: item i is `text` from `ends[i - 1]` (0 for the first) to `ends[i]`. */
export interface PackedSlice {
  from: number;
  count: number;
  text: string;
  ends: Int32Array;
  /** Items JSON would not give back as they are (NaN, infinities, -0, undefined), by index in the slice, sent as they are. */
  odd: [number, unknown][];
}

/** Whether a number comes back from JSON as itself (JSON writes NaN and infinities as null, -0 as 0). */
const jsonExact = (v: number) => Number.isFinite(v) && !Object.is(v, -0);

/** `items` (from item `from` of the list) as one slice. */
export function packItems(items: readonly unknown[], from: number): PackedSlice {
  const ends = new Int32Array(items.length);
  const odd: [number, unknown][] = [];
  let lossy: boolean;
  const check = (_: string, v: unknown) => {
    if (v === undefined || (typeof v === 'number' && !jsonExact(v))) lossy = true;
    return v;
  };
  const parts: string[] = [];
  let end = 0;
  for (let i = 0; i < items.length; i++) {
    lossy = false;
    const json = JSON.stringify(items[i], check);
    if (lossy || json === undefined) odd.push([i, items[i]]);
    else {
      parts.push(json);
      end += json.length;
    }
    ends[i] = end;
  }
  return { from, count: items.length, text: parts.join(''), ends, odd };
}

/**
 * Decoded items kept, by index modulo this: reading an item again soon decodes nothing. The
 * timeline's builder walks back from a step over the steps before it, lane by lane: with 4,096
 * kept (not 256) the first timeline of a 100,000-step run came about 20% sooner in the browser bench.
 */
const CACHE = 4096;

/**
 * The list the slices make, `length` items long: an array (a Proxy over one) whose items are
 * decoded from their slice's text when read. Throws if a slice is missing.
 */
export function unpackedList<T>(length: number, slices: readonly PackedSlice[]): T[] {
  const sorted = [...slices].sort((a, b) => a.from - b.from);
  const size = sorted[0]?.count ?? 1;
  let at = 0;
  for (const s of sorted) {
    if (s.from !== at || (s.count !== size && s.from + s.count !== length)) break;
    at += s.count;
  }
  if (at !== length) throw new Error('a slice of a packed list is missing');
  const odd = sorted.map((s) => (s.odd.length ? new Map(s.odd) : null));
  const cachedAt = new Float64Array(CACHE).fill(-1);
  const cached: unknown[] = new Array(CACHE);
  const item = (i: number): unknown => {
    const slot = i % CACHE;
    if (cachedAt[slot] === i) return cached[slot];
    const k = Math.floor(i / size);
    const s = sorted[k];
    const j = i - k * size;
    const v = odd[k]?.has(j) ? odd[k].get(j) : JSON.parse(s.text.slice(j ? s.ends[j - 1] : 0, s.ends[j]));
    cachedAt[slot] = i;
    cached[slot] = v;
    return v;
  };
  return arrayView(length, item) as T[];
}
