/**
 * Await chains reach CPython's depth on a small JS stack too (issue 13 item 5: the browser's
 * worker has far less stack than the CLI's thread). Past a few nested levels an await of a
 * coroutine is driven by a loop (generator.ts drive()), so a chain of 990 coroutines runs, suspends,
 * is cancelled and unwinds on a stack of half a megabyte, and one of 1000 stops with CPython's
 * RecursionError at the await's line. The expected output was printed by CPython 3.13 (whose caret
 * lines 3.14 draws the same).
 */
import { describe, it, expect } from 'vitest';
import { onSmallStack } from './small-stack';
import { simulate } from '../../../src/lib/run';

const program = `import asyncio

async def f(n):
    if n == 0:
        return 0
    return await f(n - 1) + 1

async def sleepy(n):
    if n == 0:
        try:
            await asyncio.sleep(5)
        finally:
            print("bottom cleaned up")
        return 0
    return await sleepy(n - 1) + 1

async def fails(n):
    if n == 0:
        await asyncio.sleep(0.1)
        raise ValueError("from the bottom")
    return await fails(n - 1)

async def main():
    print(await f(989))
    t = asyncio.create_task(sleepy(900))
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    print(await sleepy(800))
    try:
        await fails(950)
    except ValueError as e:
        print("caught", e)
    try:
        await f(1000)
    except RecursionError as e:
        print("RecursionError:", e)
    await f(1000)

asyncio.run(main())
`;

const expectedOut = [
  '989',
  'bottom cleaned up',
  'cancelled',
  'bottom cleaned up',
  '800',
  'caught from the bottom',
  'RecursionError: maximum recursion depth exceeded',
  '',
].join('\n');

const expectedTraceback = `Traceback (most recent call last):
  File "deep.py", line 43, in <module>
    asyncio.run(main())
    ~~~~~~~~~~~^^^^^^^^
  File "/usr/lib/python3.14/asyncio/runners.py", line 204, in run
    return runner.run(main)
           ~~~~~~~~~~^^^^^^
  File "/usr/lib/python3.14/asyncio/runners.py", line 127, in run
    return self._loop.run_until_complete(task)
           ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~^^^^^^
  File "/usr/lib/python3.14/asyncio/base_events.py", line 719, in run_until_complete
    return future.result()
           ~~~~~~~~~~~~~^^
  File "deep.py", line 41, in main
    await f(1000)
  File "deep.py", line 6, in f
    return await f(n - 1) + 1
           ^^^^^^^^^^^^^^
  File "deep.py", line 6, in f
    return await f(n - 1) + 1
           ^^^^^^^^^^^^^^
  File "deep.py", line 6, in f
    return await f(n - 1) + 1
           ^^^^^^^^^^^^^^
  [Previous line repeated 989 more times]
RecursionError: maximum recursion depth exceeded
`;

describe('await depth', () => {
  it('runs, suspends, cancels and unwinds a 990-deep await chain on half a megabyte of stack', async () => {
    const r = await onSmallStack(program, 0.5);
    expect(r.internalError).toBeNull();
    expect(r.stdout).toBe(expectedOut);
    expect(r.traceback).toBe(expectedTraceback);
  }, 60_000);

  it('gives the same output and traceback on the full stack', () => {
    const r = simulate(program, {}, 'deep.py');
    expect(r.internalError ?? null).toBeNull();
    expect(r.trace.stdout.map((l) => l.text).join('')).toBe(expectedOut);
    expect(r.traceback).toBe(expectedTraceback);
  });

  it('leaves the limit of plain recursion where it was', () => {
    const sync = (n: number) =>
      `def f(n):\n    if n == 0:\n        return 0\n    return f(n - 1) + 1\n\nprint(f(${n}))\n`;
    const ok = simulate(sync(998), {}, 'deep.py');
    expect(ok.trace.stdout.map((l) => l.text).join('')).toBe('998\n');
    const over = simulate(sync(999), {}, 'deep.py');
    expect(over.traceback).toBe(`Traceback (most recent call last):
  File "deep.py", line 6, in <module>
    print(f(999))
          ~^^^^^
  File "deep.py", line 4, in f
    return f(n - 1) + 1
           ~^^^^^^^
  File "deep.py", line 4, in f
    return f(n - 1) + 1
           ~^^^^^^^
  File "deep.py", line 4, in f
    return f(n - 1) + 1
           ~^^^^^^^
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded
`);
  });
});
