/**
 * The text algorithms str and bytes share. They work on JS strings: a str's own text, or a bytes
 * value's latin-1 string (one char per byte), so that both types search, split, strip, replace and
 * pad with the same code; argument checks and messages stay with each type.
 */
import { pyError, type PyValue } from '../core';
import { len as pyLen, toIndex } from '../ops';
import { hasSurrogates, cpToUnit, unitToCp, isExcInstance, isPyWhitespace, isLineBreak } from './util';

/**
 * Which of the first 256 codes are whitespace, or line breaks, for str or for bytes: a table
 * rather than a predicate argument keeps str's loops as fast as with its own inline predicate.
 */
type CharTable = Uint8Array;

function table(test: (c: number) => boolean): CharTable {
  return Uint8Array.from({ length: 256 }, (_, c) => (test(c) ? 1 : 0));
}
export const STR_SPACES = table(isPyWhitespace);
export const STR_BREAKS = table(isLineBreak);
export const BYTE_SPACES = table((c) => c === 32 || (c >= 9 && c <= 13));
export const BYTE_BREAKS = table((c) => c === 10 || c === 13);

/** A code in a table; past 255 (only in a str) by str's own rules. */
export const isSpaceIn = (t: CharTable, c: number) => (c < 256 ? t[c] === 1 : isPyWhitespace(c));
const isBreakIn = (t: CharTable, c: number) => (c < 256 ? t[c] === 1 : isLineBreak(c));

/** CPython's ADJUST_INDICES for find/count/startswith: returns [start, end] in code points. */
export function adjust(startArg: PyValue | undefined, endArg: PyValue | undefined, n: number): [number, number] {
  let start = 0;
  let end = n;
  if (startArg !== undefined && startArg !== null) start = sliceIdx(startArg);
  if (endArg !== undefined && endArg !== null) end = sliceIdx(endArg);
  if (end > n) end = n;
  else if (end < 0) {
    end += n;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  return [start, end];
}

function sliceIdx(v: PyValue): number {
  if (typeof v === 'bigint')
    return v > 9007199254740991n
      ? Number.MAX_SAFE_INTEGER
      : v < -9007199254740991n
        ? -Number.MAX_SAFE_INTEGER
        : Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  try {
    return Number(toIndex(v));
  } catch (e) {
    if (isExcInstance(e, 'TypeError'))
      throw pyError('TypeError', 'slice indices must be integers or None or have an __index__ method');
    throw e;
  }
}

/** find/rfind/index/rindex: the code point index of `sub` in `s[start:end]`, or -1. */
export function findIn(s: string, sub: string, startArg: PyValue, endArg: PyValue, reverse: boolean): number {
  const surr = hasSurrogates(s);
  const n = surr ? pyLen(s) : s.length;
  const [start, end] = adjust(startArg, endArg, n);
  const subLen = surr || hasSurrogates(sub) ? pyLen(sub) : sub.length;
  if (end - start < subLen) return -1;
  if (subLen === 0) return reverse ? end : start;
  if (!surr) {
    if (reverse) {
      const i = s.lastIndexOf(sub, end - subLen);
      return i >= start ? i : -1;
    }
    const i = s.indexOf(sub, start);
    return i >= 0 && i + subLen <= end ? i : -1;
  }
  const us = cpToUnit(s, start);
  const ue = cpToUnit(s, end);
  const i = reverse ? s.lastIndexOf(sub, ue - sub.length) : s.indexOf(sub, us);
  if (i < us || i < 0 || i + sub.length > ue) return -1;
  return unitToCp(s, i);
}

/** count: non-overlapping occurrences of `sub` in `s[start:end]`. */
export function countIn(s: string, sub: string, startArg: PyValue, endArg: PyValue): number {
  const surr = hasSurrogates(s);
  const n = surr ? pyLen(s) : s.length;
  const [start, end] = adjust(startArg, endArg, n);
  if (end < start) return 0;
  const subLen = pyLen(sub);
  if (subLen === 0) return end - start + 1;
  if (end - start < subLen) return 0;
  const us = surr ? cpToUnit(s, start) : start;
  const ue = surr ? cpToUnit(s, end) : end;
  let count = 0;
  let i = s.indexOf(sub, us);
  while (i >= 0 && i + sub.length <= ue) {
    count++;
    i = s.indexOf(sub, i + sub.length);
  }
  return count;
}

/** startswith/endswith of one candidate in `s[start:end]` (`surr`: either string has surrogates). */
export function tailMatch(s: string, sub: string, start: number, end: number, atEnd: boolean, surr: boolean): boolean {
  const subLen = surr ? pyLen(sub) : sub.length;
  if (end - subLen < start) return false;
  if (subLen === 0) return true;
  const pos = atEnd ? end - subLen : start;
  if (!surr) return s.startsWith(sub, pos);
  return s.startsWith(sub, cpToUnit(s, pos));
}

// ------------------------------------------------------------------ split family

export function splitWhitespace(s: string, maxsplit: number, spaces: CharTable): string[] {
  if (maxsplit < 0) return splitAllWhitespace(s, spaces);
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let max = maxsplit < 0 ? Infinity : maxsplit;
  while (max-- > 0) {
    while (i < n && isSpaceIn(spaces, s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isSpaceIn(spaces, s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceIn(spaces, s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

/**
 * Every word of `s`, into an array made at its length: the words are counted first. Pushing them
 * one by one grew the array a step at a time, each step a new copy, and past 16K words the copies
 * are V8 large objects, each page of which faults in fresh (`text.split()` of 20,000 words: about
 * 15% less CPU).
 */
function splitAllWhitespace(s: string, spaces: CharTable): string[] {
  const n = s.length;
  let count = 0;
  for (let i = 0; i < n;) {
    while (i < n && isSpaceIn(spaces, s.charCodeAt(i))) i++;
    if (i === n) break;
    count++;
    while (i < n && !isSpaceIn(spaces, s.charCodeAt(i))) i++;
  }
  const out = new Array<string>(count);
  for (let i = 0, k = 0; k < count; k++) {
    while (isSpaceIn(spaces, s.charCodeAt(i))) i++;
    const j = i;
    while (i < n && !isSpaceIn(spaces, s.charCodeAt(i))) i++;
    out[k] = s.slice(j, i);
  }
  return out;
}

export function rsplitWhitespace(s: string, maxsplit: number, spaces: CharTable): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  let max = maxsplit < 0 ? Infinity : maxsplit;
  while (max-- > 0) {
    while (i >= 0 && isSpaceIn(spaces, s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpaceIn(spaces, s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceIn(spaces, s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  out.reverse();
  return out;
}

/** split by a non-empty separator, at most `maxsplit` times (all when negative). */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  let count = 0;
  while (count < maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
    count++;
  }
  out.push(i === 0 ? s : s.slice(i));
  return out;
}

/** rsplit by a non-empty separator, at most `maxsplit` times from the right (all when negative). */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  let count = 0;
  while (count < maxsplit) {
    const from = end - sep.length;
    if (from < 0) break;
    const j = s.lastIndexOf(sep, from);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
    count++;
  }
  out.push(s.slice(0, end));
  out.reverse();
  return out;
}

/** splitlines: `breaks` says which characters end a line (\r\n counts as one break). */
export function splitLines(s: string, keepends: boolean, breaks: CharTable): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isBreakIn(breaks, s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

// ------------------------------------------------------------------ strip, replace, pad

/** strip/lstrip/rstrip of whitespace (`chars` null) or of the characters of `chars`. */
export function stripIn(s: string, chars: string | null, left: boolean, right: boolean, spaces: CharTable): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpaceIn(spaces, s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceIn(spaces, s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  if (hasSurrogates(chars) || hasSurrogates(s)) {
    const cps = Array.from(s);
    const set = new Set(Array.from(chars));
    let a = 0;
    let b = cps.length;
    if (left) while (a < b && set.has(cps[a])) a++;
    if (right) while (b > a && set.has(cps[b - 1])) b--;
    return cps.slice(a, b).join('');
  }
  if (left) while (i < j && chars.includes(s[i])) i++;
  if (right) while (j > i && chars.includes(s[j - 1])) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** replace: at most `count` replacements (all when negative). */
export function replaceIn(s: string, old: string, nw: string, countArg: number): string {
  const count = countArg < 0 ? Infinity : countArg;
  if (count === 0) return s;
  if (old === '') {
    const cps = Array.from(s);
    let out = '';
    let k = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (k < count) {
        out += nw;
        k++;
      }
      if (i < cps.length) out += cps[i];
    }
    return out;
  }
  if (count === Infinity) return s.split(old).join(nw);
  let out = '';
  let i = 0;
  for (let k = 0; k < count; k++) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + nw;
    i = j + old.length;
  }
  return out + s.slice(i);
}

/** center/ljust/rjust of `s` (of `n` code points) to `width` with `fill`. */
export function padTo(s: string, n: number, width: number, fill: string, how: 'center' | 'ljust' | 'rjust'): string {
  if (width <= n) return s;
  const marg = width - n;
  if (how === 'ljust') return s + fill.repeat(marg);
  if (how === 'rjust') return fill.repeat(marg) + s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

/** zfill: zeros after a leading sign, to `width` code points. */
export function zfillTo(s: string, n: number, width: number): string {
  if (width <= n) return s;
  const pad = '0'.repeat(width - n);
  if (s[0] === '+' || s[0] === '-') return s[0] + pad + s.slice(1);
  return pad + s;
}

export function expandTabs(s: string, tabsize: number): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      col++;
      out += c;
      if (c === '\n' || c === '\r') col = 0;
    }
  }
  return out;
}

/** title() of ASCII letters: a letter after a cased letter is lowered, else raised. */
export function asciiTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isUp = c >= 65 && c <= 90;
    const isLow = c >= 97 && c <= 122;
    if (prevCased) out += isUp ? String.fromCharCode(c + 32) : s[i];
    else out += isLow ? String.fromCharCode(c - 32) : s[i];
    prevCased = isUp || isLow;
  }
  return out;
}
