/**
 * 3.14's traceback module, formatting a plain "invalid syntax" raised for source it can read back
 * (compile(), exec() or eval() of a string), tries each name of the error's line in turn as a
 * near keyword: the first replacement that parses becomes the error's ("invalid syntax. Did you
 * mean 'for'?", carets under the name). Near: the Levenshtein suggestion NameError uses, then up
 * to three of difflib.get_close_matches(name, keyword.kwlist) at a 0.5 ratio.
 */
import { parse } from '../parse';
import { HARD_KEYWORDS } from '../parse/keywords';
import { diagnosticsFor } from '../parse/fstring311';
import type { Diagnostic } from '../ir/types';
import type { PyExceptionObject } from '../runtime/core';
import { suggestName } from '../runtime/suggest';

/** keyword.kwlist of 3.14 (the same hard keywords as 3.13's, in the same order). */
const KWLIST = [...HARD_KEYWORDS];

/** The source lines a SyntaxError was raised for (compile()'s text), as CPython keeps them for the traceback module. */
const sources = new WeakMap<PyExceptionObject, string[]>();

export function noteSyntaxSource(e: PyExceptionObject, lines: string[]): void {
  sources.set(e, lines);
}

export interface KeywordTypo {
  text: string;
  offset: number;
  endOffset: number;
  msg: string;
}

/** The keyword suggestion for the SyntaxError `e` at `lineno` with message `msg` (null: none). */
export function keywordTypo(e: PyExceptionObject, lineno: number | null, msg: string): KeywordTypo | null {
  const lines = sources.get(e);
  if (lines === undefined || lineno === null) return null;
  return typoIn(lines, lineno, msg);
}

/**
 * The program's own syntax error as 3.14 reports it (its traceback module reads the line back from
 * the file): "invalid syntax. Did you mean 'for'?" at the name, when a near keyword there parses.
 */
export function withKeywordTypo(d: Diagnostic, lines: string[]): Diagnostic {
  if (d.kind !== 'SyntaxError') return d;
  const typo = typoIn(lines, d.span.line, d.message);
  if (typo === null) return d;
  const full = lines[d.span.line - 1];
  const indent = full.length - full.replace(/^[ \t]+/, '').length;
  let lineStart = 0;
  for (let i = 0; i < d.span.line - 1; i++) lineStart += lines[i].length + 1;
  const [col, endCol] = [indent + typo.offset - 1, indent + typo.endOffset - 1];
  const span = { from: lineStart + col, to: lineStart + endCol, line: d.span.line, col, endLine: d.span.line, endCol };
  return { ...d, message: typo.msg, span };
}

function typoIn(lines: string[], lineno: number, msg: string): KeywordTypo | null {
  if (msg !== 'invalid syntax' && !msg.includes('Perhaps you forgot a comma')) return null;
  if (lineno < 1) return null;
  const line = dedent(lines[lineno - 1] ?? '');
  if (line.length > 1024) return null;
  let left = 10;
  for (const [start, end] of names(line)) {
    const wrong = line.slice(start, end);
    if (KWLIST.includes(wrong)) continue;
    if (--left < 0) break;
    const first = suggestName(KWLIST, wrong);
    const matches = [...(first !== null ? [first] : []), ...closeMatches(wrong, KWLIST, 3, 0.5)].slice(0, 3);
    for (const kw of matches) {
      if (kw === wrong) continue;
      const code = line.slice(0, start) + kw + line.slice(end);
      if (!parses(code)) continue;
      return { text: line, offset: start + 1, endOffset: end + 1, msg: `invalid syntax. Did you mean '${kw}'?` };
    }
  }
  return null;
}

function dedent(line: string): string {
  return /^[ \t]*$/.test(line) ? '' : line.replace(/^[ \t]+/, '');
}

/** Whether the code parses (codeop.compile_command with PyCF_ONLY_AST: the compiler's own errors do not count). */
function parses(code: string): boolean {
  const ok = (text: string) =>
    diagnosticsFor(parse(text), 14).every((d) => d.kind === 'Unsupported' || d.compiler === true);
  // Code that is merely incomplete (a compound statement's header) passes, as compile_command's None.
  return ok(code) || (/:\s*$/.test(code) && ok(`${code}\n    pass\n`));
}

/** The [start, end) columns of the NAME tokens of a line, outside strings and comments. */
function names(line: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /#.*$|(['"])(?:\\.|(?!\1).)*\1?|[A-Za-z_][A-Za-z0-9_]*|\d[\w.]*/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line))
    if (/^[A-Za-z_]/.test(m[0])) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** difflib.get_close_matches: the n best of `options` at a ratio of at least `cutoff`, best first. */
function closeMatches(word: string, options: string[], n: number, cutoff: number): string[] {
  const scored: [number, string][] = [];
  for (const x of options) {
    const r = ratio(x, word);
    if (r >= cutoff) scored.push([r, x]);
  }
  scored.sort((p, q) => q[0] - p[0] || (q[1] > p[1] ? 1 : q[1] < p[1] ? -1 : 0));
  return scored.slice(0, n).map((p) => p[1]);
}

/** SequenceMatcher(None, a, b).ratio() for short strings (no junk): 2 * matched / total length. */
function ratio(a: string, b: string): number {
  const t = a.length + b.length;
  return t === 0 ? 1 : (2 * matched(a, 0, a.length, b, 0, b.length)) / t;
}

/** The characters of the matching blocks SequenceMatcher finds: the longest block (earliest in a, then b), then either side. */
function matched(a: string, alo: number, ahi: number, b: string, blo: number, bhi: number): number {
  let bi = alo;
  let bj = blo;
  let size = 0;
  let prev = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue;
      const k = (prev.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > size) {
        bi = i - k + 1;
        bj = j - k + 1;
        size = k;
      }
    }
    prev = next;
  }
  if (size === 0) return 0;
  return size + matched(a, alo, bi, b, blo, bj) + matched(a, bi + size, ahi, b, bj + size, bhi);
}
