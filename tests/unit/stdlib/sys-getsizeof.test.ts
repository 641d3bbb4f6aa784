/**
 * sys.getsizeof refuses, at the program's line, the objects whose size Loopline does not model:
 * containers whose allocation depends on how they grew, and C types it has no layout of.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/lib/run';

describe('sys.getsizeof', () => {
  it('refuses what it does not model, located at the call', () => {
    for (const [expr, what] of [
      ['[1, 2, 3]', 'a list object (its size depends on how it grew)'],
      ['{"a": 1}', 'a dict object (its size depends on how it grew)'],
      ['{1, 2}', 'a set object (its size depends on how it grew)'],
      ['int', 'a type object'],
    ]) {
      const r = simulate(`import sys\n\nprint(sys.getsizeof(${expr}))\n`, {}, 'p.py');
      expect(r.trace.error).toBe(`loopline.NotSimulatedError: sys.getsizeof of ${what} is not simulated in Loopline`);
      expect(r.traceback).toContain('line 3, in <module>');
    }
  });

  it('gives the modelled sizes', () => {
    const r = simulate('import sys\nprint(sys.getsizeof(2 ** 30), sys.getsizeof("é" * 3), sys.getsizeof((1, 2)))\n', {
      python: '3.14',
    });
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe('32 60 64\n');
  });
});
