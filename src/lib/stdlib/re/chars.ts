/**
 * Character tests of Python's `re` over code points: the \d \w \s categories (Unicode by default,
 * ASCII with re.ASCII), case folding for IGNORECASE, and character sets.
 */
import type { Category, Fold, SetItem } from './ast';
import { isPyWhitespace } from '../../runtime/types/util';

const WORD = /[\p{L}\p{N}_]/u;
const DIGIT = /\p{Nd}/u;

export function isWord(c: number, ascii: boolean): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return !ascii && WORD.test(String.fromCodePoint(c));
}

function isDigit(c: number, ascii: boolean): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return !ascii && DIGIT.test(String.fromCodePoint(c));
}

function isSpace(c: number, ascii: boolean): boolean {
  if (ascii) return c === 32 || (c >= 9 && c <= 13);
  // \s without re.ASCII is str.isspace().
  return isPyWhitespace(c);
}

function inCategory(cat: Category, c: number, ascii: boolean): boolean {
  switch (cat) {
    case 'd':
      return isDigit(c, ascii);
    case 'D':
      return !isDigit(c, ascii);
    case 'w':
      return isWord(c, ascii);
    case 'W':
      return !isWord(c, ascii);
    case 's':
      return isSpace(c, ascii);
    case 'S':
      return !isSpace(c, ascii);
  }
}

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/** The simple (one-character) lowercase mapping, as CPython's sre uses. */
function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let r = lowerCache.get(c);
  if (r === undefined) {
    const s = String.fromCodePoint(c).toLowerCase();
    r = c === 0x130 ? 0x69 : [...s].length === 1 ? s.codePointAt(0)! : c;
    lowerCache.set(c, r);
  }
  return r;
}

function upper(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let r = upperCache.get(c);
  if (r === undefined) {
    const s = String.fromCodePoint(c).toUpperCase();
    r = [...s].length === 1 ? s.codePointAt(0)! : c;
    upperCache.set(c, r);
  }
  return r;
}

const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
const asciiUpper = (c: number) => (c >= 97 && c <= 122 ? c - 32 : c);

/** Whether subject character `c` matches pattern character `p` under `fold`. */
export function sameChar(c: number, p: number, fold: Fold): boolean {
  if (c === p) return true;
  if (fold === 0) return false;
  if (fold === 2) return asciiLower(c) === asciiLower(p);
  return lower(c) === lower(p) || upper(c) === upper(p) || lower(upper(c)) === lower(upper(p));
}

/** A predicate for a character set `[...]`. */
export function setTest(items: SetItem[], neg: boolean, fold: Fold, ascii: boolean): (c: number) => boolean {
  const has = (c: number): boolean => {
    for (const it of items) {
      if (it.k === 'lit') {
        if (it.c === c) return true;
      } else if (it.k === 'range') {
        if (c >= it.lo && c <= it.hi) return true;
      } else if (inCategory(it.cat, c, ascii)) return true;
    }
    return false;
  };
  const variants =
    fold === 0
      ? null
      : fold === 2
        ? (c: number) => [asciiLower(c), asciiUpper(c)]
        : (c: number) => [lower(c), upper(lower(c)), upper(c), lower(upper(c))];
  return (c) => {
    let r = has(c);
    if (!r && variants) for (const v of variants(c)) if (v !== c && has(v)) r = true;
    return r !== neg;
  };
}
