/**
 * Offset ↔ line/column conversion for one source text.
 *
 * Line starts are computed once; every lookup is a binary search, so building spans for
 * every node of a large program stays linear-ish (O(n log lines)).
 */
import type { Span } from '../ir/types';

export class LineIndex {
  /** Offset of the first character of each line (line i+1 starts at starts[i]). */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Index (0-based line) of the last lookup: lookups are mostly close to each other. */
  private last = 0;

  /** 1-based line containing `offset` (offsets past the end belong to the last line). */
  lineOf(offset: number): number {
    const starts = this.starts;
    const c = this.last;
    if (starts[c] <= offset && (c + 1 >= starts.length || offset < starts[c + 1])) return c + 1;
    if (c + 2 < starts.length && starts[c + 1] <= offset && offset < starts[c + 2]) {
      this.last = c + 1;
      return c + 2;
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo + 1;
  }

  /** Offset where 1-based `line` starts (clamped to the text). */
  lineStart(line: number): number {
    const i = Math.min(Math.max(line, 1), this.starts.length) - 1;
    return this.starts[i];
  }

  /** Offset just before the line break that ends `line` (or the end of the text). */
  lineEnd(line: number): number {
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line] - 1;
  }

  /** The text of 1-based `line`, without its line break. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** Clamp an offset into [0, text.length]. */
  clamp(offset: number): number {
    return Math.min(Math.max(offset, 0), this.text.length);
  }

  span(from: number, to: number): Span {
    from = this.clamp(from);
    to = Math.max(from, this.clamp(to));
    const line = this.lineOf(from);
    const endLine = to === from ? line : this.lineOf(to);
    return {
      from,
      to,
      line,
      col: from - this.starts[line - 1],
      endLine,
      endCol: to - this.starts[endLine - 1],
    };
  }
}
