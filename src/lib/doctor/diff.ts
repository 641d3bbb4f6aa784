/**
 * A line diff for showing a fix's rewrite: the longest common subsequence of the two texts'
 * lines, printed as unified-diff hunks (`@@ -a,n +b,m @@`, then ` `, `-` and `+` lines).
 */

/** One line of a diff: kept (' '), removed ('-') or added ('+'). */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
  /** Its line number in the old text (kept and removed lines) and in the new one (kept and added). */
  oldLine: number | null;
  newLine: number | null;
}

const splitLines = (s: string): string[] => {
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
};

/** Every line of both texts in order, each marked kept, removed or added. */
export function diffLines(a: string, b: string): DiffLine[] {
  const x = splitLines(a);
  const y = splitLines(b);
  // Lines shared at both ends need no table; a program's fix touches a few lines in the middle.
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && tail < y.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  const xs = x.slice(head, x.length - tail);
  const ys = y.slice(head, y.length - tail);
  // lcs[i][j]: the longest common subsequence of xs[i..] and ys[j..].
  const lcs = Array.from({ length: xs.length + 1 }, () => new Array<number>(ys.length + 1).fill(0));
  for (let i = xs.length - 1; i >= 0; i--)
    for (let j = ys.length - 1; j >= 0; j--)
      lcs[i][j] = xs[i] === ys[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: DiffLine[] = [];
  const kept = (i: number, j: number) => out.push({ op: ' ', text: x[i], oldLine: i + 1, newLine: j + 1 });
  for (let k = 0; k < head; k++) kept(k, k);
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) {
    if (i < xs.length && j < ys.length && xs[i] === ys[j]) {
      kept(head + i++, head + j++);
    } else if (j < ys.length && (i === xs.length || lcs[i][j + 1] > lcs[i + 1][j])) {
      out.push({ op: '+', text: ys[j], oldLine: null, newLine: head + ++j });
    } else {
      out.push({ op: '-', text: xs[i], oldLine: head + ++i, newLine: null });
    }
  }
  for (let k = 0; k < tail; k++) kept(x.length - tail + k, y.length - tail + k);
  return out;
}

/**
 * The unified diff of `a` → `b` with `context` kept lines around each change ('' when the texts'
 * lines are the same). Headers name the two sides `before` and `after` unless told otherwise.
 */
export function unifiedDiff(a: string, b: string, context = 3, names = ['before', 'after']): string {
  const lines = diffLines(a, b);
  const changed = lines.map((l, k) => (l.op === ' ' ? -1 : k)).filter((k) => k >= 0);
  if (changed.length === 0) return '';
  // Hunks: runs of changes whose context windows touch or overlap.
  const hunks: [number, number][] = [];
  for (const k of changed) {
    const from = Math.max(0, k - context);
    const to = Math.min(lines.length, k + context + 1);
    const last = hunks[hunks.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else hunks.push([from, to]);
  }
  const out = [`--- ${names[0]}`, `+++ ${names[1]}`];
  for (const [from, to] of hunks) {
    const part = lines.slice(from, to);
    const oldCount = part.filter((l) => l.op !== '+').length;
    const newCount = part.filter((l) => l.op !== '-').length;
    const oldStart = start(lines, from, 'oldLine', oldCount);
    const newStart = start(lines, from, 'newLine', newCount);
    out.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@`);
    for (const l of part) out.push(l.op + l.text);
  }
  return out.join('\n') + '\n';
}

/** A hunk side's `start,count`, the count left out when it is 1 (as diff -u prints it). */
const range = (start: number, count: number): string => (count === 1 ? `${start}` : `${start},${count}`);

/** A hunk's first line number on one side (for an empty side: the line before it, as diff -u does). */
function start(lines: DiffLine[], from: number, side: 'oldLine' | 'newLine', count: number): number {
  let before = 0;
  for (let k = 0; k < lines.length; k++) {
    const n = lines[k][side];
    if (n === null) continue;
    if (k >= from) return count === 0 ? n - 1 : n;
    before = n;
  }
  return before;
}
