/**
 * Programs that ask for too much stop as CPython would, or at a named, located limit, and quickly:
 * a sequence or int too big is a MemoryError at its line (never RecursionError or an internal
 * error), big-integer work is charged by its real cost against the operation budget, and an
 * endless print loop stops at the output budget.
 */
import { describe, it, expect } from 'vitest';
import { simulate, type RunOptions } from '../../../src/lib/run';

function run(program: string, opts: RunOptions = {}) {
  const t0 = performance.now();
  const r = simulate(program, opts);
  expect(r.internalError ?? null).toBeNull();
  return { ...r, ms: performance.now() - t0 };
}

describe('resource bombs', () => {
  for (const bomb of ["'a' * 10**10", '[0] * 10**9', '1 << 10**10'])
    it(`${bomb} is a MemoryError at its line`, () => {
      const r = run(`x = 1\ny = ${bomb}\n`);
      expect(r.trace.error).toBe('MemoryError');
      expect(r.traceback).toContain('line 2, in <module>');
    });

  it('a MemoryError in a task is reported at its line in the coroutine', () => {
    const r = run(
      'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    s = "ab" * 10**10\nasyncio.run(main())\n',
    );
    expect(r.trace.error).toBe('MemoryError');
    expect(r.traceback).toContain('line 4, in main');
  });

  for (const work of ['3**10**9', '2**10**10', 'math.factorial(10**7)', 'math.comb(10**9, 10**8)'])
    it(`${work} stops at the operation limit, at its line, at once`, () => {
      const r = run(`import math\nx = 1\ny = ${work}\n`);
      expect(r.limit).toBe('operations');
      expect(r.stopLine).toBe(3);
      expect(r.trace.error).toMatch(/^Limit: stopped after 20,000,000 operations .* at line 3$/);
      expect(r.ms).toBeLessThan(5_000);
    });

  it('an endless print loop stops at the output budget, naming it and the line', () => {
    const r = run('print("start")\nwhile True:\n    print("waiting")\n', { maxOutput: 1_000 });
    expect(r.limit).toBe('output');
    expect(r.stopLine).toBe(3);
    expect(r.trace.error).toBe('Limit: more than 1,000 characters of output, at line 3');
    const written = r.trace.stdout.reduce((n, o) => n + o.text.length, 0);
    expect(written).toBeLessThanOrEqual(1_000);
  });

  it('stderr counts against the output budget too', () => {
    const r = run('import sys\nwhile True:\n    sys.stderr.write("x" * 100)\n', { maxOutput: 1_000 });
    expect(r.limit).toBe('output');
    expect(r.trace.error).toBe('Limit: more than 1,000 characters of output, at line 3');
  });
});
