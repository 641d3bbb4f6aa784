import { describe, expect, it } from 'vitest';
import { neverAwaited } from '../../../../src/lib/doctor/fixes/never-awaited';
import { prove } from '../../../../src/lib/doctor/prove';
import { simulate } from '../../../../src/lib/run';
import { finding } from './finding';

const PROGRAM = `import asyncio


async def save(item):
    await asyncio.sleep(0.5)
    print("saved", item)


def schedule(item):
    save(item)


async def main():
    save("report")
    await asyncio.sleep(1)
    print("done")


asyncio.run(main())
`;

describe('never-awaited fix', () => {
  it('awaits the dropped coroutine call', () => {
    expect(neverAwaited.rewrite(PROGRAM, finding('never-awaited', 14))).toBe(
      PROGRAM.replace('    save("report")', '    await save("report")'),
    );
  });

  it('proves it: the warning is gone and the save now runs (0.5 s more)', () => {
    const fix = prove(PROGRAM, finding('never-awaited', 14));
    expect(fix && [fix.before, fix.after]).toEqual([1, 1.5]);
  });

  it('declines a call outside a coroutine, where await is not allowed', () => {
    expect(neverAwaited.rewrite(PROGRAM, finding('never-awaited', 10))).toBeNull();
    expect(neverAwaited.rewrite(PROGRAM, finding('never-awaited', 15))).toBeNull();
  });

  it('declines a call of something that is not a coroutine function of the program', () => {
    expect(neverAwaited.rewrite(PROGRAM, finding('never-awaited', 16))).toBeNull();
    const run = PROGRAM.replace('    save("report")', '    asyncio.run(save("report"))');
    expect(neverAwaited.rewrite(run, finding('never-awaited', 14))).toBeNull();
  });

  it('declines when awaiting the call leaves the warning (a line that was not the problem)', () => {
    const twice = PROGRAM.replace('    save("report")', '    save(save("report"))');
    expect(neverAwaited.rewrite(twice, finding('never-awaited', 14))).toBe(
      PROGRAM.replace('    save("report")', '    await save(save("report"))'),
    );
    expect(prove(twice, finding('never-awaited', 14))).toBeNull();
  });
});

describe('never-awaited fix of an assignment', () => {
  const FORGOT = `import asyncio


async def add(a, b):
    return a + b


async def main():
    result = add(2, 3)
    print(result + 1)


asyncio.run(main())
`;

  it('awaits the call whose coroutine was bound, and the program no longer fails', () => {
    expect(neverAwaited.rewrite(FORGOT, finding('never-awaited', 9))).toBe(
      FORGOT.replace('result = add(2, 3)', 'result = await add(2, 3)'),
    );
    // Before: TypeError (coroutine + int) and the warning; after: prints 6.
    const fix = prove(FORGOT, finding('never-awaited', 9));
    expect(fix && [fix.before, fix.after]).toEqual([0, 0]);
    expect(simulate(fix!.source).trace.stdout.map((l) => l.text)).toEqual(['6\n']);
  });
});
