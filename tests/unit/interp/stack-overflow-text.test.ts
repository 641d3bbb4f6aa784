/**
 * A recursion the program allowed with sys.setrecursionlimit can outgrow the simulator's JS stack
 * (the app's worker has far less than the CLI's thread). CPython 3.12+ would have gone on, so the
 * RecursionError must not pass for Python's own: its text names the simulator's stack, the depth
 * reached and the program's limit. Within the default limit the text stays CPython's.
 */
import { describe, it, expect } from 'vitest';
import { onSmallStack } from './small-stack';

const program = (depth: number) => `import sys
sys.setrecursionlimit(100000)
def f(n):
    return 0 if n == 0 else f(n - 1) + 1
try:
    print(f(${depth}))
except RecursionError as e:
    print("RecursionError:", e)
`;

describe('a JS stack overflow below the recursion limit', () => {
  it("says the simulator's stack ran out, at which depth, below which limit", async () => {
    const r = await onSmallStack(program(50000), 0.5);
    expect(r.internalError).toBeNull();
    const m =
      /^RecursionError: maximum recursion depth exceeded: Loopline's own stack ran out at depth (\d+), below sys\.getrecursionlimit\(\) \(100000\)\n$/.exec(
        r.stdout,
      );
    expect(m, r.stdout).not.toBeNull();
    const depth = Number(m![1]);
    expect(depth).toBeGreaterThan(100);
    expect(depth).toBeLessThan(50000);
  }, 60_000);

  it('runs the same recursion to its end where the stack has room', async () => {
    const r = await onSmallStack(program(2000), 8);
    expect(r.stdout).toBe('2000\n');
  }, 60_000);
});
