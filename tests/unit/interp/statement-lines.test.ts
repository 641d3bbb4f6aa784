/**
 * Blocks set each statement's line as it starts (no wrapper closure per statement): a traceback
 * names the line of the statement running in every frame, as CPython 3.13 printed for this program.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const program = `def f(x):
    y = 1
    z = 2
    return x // 0

def g():
    a = 1
    if a:
        b = 2
        f(a)
    return a

print("start")
g()
`;

describe('statement lines', () => {
  it('are the running statement in each frame of a traceback', () => {
    const r = simulate(program);
    expect(r.internalError ?? null).toBeNull();
    const lines = (r.traceback ?? '').split('\n').filter((l) => l.startsWith('  File '));
    expect(lines).toEqual([
      '  File "main.py", line 14, in <module>',
      '  File "main.py", line 10, in g',
      '  File "main.py", line 4, in f',
    ]);
  });
});
