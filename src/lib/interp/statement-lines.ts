/**
 * Where a statement of Loopline's Python-source library is: the tables of library statements shown
 * as CPython's frames (sim/library-statements.ts, stdlib/library-statements.ts) name each by its
 * function and the start of its text, and its line is looked up in the source. A line number the
 * table gives only chooses among like statements of one function, so editing a source does not
 * move a statement out of its table.
 */
import { LineIndex } from '../parse/positions';
import { libraryText } from './preparsed';

/**
 * The name of the innermost `def` enclosing line `at` (1-based) of `rows`: a def less indented
 * than every line from it down to `at` (a nested def that ended before is not it).
 */
export function enclosingDef(rows: readonly string[], at: number): string | null {
  let indent = rows[at - 1].length - rows[at - 1].trimStart().length;
  for (let i = at - 2; i >= 0; i--) {
    if (rows[i].trim() === '') continue;
    const m = /^(\s*)(?:async )?def (\w+)\(/.exec(rows[i]);
    if (m !== null && m[1].length < indent) return m[2];
    // A statement (not a comment, nor a closing bracket of a statement over several lines) ends a block.
    const own = rows[i].length - rows[i].trimStart().length;
    if (own < indent && m === null && /^\s*[A-Za-z_@]/.test(rows[i])) indent = own;
  }
  return null;
}

/** A source's text, its lines, and where each starts. */
export interface SourceLines {
  index: LineIndex;
  rows: string[];
}

/**
 * The line (1-based) of the statement starting with `text` inside the function named `def`; null
 * where it has none. `near` chooses where the function has several: the table's lines of like
 * statements (`like`, `near` among them) map in order onto the source's when they are as many, so
 * that lines moving together keep their order; else the one nearest `near` is taken.
 */
export function statementLine(
  source: SourceLines,
  def: string,
  text: string,
  near: number,
  like: readonly number[] = [near],
): number | null {
  const found = candidates(source, def, text);
  if (found.length === 0) return null;
  const order = [...new Set(like)].sort((a, b) => a - b);
  if (order.length === found.length) return found[order.indexOf(near)];
  return found.reduce((best, line) => (Math.abs(line - near) < Math.abs(best - near) ? line : best));
}

/** The lines (1-based, in order) of the statements starting with `text` inside the functions named `def`. */
function candidates(source: SourceLines, def: string, text: string): number[] {
  const { rows, index } = source;
  const found: number[] = [];
  for (let at = index.text.indexOf(`def ${def}(`); at >= 0; at = index.text.indexOf(`def ${def}(`, at + 1)) {
    const row = index.lineOf(at) - 1;
    const head = rows[row];
    if (!/^\s*(?:async\s+)?def /.test(head)) continue;
    const indent = head.length - head.trimStart().length;
    // The function's body: down to the next statement indented no deeper than its def.
    for (let i = row + 1; i < rows.length; i++) {
      const trimmed = rows[i].trimStart();
      if (trimmed === '') continue;
      if (rows[i].length - trimmed.length <= indent && /^[A-Za-z_@]/.test(trimmed)) break;
      if (trimmed.startsWith(text) && enclosingDef(rows, i + 1) === def) found.push(i + 1);
    }
  }
  return found.sort((a, b) => a - b);
}

/**
 * For each entry of a table of statements, the lines the table gives for the entries like it (the
 * same `key`: source, function and text).
 */
export function likeLines<T extends { at: number }>(table: readonly T[], key: (t: T) => string): (t: T) => number[] {
  let groups: Map<string, number[]> | undefined;
  return (t) => {
    if (groups === undefined) {
      groups = new Map();
      for (const u of table) {
        const all = groups.get(key(u));
        if (all === undefined) groups.set(key(u), [u.at]);
        else all.push(u.at);
      }
    }
    return groups.get(key(t)) ?? [t.at];
  };
}

const split = new Map<string, SourceLines>();

/** A source's lines (split once: the library's sources do not change). */
export function sourceLines(text: string): SourceLines {
  let lines = split.get(text);
  if (lines === undefined) {
    // In the CLI's bundle a library source is a name standing for its file (interp/preparsed.ts).
    const real = libraryText(text);
    split.set(text, (lines = { index: new LineIndex(real), rows: real.split('\n') }));
  }
  return lines;
}
