/**
 * The source lines of a traceback's frame with CPython's caret lines under the part that failed
 * (3.11+): `~~^~~` under a binary operation, `~^^^^` under a subscript, `^^^^` under anything
 * else, and, from 3.13, `~~~^^^` under a call. Each version's Lib/traceback.py decides differently
 * when to leave them out and how to find the anchors (the operator, the brackets): it parses the
 * failing segment of the line again, and so does this file, with Loopline's parser.
 */
import type * as ir from '../ir/types';
import type { SourceSpan } from '../runtime/core';
import { parse } from '../parse';
import { displayWidth } from './display-width';

/** Where the secondary characters (`^`) go inside the primary ones (`~`): line and column, each end. */
interface Anchors {
  leftLine: number;
  left: number;
  rightLine: number;
  right: number;
}

const isSpace = (ch: string) => /\s/.test(ch);

/** The one expression `text` is (as `ast.parse` reads it: one expression statement), or null. */
function onlyExpression(text: string): ir.Expr | null {
  const st = onlyStatement(text);
  return st !== null && st.type === 'Expr' ? st.value : null;
}

/** The first statement of `text` and whether it is the only one; null when `text` is not Python. */
function statements(text: string): ir.Stmt[] | null {
  const r = parse(text, false);
  if (r.diagnostics.some((d) => d.kind !== 'Unsupported')) return null;
  return r.module.body;
}

function onlyStatement(text: string): ir.Stmt | null {
  const body = statements(text);
  return body !== null && body.length === 1 ? body[0] : null;
}

/**
 * The frame's source rows (without newlines): the line, and under it the carets when they apply.
 * `lines`: the program's lines; `minor`: the Python version simulated (11 for 3.11).
 */
export function sourceRows(line: number, pos: SourceSpan | undefined, lines: string[], minor: number): string[] {
  const text = lines[line - 1];
  if (text === undefined || !text.trim()) return [];
  if (pos === undefined || pos.line !== line) return ['    ' + text.trim()];
  return minor >= 13 ? rows313(pos, lines) : rows311(pos, text);
}

// ---------------------------------------------------------------- 3.11 and 3.12

/** StackSummary.format_frame_summary of 3.11/3.12: one line, carets unless they would cover all of it. */
function rows311(pos: SourceSpan, line: string): string[] {
  const stripped = line.trim();
  const out = ['    ' + stripped];
  // The line as linecache gives it (with its newline), less its stripped text.
  const strippedChars = line.length + 1 - stripped.length;
  const start = pos.col;
  let end = pos.endCol;
  let anchors: { left: number; right: number } | null = null;
  if (pos.endLine === pos.line) anchors = anchors311(line.slice(start, end));
  else end = line.trimEnd().length;
  if (end - start < stripped.length || (anchors !== null && anchors.right - anchors.left > 0)) {
    // Columns, not characters: a wide character before or in the segment takes two.
    const dpStart = displayWidth(line, start) + 1;
    const dpEnd = displayWidth(line, end) + 1;
    let row = '    ' + ' '.repeat(Math.max(0, dpStart - strippedChars));
    if (anchors !== null) {
      const segment = line.slice(start, end);
      const dpLeft = displayWidth(segment, anchors.left);
      const dpRight = displayWidth(segment, anchors.right);
      row += '~'.repeat(dpLeft) + '^'.repeat(Math.max(0, dpRight - dpLeft));
      row += '~'.repeat(Math.max(0, dpEnd - dpStart - dpRight));
    } else row += '^'.repeat(Math.max(0, dpEnd - dpStart));
    out.push(row);
  }
  return out;
}

/** The operator of a binary operation, the brackets of a subscript (3.11/3.12's anchors). */
function anchors311(segment: string): { left: number; right: number } | null {
  const e = onlyExpression(segment);
  if (e === null) return null;
  if (e.type === 'BinOp') {
    const operator = segment.slice(e.left.span.endCol, e.right.span.col);
    const offset = operator.length - operator.trimStart().length;
    let left = e.left.span.endCol + offset;
    let right = left + 1;
    if (offset + 1 < operator.length && !isSpace(operator[offset + 1])) right++;
    while (left < segment.length && (isSpace(segment[left]) || ')#'.includes(segment[left]))) {
      left++;
      right++;
    }
    return { left, right };
  }
  if (e.type === 'Subscript') {
    let left = e.value.span.endCol;
    let right = e.index.span.endCol + 1;
    while (left < segment.length && segment[left] !== '[') left++;
    while (right < segment.length && segment[right] !== ']') right++;
    if (right < segment.length) right++;
    return { left, right };
  }
  return null;
}

// ---------------------------------------------------------------- 3.13 and 3.14

/** textwrap.dedent: the whitespace every non-blank line starts with, removed; blank lines emptied. */
function dedent(text: string): string {
  const ls = text.split('\n');
  let margin: string | null = null;
  for (const l of ls) {
    if (!l.trim()) continue;
    const indent = /^[ \t]*/.exec(l)![0];
    if (margin === null) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return ls.map((l) => (!l.trim() ? '' : l.slice(margin?.length ?? 0))).join('\n');
}

/** StackSummary.format_frame_summary of 3.13/3.14: every line of the failing expression, carets under them. */
function rows313(pos: SourceSpan, lines: string[]): string[] {
  const original = lines.slice(pos.line - 1, pos.endLine).map((l) => l.trimEnd());
  const dedented = dedent(original.join('\n') + '\n');
  if (!dedented.trim()) return [];
  const all = dedented.split('\n').slice(0, pos.endLine - pos.line + 1);
  const dedentChars = original[0].length - all[0].length;
  const start = Math.max(0, pos.col - dedentChars);
  const end = Math.max(0, pos.endCol - dedentChars);
  const joined = all.join('\n');
  const segment = joined.slice(start, joined.length - (all[all.length - 1].length - end));
  let anchors: Anchors | null = null;
  try {
    anchors = anchors313(segment);
  } catch {
    anchors = null;
  }
  const show = showCarets(start, end, all, anchors);
  const significant = new Set([0, all.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  let primary = '^';
  let secondary = '^';
  // Columns, not characters: a wide character takes two.
  const dpStart = displayWidth(all[0], start);
  const dpEnd = displayWidth(all[all.length - 1], end);
  if (anchors !== null) {
    leftEnd = displayWidth(all[anchors.leftLine], anchors.left + (anchors.leftLine === 0 ? start : 0));
    rightStart = displayWidth(all[anchors.rightLine], anchors.right + (anchors.rightLine === 0 ? start : 0));
    primary = '~';
    secondary = '^';
    for (const l of [anchors.leftLine, anchors.rightLine]) for (let d = -1; d <= 1; d++) significant.add(l + d);
  }
  significant.delete(-1);
  significant.delete(all.length);
  const result: string[] = [];
  const output = (n: number) => {
    result.push(all[n]);
    if (!show) return;
    const spaces = all[n].length - all[n].trimStart().length;
    const count = n === all.length - 1 ? dpEnd : displayWidth(all[n]);
    let carets = '';
    for (let col = 0; col < count; col++) {
      if (col < spaces || (n === 0 && col < dpStart)) carets += ' ';
      else if (
        anchors !== null &&
        (n > anchors.leftLine || (n === anchors.leftLine && col >= leftEnd)) &&
        (n < anchors.rightLine || (n === anchors.rightLine && col < rightStart))
      )
        carets += secondary;
      else carets += primary;
    }
    result.push(carets);
  };
  const sorted = [...significant].sort((a, b) => a - b);
  sorted.forEach((n, i) => {
    if (i) {
      const diff = n - sorted[i - 1];
      if (diff === 2) output(n - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...`);
    }
    output(n);
  });
  return dedent(result.join('\n') + '\n')
    .split('\n')
    .slice(0, -1)
    .map((l) => '    ' + l);
}

/** StackSummary._should_show_carets (3.13): not when they would underline the whole line, nor a whole `x = f()`/`return f()`. */
function showCarets(start: number, end: number, all: string[], anchors: Anchors | null): boolean {
  const body = statements(all.join('\n'));
  if (body !== null) {
    if (!body.length) return false;
    const st = body[0];
    let value: ir.Expr | null = null;
    if (st.type === 'Return' && st.value?.type === 'Call' && st.value.func.type === 'Name') value = st.value;
    if (st.type === 'Assign' && st.value.type === 'Call' && st.targets.length === 1 && st.targets[0].type === 'Name')
      value = st.value;
    if (
      value !== null &&
      value.span.line === 1 &&
      value.span.endLine === all.length &&
      value.span.col === start &&
      value.span.endCol === end
    )
      return false;
  }
  if (anchors !== null) return true;
  return !!(all[0].slice(0, start).trimStart() || all[all.length - 1].slice(end).trimEnd());
}

/** _extract_caret_anchors_from_line_segment (3.13): the operator, or a subscript's or call's brackets. */
function anchors313(segment: string): Anchors | null {
  const e = onlyExpression(`(\n${segment}\n)`);
  if (e === null) return null;
  const lines = segment.split('\n');
  const valid = (l: number, c: number): [number, number] => {
    while (l < lines.length && c >= lines[l].length) {
      c = 0;
      l++;
    }
    if (l >= lines.length) throw new Error('no valid character');
    return [l, c];
  };
  const until = (l: number, c: number, stop: (ch: string) => boolean): [number, number] => {
    for (;;) {
      const ch = lines[l][c];
      if (ch === '\\' || ch === '#') [l, c] = valid(l + 1, 0);
      else if (!stop(ch)) [l, c] = valid(l, c + 1);
      else return [l, c];
    }
  };
  // The end of an expression (lines of the segment: the text parsed has a line before it).
  const endOf = (x: ir.Expr): [number, number] => [x.span.endLine - 2, x.span.endCol];
  if (e.type === 'BinOp') {
    const [l, c] = until(...valid(...endOf(e.left)), (ch) => !isSpace(ch) && ch !== ')');
    let right = c + 1;
    const rightLine = e.right.span.line - 2;
    if (
      right < lines[l].length &&
      (rightLine > l || right < e.right.span.col) &&
      !isSpace(lines[l][right]) &&
      !'\\#'.includes(lines[l][right])
    )
      right++;
    return { leftLine: l, left: c, rightLine: l, right };
  }
  if (e.type === 'Subscript' || e.type === 'Call') {
    const [inner, bracket] = e.type === 'Subscript' ? [e.value, '['] : [e.func, '('];
    const [l, c] = until(...valid(...endOf(inner)), (ch) => ch === bracket);
    const [rl, rc] = endOf(e);
    return { leftLine: l, left: c, rightLine: rl, right: rc };
  }
  return null;
}
