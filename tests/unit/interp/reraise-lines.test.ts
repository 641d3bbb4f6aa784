/**
 * An exception that leaves a frame through `except` clauses that do not match, or through a
 * `finally`, is reported at the line that raised it, not at the last line that ran (the `except`
 * or `finally` lines): the frame lines CPython 3.13 printed for each of these programs.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

/** The `File ...` lines of the traceback the program ends with, innermost last. */
function frames(program: string): string[] {
  const r = simulate(program);
  expect(r.internalError ?? null).toBeNull();
  return (r.traceback ?? '').split('\n').filter((l) => l.startsWith('  File '));
}

const cases: [string, string, string][] = [
  [
    'no except clause matches',
    `def f():
    try:
        raise ValueError("a")
    except KeyError:
        pass
f()
`,
    '  File "main.py", line 3, in f',
  ],
  [
    'a finally runs',
    `def f():
    try:
        raise ValueError("b")
    finally:
        x = 1
        y = 2
f()
`,
    '  File "main.py", line 3, in f',
  ],
  [
    'nested try with except and finally, then a non-matching outer except',
    `def f():
    try:
        try:
            raise ValueError("d")
        except KeyError:
            pass
        finally:
            z = 3
    except TypeError:
        pass
f()
`,
    '  File "main.py", line 4, in f',
  ],
  [
    'several except clauses, one with a name',
    `def f():
    try:
        raise ValueError("e")
    except (KeyError, TypeError):
        pass
    except IndexError as err:
        pass
f()
`,
    '  File "main.py", line 3, in f',
  ],
  [
    'a coroutine whose finally awaits',
    `import asyncio
async def f():
    try:
        await asyncio.sleep(0)
        raise ValueError("g")
    except KeyError:
        pass
    finally:
        await asyncio.sleep(0)
asyncio.run(f())
`,
    '  File "main.py", line 5, in f',
  ],
];

describe('an exception passing through except and finally', () => {
  for (const [name, program, innermost] of cases)
    it(`is reported at its raise line: ${name}`, () => {
      expect(frames(program).at(-1)).toBe(innermost);
    });

  it('keeps the caller frames at their call lines', () => {
    expect(frames(cases[0][1])).toEqual(['  File "main.py", line 6, in <module>', '  File "main.py", line 3, in f']);
  });
});
