import { describe, expect, it } from 'vitest';
import { sequentialAwaits } from '../../../../src/lib/doctor/fixes/sequential-awaits';
import { prove } from '../../../../src/lib/doctor/prove';
import { finding } from './finding';

const PROGRAM = `"""Three downloads, one after another."""
from asyncio import run, sleep


async def download(name):
    await sleep(1)
    return name


async def main():
    a = await download("a")
    b = await download("b")
    await sleep(1)
    print(a, b)


run(main())
`;

const FED = `import asyncio


async def step(x):
    await asyncio.sleep(1)
    return x + 1


async def main():
    a = await step(0)
    b = await step(a)
    print(b)


asyncio.run(main())
`;

describe('sequential-awaits fix', () => {
  it('gathers the awaits, binding the results in order, and imports asyncio after the docstring', () => {
    expect(sequentialAwaits.rewrite(PROGRAM, finding('sequential-awaits', 11, 13))).toBe(
      PROGRAM.replace('from asyncio', 'import asyncio\nfrom asyncio').replace(
        '    a = await download("a")\n    b = await download("b")\n    await sleep(1)\n',
        '    a, b, _ = await asyncio.gather(download("a"), download("b"), sleep(1))\n',
      ),
    );
  });

  it('proves it: three sequential 1 s waits take 3 s, gathered 1 s', () => {
    const fix = prove(PROGRAM, finding('sequential-awaits', 11, 13));
    expect(fix && [fix.before, fix.after]).toEqual([3, 1]);
  });

  it('gathers bare awaits without a target', () => {
    const out = sequentialAwaits.rewrite(PROGRAM, finding('sequential-awaits', 13, 14));
    expect(out).toBeNull(); // print(a, b) is not an await
    const bare = PROGRAM.replace(
      '    a = await download("a")\n    b = await download("b")\n',
      '    await download("a")\n    await download("b")\n',
    );
    expect(sequentialAwaits.rewrite(bare, finding('sequential-awaits', 11, 12))).toContain(
      '\n    await asyncio.gather(download("a"), download("b"))\n    await sleep(1)\n',
    );
  });

  it('declines when a later await reads an earlier result', () => {
    expect(sequentialAwaits.rewrite(FED, finding('sequential-awaits', 10, 11))).toBeNull();
    expect(prove(FED, finding('sequential-awaits', 10, 11))).toBeNull();
  });
});
