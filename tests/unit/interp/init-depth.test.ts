/**
 * A class that makes another of itself in `__init__` reaches about half the depth of plain
 * recursion, as in CPython, whose call into a Python `__init__` counts twice (3.13's specialised
 * call pushes a frame of its own before `__init__`'s). Measured with CPython 3.11–3.13 by the
 * program below: plain 997 in each; `__init__` 498, 498 and 501 (3.13 runs its first few calls
 * unspecialised, a few levels cheaper, which Loopline does not model).
 */
import { it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const program = `class N:
    def __init__(self, d):
        self.child = N(d - 1) if d else None

def plain(d):
    return plain(d - 1) if d else 0

def deepest(f):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo

print(deepest(plain), deepest(N))
`;

it('counts a Python __init__ entered by instantiation as two levels', () => {
  const out = simulate(program, { python: '3.13' }).trace.stdout.map((l) => l.text);
  const [plain, init] = out[0].trim().split(' ').map(Number);
  expect(plain).toBe(997);
  expect(init).toBeGreaterThanOrEqual(495);
  expect(init).toBeLessThanOrEqual(501);
});
