/** The per-instant comparison of goldens recorded with processes (per-instant.ts). */
import { describe, it, expect } from 'vitest';
import { compareTraces } from '../../src/lib/trace/compare';
import type { ConformanceTrace } from '../../src/lib/trace/types';
import { comparable, goldenRunOptions } from './per-instant';

const trace = (stdout: [number, string][], order?: string): ConformanceTrace & { order?: string } => ({
  stdout: stdout.map(([t, text]) => ({ t, text })),
  steps: [],
  tasks: [],
  warnings: [],
  error: null,
  end: 2,
  ...(order === undefined ? {} : { order }),
});

describe('per-instant order', () => {
  const golden = trace(
    [
      [0, 'b\n'],
      [0, 'a\n'],
      [1, 'c\n'],
      [1, 'd\n'],
    ],
    'per-instant',
  );

  it('takes the lines of one instant in any order', () => {
    const got = trace([
      [0, 'a\n'],
      [0.0000005, 'b\n'],
      [1, 'd\n'],
      [1, 'c\n'],
    ]);
    expect(compareTraces(...comparable(got, golden))).toBeNull();
  });

  it('still tells a line at another instant, or another line', () => {
    const moved = trace([
      [0, 'a\n'],
      [1, 'b\n'],
      [1, 'd\n'],
      [1, 'c\n'],
    ]);
    expect(compareTraces(...comparable(moved, golden))).not.toBeNull();
    const other = trace([
      [0, 'a\n'],
      [0, 'x\n'],
      [1, 'd\n'],
      [1, 'c\n'],
    ]);
    expect(compareTraces(...comparable(other, golden))).not.toBeNull();
  });

  it('keeps the order of an ordinary golden, and its CPU clock', () => {
    const ordinary = trace([
      [0, 'b\n'],
      [0, 'a\n'],
    ]);
    const swapped = trace([
      [0, 'a\n'],
      [0, 'b\n'],
    ]);
    expect(compareTraces(...comparable(swapped, ordinary))).not.toBeNull();
    expect(goldenRunOptions(ordinary)).toEqual({});
    expect(goldenRunOptions(golden)).toEqual({ cpuClock: false });
  });
});
