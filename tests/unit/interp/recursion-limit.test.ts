/**
 * sys.setrecursionlimit sets the limit every Python call checks (it was only remembered for
 * getrecursionlimit), with CPython's errors. The expected lines are what CPython 3.11.7, 3.12.1
 * and 3.13.0 print running the program directly (the recorder adds frames of its own, so this is
 * not a conformance golden): 3.11 counts the setrecursionlimit call in the depth.
 */
import { it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

const program = `import sys
print(sys.getrecursionlimit())
def g(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print(e)
        return
    g(n-1)
g(10)
try:
    sys.setrecursionlimit(0)
except ValueError as e: print(e)
try:
    sys.setrecursionlimit(2**40)
except OverflowError as e: print(e)
sys.setrecursionlimit(50)
print(sys.getrecursionlimit())
def f(n): return 0 if n == 0 else 1 + f(n-1)
for k in (47, 48, 49, 50):
    try:
        f(k); print(k, 'ok')
    except RecursionError: print(k, 'RecursionError')
sys.setrecursionlimit(1500)
print(f(1200))
`;

const expected = (depth: number) => [
  '1000',
  `cannot set the recursion limit to 5 at the recursion depth ${depth}: the limit is too low`,
  'recursion limit must be greater or equal than 1',
  'Python int too large to convert to C int',
  '50',
  '47 ok',
  '48 ok',
  '49 RecursionError',
  '50 RecursionError',
  '1200',
];

for (const [python, depth] of [
  ['3.11', 13],
  ['3.12', 12],
  ['3.13', 12],
] as [PythonVersion, number][])
  it(`sys.setrecursionlimit changes the depth Python calls may reach (${python})`, () => {
    const r = simulate(program, { python });
    expect(r.trace.error).toBeNull();
    expect(
      r.trace.stdout
        .map((l) => l.text)
        .join('')
        .trim()
        .split('\n'),
    ).toEqual(expected(depth));
  });
