/**
 * `C.__bases__ = (...)` would need every subclass's MRO recomputed, which Loopline's classes do
 * not track: it is refused at its line rather than stored as a plain attribute that changes nothing.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

describe('assigning a class __bases__', () => {
  it('is refused as not simulated, at the assignment line', () => {
    const source = [
      'class A:',
      '    pass',
      'class Mixin:',
      '    pass',
      'class B(A):',
      '    pass',
      'B.__bases__ = (Mixin, A)',
      "print('after')",
    ].join('\n');
    const r = simulate(source, {}, 'p.py');
    expect(r.trace.error).toBe('loopline.NotSimulatedError: assigning B.__bases__ is not simulated in Loopline');
    expect(r.traceback).toContain('line 7, in <module>');
    expect(r.trace.stdout).toEqual([]);
  });

  it('leaves other class attributes assignable', () => {
    const r = simulate(
      "class A:\n    pass\nA.__name__ = 'Z'\nA.x = 1\nprint(A.__name__, A.x, A.__bases__)\n",
      {},
      'p.py',
    );
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe("Z 1 (<class 'object'>,)\n");
  });
});
