import { describe, expect, it } from 'vitest';
import { diffLines, unifiedDiff } from '../../../src/lib/doctor/diff';

describe('unifiedDiff', () => {
  it('is empty for the same lines', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
    expect(unifiedDiff('a\nb', 'a\nb\n')).toBe('');
  });

  it('shows a changed line with its context and line numbers', () => {
    const a = 'l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\n';
    const b = 'l1\nl2\nl3\nl4\nL5\nl6\nl7\nl8\n';
    expect(unifiedDiff(a, b, 2)).toBe('--- before\n+++ after\n@@ -3,5 +3,5 @@\n l3\n l4\n-l5\n+L5\n l6\n l7\n');
  });

  it('joins changes whose context overlaps into one hunk and keeps far ones apart', () => {
    const a = Array.from({ length: 20 }, (_, k) => `l${k + 1}`).join('\n') + '\n';
    const b = a.replace('l2\n', 'x2\n').replace('l4\n', '').replace('l18\n', 'l18\nnew\n');
    expect(unifiedDiff(a, b, 1, ['main.py', 'fixed.py'])).toBe(
      [
        '--- main.py',
        '+++ fixed.py',
        '@@ -1,5 +1,4 @@',
        ' l1',
        '-l2',
        '+x2',
        ' l3',
        '-l4',
        ' l5',
        '@@ -18,2 +17,3 @@',
        ' l18',
        '+new',
        ' l19',
        '',
      ].join('\n'),
    );
  });

  it('numbers an insertion into an empty text as diff -u does', () => {
    expect(unifiedDiff('', 'a\n')).toBe('--- before\n+++ after\n@@ -0,0 +1 @@\n+a\n');
  });
});

describe('diffLines', () => {
  it('keeps the longest run of common lines', () => {
    const ops = diffLines('a\nb\nc\nd\n', 'a\nc\nb\nd\n').map((l) => l.op + l.text);
    expect(ops.filter((o) => o[0] === ' ')).toHaveLength(3);
    expect(ops[0]).toBe(' a');
    expect(ops[ops.length - 1]).toBe(' d');
  });
});
