import { describe, it, expect } from 'vitest';
import { lineBadges, sameMarks, type LineMark } from '../../../src/lib/ui/editor/cm-marks';

const mark = (over: Partial<LineMark> = {}): LineMark => ({
  line: 4,
  colour: '#1f77b4',
  label: 'Task-2',
  running: true,
  ...over,
});

describe('editor badges: a step that moves no task leaves the editor alone', () => {
  it('takes new lists of the same badges as the same', () => {
    expect(sameMarks([mark(), mark({ line: 8, running: false })], [mark(), mark({ line: 8, running: false })])).toBe(
      true,
    );
    expect(sameMarks([], [])).toBe(true);
    // An absent count is no count.
    expect(sameMarks([mark({ more: 0 })], [mark()])).toBe(true);
  });

  it('sees any change a badge would show', () => {
    expect(sameMarks([mark()], [mark({ line: 5 })])).toBe(false);
    expect(sameMarks([mark()], [mark({ label: 'Task-3' })])).toBe(false);
    expect(sameMarks([mark()], [mark({ running: false })])).toBe(false);
    expect(sameMarks([mark()], [mark({ colour: '#ff7f0e' })])).toBe(false);
    expect(sameMarks([mark()], [mark({ more: 2 })])).toBe(false);
    expect(sameMarks([mark()], [mark(), mark({ line: 8 })])).toBe(false);
  });
});

describe('editor badges: a step that changes only counts', () => {
  it('is told apart from one that changes what the badges name', () => {
    expect(sameMarks([mark({ more: 9992 })], [mark({ more: 9991 })], true)).toBe(true);
    expect(sameMarks([mark({ more: 9992 })], [mark({ more: 9991 })])).toBe(false);
    expect(sameMarks([mark({ more: 2 })], [mark({ label: 'Task-3', more: 2 })], true)).toBe(false);
    expect(sameMarks([mark()], [mark({ running: false })], true)).toBe(false);
    expect(sameMarks([mark()], [mark(), mark({ line: 8 })], true)).toBe(false);
  });

  it('counts per line the tasks beyond the three named, the running one first', () => {
    const marks = [
      mark({ label: 'Task-2', running: false, more: 9990 }),
      mark({ label: 'Task-3', running: false }),
      mark({ label: 'Task-4', running: true }),
      mark({ label: 'Task-5', running: false }),
      mark({ line: 8, label: 'Task-1', running: false }),
      mark({ line: 99, label: 'Task-9', running: false }),
    ];
    const got = lineBadges(marks, 10);
    expect(got.map((b) => b.line)).toEqual([4, 8]);
    expect(got[0].shown.map((m) => m.label)).toEqual(['Task-4', 'Task-2', 'Task-3']);
    expect(got[0].count).toBe(9991);
    expect(got[1].count).toBe(0);
    // A count alone (fewer tasks named than there is room for) is a count too.
    expect(lineBadges([mark({ more: 5 })], 10)[0].count).toBe(5);
  });
});
