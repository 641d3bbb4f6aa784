/**
 * The operators' int and float fast paths (compile/fast-ops.ts) give CPython 3.13's results on
 * every pair of awkward operands: negative floor division and modulo, NaN, infinities, -0.0,
 * ints beyond 2**53 against floats, bools, and division by zero. fast-ops/operators.expected is
 * CPython 3.13's output of fast-ops/operators.py:
 *
 *     PYENV_VERSION=3.13.0 python3 operators.py > operators.expected
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';

const dir = join(import.meta.dirname, 'fast-ops');

describe('operator fast paths', () => {
  it('match CPython on awkward operands', () => {
    const r = simulate(readFileSync(join(dir, 'operators.py'), 'utf8'), { python: '3.13' }); // the version the expected output was recorded with
    expect(r.internalError ?? null).toBeNull();
    expect(r.trace.error ?? null).toBeNull();
    const got = r.trace.stdout.map((l) => l.text).join('');
    const want = readFileSync(join(dir, 'operators.expected'), 'utf8');
    const g = got.split('\n');
    const w = want.split('\n');
    for (let i = 0; i < w.length; i++) expect(g[i], `line ${i + 1}`).toBe(w[i]);
    expect(g.length).toBe(w.length);
  });
});
