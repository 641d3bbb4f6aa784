/**
 * How many columns text takes on a terminal, as CPython's traceback counts them when it places
 * caret lines (traceback._display_width): two for a character East Asian Width calls wide or
 * fullwidth (CJK, most emoji), one for any other. Offsets are JS string offsets (UTF-16 units):
 * a character outside the BMP is one character of one or two columns, never two.
 */
import table from './wide-chars.json';

const ranges = table.ranges as [number, number][];

function isWide(cp: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = ranges[mid];
    if (cp < first) hi = mid - 1;
    else if (cp > last) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The columns of `text` up to `offset` (all of it without one). */
export function displayWidth(text: string, offset = text.length): number {
  // ASCII only: one column a character (traceback's fast track).
  if (!/[^\x00-\x7f]/.test(text.slice(0, offset))) return offset;
  let width = 0;
  for (let i = 0; i < offset;) {
    const cp = text.codePointAt(i)!;
    width += isWide(cp) ? 2 : 1;
    i += cp > 0xffff ? 2 : 1;
  }
  return width;
}
