/**
 * A recursion that passes through a native (sorted's key function, a dict lookup calling the
 * program's __eq__) has the native's JS frames on the stack at every level, besides the Python
 * frames. The app's worker has a small stack (Chromium's dedicated worker overflows a bare JS
 * recursion at about the depth a Node worker of 0.65 MB does), so how deep such a recursion gets
 * there depends on how small those frames are: ops.call, callMethod and eq dispatch their common
 * cases in small frames and leave the rest to helpers, and a Python call's frame enters and leaves
 * through helpers (interp/function.ts runFrame). Measured on 0.65 MB: sorted(key=f) 277 levels
 * before, 314 after; the dict lookup's __eq__ 377 before, 419 after.
 */
import { describe, it, expect } from 'vitest';
import { onSmallStack } from './small-stack';

const program = `import sys
sys.setrecursionlimit(100000)
depth = 0

def by_key(n):
    global depth
    depth = max(depth, n)
    return sorted([n + 1], key=by_key)

class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return lookup(max(self.n, other.n) + 1)

def lookup(n):
    global depth
    depth = max(depth, n)
    return {Key(n): 1}.get(Key(n + 1))

for f in (by_key, lookup):
    depth = 0
    try:
        f(1)
    except RecursionError as e:
        print(f.__name__, depth, "Loopline's own stack ran out" in str(e))
`;

describe('a recursion through a native on a small JS stack', () => {
  it('goes deeper than it did before the call paths were slimmed, then stops with a RecursionError', async () => {
    const r = await onSmallStack(program, 0.65);
    expect(r.internalError).toBeNull();
    const depths = Object.fromEntries(
      r.stdout
        .trim()
        .split('\n')
        .map((line) => {
          const [name, depth, ownStack] = line.split(' ');
          expect(ownStack, line).toBe('True');
          return [name, Number(depth)];
        }),
    );
    // Thresholds halfway between the depths before and after (277 -> 314, 377 -> 419).
    expect(depths.by_key, r.stdout).toBeGreaterThan(295);
    expect(depths.lookup, r.stdout).toBeGreaterThan(398);
  }, 120_000);
});
