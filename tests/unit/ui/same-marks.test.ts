import { describe, it, expect } from 'vitest';
import { sameMarks, type LineMark } from '../../../src/lib/ui/editor/cm-marks';

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
