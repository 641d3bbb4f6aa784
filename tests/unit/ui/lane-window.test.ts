/** Lane windowing in the app (issue 9): which rows are in view, and when the laid-out window moves. */
import { describe, it, expect } from 'vitest';
import { nextWindow, rowsInView } from '../../../src/lib/ui/timeline/lane-window';

const L = {
  plot: { x: 100, y: 60, width: 700, height: 30_000 },
  y: { domain: new Array(1000).fill('t'), laneHeight: 30 },
};

describe('rowsInView', () => {
  it('finds the rows between the top and bottom of the view', () => {
    // Chart top at client y 100, view from 100 to 700: rows 0 .. (700 - 160) / 30.
    expect(rowsInView(L as never, 100, 1, 100, 700)).toEqual([0, 18]);
    // Scrolled down by 3,000 px.
    expect(rowsInView(L as never, -2900, 1, 100, 700)).toEqual([98, 118]);
    // Drawn twice as large.
    expect(rowsInView(L as never, -5900, 2, 100, 700)).toEqual([98, 108]);
    // Past the end.
    expect(rowsInView(L as never, -40_000, 1, 100, 700)).toEqual([1000, 1000]);
  });
});

describe('nextWindow', () => {
  it('keeps a window that covers the rows in view, and moves one that does not', () => {
    expect(nextWindow([0, 60], [10, 30], 1000)).toEqual([0, 60]);
    expect(nextWindow([0, 60], [50, 70], 1000)).toEqual([30, 90]);
    expect(nextWindow([0, 60], [990, 1000], 1000)).toEqual([970, 1000]);
  });
});
