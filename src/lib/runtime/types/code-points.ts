/**
 * Code point facts about a str (a JS string: astral characters are two UTF-16 units, so Python's
 * indices differ from the string's). Asking is O(n) for a string with two-byte characters, and
 * programs ask about the same long string again and again (a parser's loop takes len(), slices and
 * searches its whole buffer at every step), so the answers for the last few long strings are kept,
 * by identity. Imports nothing, so that ops.ts and the type modules can all use it.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

/** Strings shorter than this are counted each time (a cache look-up would cost as much). */
const LONG = 64;
const SLOTS = 8;

interface Facts {
  /** Whether any unit is a surrogate. */
  surrogates: boolean;
  /** len(): the units that are not high surrogates. */
  length: number;
  /** For a string whose surrogates all pair up (or has none): the unit index of each pair's first half; else null. */
  pairs: Int32Array | null;
  /** The string's code points (made when first asked for). */
  points: Int32Array | null;
}

const NO_PAIRS = new Int32Array(0);
const keys: string[] = new Array<string>(SLOTS).fill('');
const facts: Facts[] = new Array<Facts>(SLOTS);
let next = 0;

function countLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

function examine(s: string): Facts {
  if (!SURROGATE.test(s)) return { surrogates: false, length: s.length, pairs: NO_PAIRS, points: null };
  const pairs: number[] = [];
  let paired = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      pairs.push(i);
      i++;
    } else paired = false;
  }
  return { surrogates: true, length: countLength(s), pairs: paired ? Int32Array.from(pairs) : null, points: null };
}

/**
 * Empties the cache (a new run begins). `===` compares strings by content: a later run's buffer equal
 * to one an earlier run left here would be compared unit by unit at every look-up.
 */
export function forgetStrings(): void {
  keys.fill('');
  facts.fill(undefined as unknown as Facts);
  next = 0;
}

/** The facts about a long string, from the cache or examined now (and kept). */
function factsOf(s: string): Facts {
  for (let i = 0; i < SLOTS; i++) if (keys[i] === s) return facts[i];
  const f = examine(s);
  keys[next] = s;
  facts[next] = f;
  next = (next + 1) % SLOTS;
  return f;
}

/** Whether the string has surrogates (so UTF-16 and code point indices may differ). */
export function hasSurrogates(s: string): boolean {
  if (s.length < LONG) return SURROGATE.test(s);
  // One-byte strings (Latin-1) answer the regex at once; the cache is for two-byte ones.
  return factsOf(s).surrogates;
}

/** len() of a str: its units less the high surrogates. */
export function strLength(s: string): number {
  if (s.length < LONG) return countLength(s);
  return factsOf(s).length;
}

/** The unit positions of the surrogate pairs of a long string whose surrogates all pair up, else null. */
export function pairsOf(s: string): Int32Array | null {
  if (s.length < LONG) return null;
  return factsOf(s).pairs;
}

/** The code points of `s`, pairs joined (a lone surrogate stays itself); kept for long strings. */
function codePointsOf(s: string): Int32Array {
  if (s.length < LONG) return toPoints(s);
  const f = factsOf(s);
  return (f.points ??= toPoints(s));
}

/** The buffer shortCodePoints fills (a short string's code points fit). */
const scratch = new Int32Array(LONG);

/**
 * The code points of `s` for a use that is over before the next call: a short string's go into
 * one reused buffer (its entries past them are stale), sparing an allocation per call (a parser
 * matching a pattern against each line of a log makes one per line).
 */
export function transientCodePoints(s: string): Int32Array {
  if (s.length >= LONG) return codePointsOf(s);
  pointsInto(s, scratch);
  return scratch;
}

/** The UTF-16 offset of code point index `cp` in a string that is not long (walked: no pairs table for it). */
function shortCpToUnit(s: string, cp: number): number {
  let u = 0;
  for (let k = 0; k < cp && u < s.length; k++) {
    const c = s.charCodeAt(u);
    const d = c >= 0xd800 && c < 0xdc00 && u + 1 < s.length ? s.charCodeAt(u + 1) : 0;
    u += d >= 0xdc00 && d < 0xe000 ? 2 : 1;
  }
  return u;
}

/** s[a:b] by code points, for 0 <= a <= b <= len(s). */
export function sliceByCodePoints(s: string, a: number, b: number): string {
  if (s.length < LONG) {
    if (!SURROGATE.test(s)) return s.slice(a, b);
    const ua = shortCpToUnit(s, a);
    return s.slice(ua, ua + shortCpToUnit(s.slice(ua), b - a));
  }
  const f = factsOf(s);
  if (!f.surrogates) return s.slice(a, b);
  if (f.pairs !== null) return s.slice(pairedCpToUnit(s, f.pairs, a), pairedCpToUnit(s, f.pairs, b));
  const points = (f.points ??= toPoints(s));
  let out = '';
  for (let i = a; i < b; i += 4096) out += String.fromCodePoint(...points.subarray(i, Math.min(b, i + 4096)));
  return out;
}

function toPoints(s: string): Int32Array {
  const out = new Int32Array(s.length);
  const n = pointsInto(s, out);
  return n === s.length ? out : out.slice(0, n);
}

/** Writes the code points of `s` (pairs joined, a lone surrogate itself) into `out`; returns how many. */
function pointsInto(s: string, out: Int32Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        out[n++] = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  return n;
}

/** How many entries of the ascending `a` are below `v`. */
function countBelow(a: Int32Array, v: number, shift: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((shift ? a[mid] - mid : a[mid]) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** UTF-16 offset of code point index `cp` in a string with the pairs `pairs` (see pairsOf). */
export function pairedCpToUnit(s: string, pairs: Int32Array, cp: number): number {
  if (cp <= 0) return 0;
  // Pair k starts at code point pairs[k] - k: each pair before cp adds a unit.
  return Math.min(cp + countBelow(pairs, cp, true), s.length);
}

/** Code point index of UTF-16 offset `u` in a string with the pairs `pairs`. */
export function pairedUnitToCp(s: string, pairs: Int32Array, u: number): number {
  if (u <= 0) return 0;
  if (u > s.length) u = s.length;
  // Each pair whose second half is before u took one unit more than its code point.
  return u - countBelow(pairs, u - 1, false);
}

/**
 * -1, 0 or 1 as Python orders two str: by code point. JS's `<` orders UTF-16 units, which
 * differs where the first unit that differs is a surrogate on one side (a code point past U+FFFF)
 * and U+E000..U+FFFF on the other: '\uffff' < '\U0001F600' in Python, not in JS.
 */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length < b.length ? -1 : 1;
  let x = a.charCodeAt(i);
  let y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) {
    // Surrogates after U+E000..U+FFFF: both moved so that their order is their code points'.
    x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
  }
  return x < y ? -1 : 1;
}
