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

const LOOPS = `import asyncio


async def fetch(url):
    await asyncio.sleep(0.5)
    return url.upper()


async def main():
    urls = ["a", "b", "c", "d"]
    pages = []
    for url in urls:
        pages.append(await fetch(url))
    pages.append(await fetch("e"))
    pages.append(await fetch("f"))
    for u in urls:
        await fetch(u)
    print(pages)


asyncio.run(main())
`;

describe('sequential-awaits fix of appends and loops', () => {
  it('gathers a loop of appends into one extend, in order', () => {
    const out = sequentialAwaits.rewrite(LOOPS, finding('sequential-awaits', 12, 13));
    expect(out).toBe(
      LOOPS.replace(
        '    for url in urls:\n        pages.append(await fetch(url))\n',
        '    pages.extend(await asyncio.gather(*(fetch(url) for url in urls)))\n',
      ),
    );
    // 4 × 0.5 s + 2 × 0.5 s + 4 × 0.5 s before; the first loop takes 0.5 s after.
    const fix = prove(LOOPS, finding('sequential-awaits', 12, 13));
    expect(fix && [fix.before, fix.after]).toEqual([5, 3.5]);
  });

  it('gathers consecutive appends to one list, and a loop of bare awaits', () => {
    expect(sequentialAwaits.rewrite(LOOPS, finding('sequential-awaits', 14, 15))).toContain(
      '\n    pages.extend(await asyncio.gather(fetch("e"), fetch("f")))\n    for u in urls:',
    );
    expect(sequentialAwaits.rewrite(LOOPS, finding('sequential-awaits', 16, 17))).toContain(
      '\n    await asyncio.gather(*(fetch(u) for u in urls))\n    print(pages)',
    );
  });

  it('declines a loop whose await does not use the item, or an append mixed with an assignment', () => {
    const same = LOOPS.replace('        await fetch(u)', '        await fetch("x")');
    expect(sequentialAwaits.rewrite(same, finding('sequential-awaits', 16, 17))).toBeNull();
    const mixed = LOOPS.replace('    pages.append(await fetch("f"))', '    f = await fetch("f")');
    expect(sequentialAwaits.rewrite(mixed, finding('sequential-awaits', 14, 15))).toBeNull();
  });
});
