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

/**
 * `list` as slices of about `maxChars` characters of text each (a slice ends with the item that
 * reaches the budget; at least one item each). Few big slices, not one per thousand
 * items: each message the page gets leaves garbage of its own, and a million printed lines in a
 * thousand messages cost the page a 100-200 ms sweep of Blink's heap after the run.
 */
export function packList(list: readonly unknown[], maxChars: number): PackedSlice[] {
  const slices: PackedSlice[] = [];
  let start = 0;
  do {
    const ends: number[] = [];
    const odd: [number, unknown][] = [];
    const parts: string[] = [];
    let end = 0;
    let i = start;
    for (; i < list.length && (i === start || end < maxChars); i++) {
      const json = jsonExactValue(list[i]) ? JSON.stringify(list[i]) : undefined;
      if (json === undefined) odd.push([i - start, list[i]]);
      else {
        parts.push(json);
        end += json.length;
      }
      ends.push(end);
    }
    slices.push({ from: start, count: i - start, text: parts.join(''), ends: Int32Array.from(ends), odd });
    start = i;
  } while (start < list.length);
  return slices;
}

/**
 * Whether JSON gives `v` back as it is, as far as numbers and undefined go (a walk of its own:
 * JSON.stringify with a replacer that checks each value took 3-5 times as long).
 */
function jsonExactValue(v: unknown): boolean {
  if (v === undefined) return false;
  if (typeof v === 'number') return jsonExact(v);
  if (v === null || typeof v !== 'object') return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!jsonExactValue(v[i])) return false;
    return true;
  }
  for (const key in v) if (!jsonExactValue((v as Record<string, unknown>)[key])) return false;
  return true;
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
  let at = 0;
  for (const s of sorted) {
    if (s.from !== at) break;
    at += s.count;
  }
  if (at !== length) throw new Error('a slice of a packed list is missing');
  const starts = sorted.map((s) => s.from);
  const odd = sorted.map((s) => (s.odd.length ? new Map(s.odd) : null));
  const cachedAt = new Float64Array(CACHE).fill(-1);
  const cached: unknown[] = new Array(CACHE);
  /** The slice that holds item i (the last one read, usually). */
  let last = 0;
  const sliceOf = (i: number): number => {
    if (i >= starts[last] && i < starts[last] + sorted[last].count) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return (last = lo);
  };
  const item = (i: number): unknown => {
    const slot = i % CACHE;
    if (cachedAt[slot] === i) return cached[slot];
    const k = sliceOf(i);
    const s = sorted[k];
    const j = i - s.from;
    const v = odd[k]?.has(j) ? odd[k].get(j) : JSON.parse(s.text.slice(j ? s.ends[j - 1] : 0, s.ends[j]));
    cachedAt[slot] = i;
    cached[slot] = v;
    return v;
  };
  return arrayView(length, item) as T[];
}
