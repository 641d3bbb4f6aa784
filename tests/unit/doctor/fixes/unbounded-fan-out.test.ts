import { describe, expect, it } from 'vitest';
import { unboundedFanOut } from '../../../../src/lib/doctor/fixes/unbounded-fan-out';
import { prove } from '../../../../src/lib/doctor/prove';
import { finding } from './finding';

const GATHERED = `import asyncio


async def fetch(i):
    await asyncio.sleep(1)
    return i


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(100)))
    print(len(results))


asyncio.run(main())
`;

const LOOPED = `import asyncio


async def fetch(i):
    await asyncio.sleep(1)


async def main():
    tasks = []
    for i in range(30):
        tasks.append(asyncio.create_task(fetch(i)))
    for t in tasks:
        await t


asyncio.run(main())
`;

const PRELUDE = `    sem = asyncio.Semaphore(10)

    async def limited(coro):
        async with sem:
            return await coro

`;

describe('unbounded-fan-out fix', () => {
  it('puts each gathered coroutine behind a semaphore of 10', () => {
    expect(unboundedFanOut.rewrite(GATHERED, finding('unbounded-fan-out', 10))).toBe(
      GATHERED.replace(
        '    results = await asyncio.gather(*(fetch(i) for',
        `${PRELUDE}    results = await asyncio.gather(*(limited(fetch(i)) for`,
      ),
    );
  });

  it('proves it: 100 sleeps at once (1 s) become at most 10 at a time (10 s)', () => {
    const fix = prove(GATHERED, finding('unbounded-fan-out', 10));
    expect(fix && [fix.before, fix.after]).toEqual([1, 10]);
  });

  it('limits a create_task loop, the wrapper going before the loop', () => {
    const out = unboundedFanOut.rewrite(LOOPED, finding('unbounded-fan-out', 11));
    expect(out).toBe(
      LOOPED.replace('    for i in range(30):\n', `${PRELUDE}    for i in range(30):\n`).replace(
        'create_task(fetch(i))',
        'create_task(limited(fetch(i)))',
      ),
    );
    const fix = prove(LOOPED, finding('unbounded-fan-out', 10));
    expect(fix && [fix.before, fix.after]).toEqual([1, 3]);
  });

  it('holds back the coroutine, not the task, when the comprehension makes tasks', () => {
    const tasks = GATHERED.replace('*(fetch(i) for', '*[asyncio.create_task(fetch(i)) for').replace(
      'range(100))',
      'range(100)]',
    );
    const out = unboundedFanOut.rewrite(tasks, finding('unbounded-fan-out', 10));
    expect(out).toContain('*[asyncio.create_task(limited(fetch(i))) for i in range(100)]');
    const fix = prove(tasks, finding('unbounded-fan-out', 10));
    expect(fix && [fix.before, fix.after]).toEqual([1, 10]);
  });

  it('declines a gather of listed coroutines', () => {
    const listed = GATHERED.replace('*(fetch(i) for i in range(100))', 'fetch(1), fetch(2)');
    expect(unboundedFanOut.rewrite(listed, finding('unbounded-fan-out', 10))).toBeNull();
  });

  it('declines a line outside the loop that makes the tasks', () => {
    expect(unboundedFanOut.rewrite(LOOPED, finding('unbounded-fan-out', 9))).toBeNull();
    expect(unboundedFanOut.rewrite(LOOPED, finding('unbounded-fan-out', 13))).toBeNull();
  });
});

describe('unbounded-fan-out fix, other shapes', () => {
  const SPREAD = `import asyncio


async def fetch(i):
    await asyncio.sleep(1)


async def main():
    tasks = [
        asyncio.create_task(fetch(i))
        for i in range(40)
    ]
    await asyncio.wait(tasks)


asyncio.run(main())
`;

  it('limits tasks made in a list comprehension, from a line inside the statement', () => {
    const out = unboundedFanOut.rewrite(SPREAD, finding('unbounded-fan-out', 10));
    expect(out).toBe(
      SPREAD.replace('    tasks = [\n', `${PRELUDE}    tasks = [\n`).replace(
        'create_task(fetch(i))',
        'create_task(limited(fetch(i)))',
      ),
    );
    const fix = prove(SPREAD, finding('unbounded-fan-out', 10));
    expect(fix && [fix.before, fix.after]).toEqual([1, 4]);
  });
});
