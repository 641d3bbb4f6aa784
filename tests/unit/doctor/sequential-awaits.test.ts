/**
 * `sequential-awaits`: independent awaits of the program's own coroutines one after another,
 * each measured to wait; never when one uses another's result, nor for loops that carry a value.
 */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

const FETCH = ['import asyncio', 'async def fetch(n):', '    await asyncio.sleep(n)', '    return n'];

describe('sequential-awaits', () => {
  it('spans the awaits and gives the time they took in turn against the longest', () => {
    const src = py(
      ...FETCH,
      'async def main():',
      '    a = await fetch(1)',
      '    b = await fetch(2)',
      '    await fetch(0.5)',
      '    print(a, b)',
      'asyncio.run(main())',
    );
    const [f, ...rest] = see(src);
    expect(rest).toEqual([]);
    expect([f.kind, f.line, f.endLine]).toEqual(['sequential-awaits', 6, 8]);
    expect(f.figures).toEqual({ sequentialSeconds: 3.5, longestSeconds: 2, awaits: 3 });
    expect(f.cost?.en).toBe(
      '3 awaits took 1 s + 2 s + 0.5 s = 3.5 s in turn; overlapped, they would take about 2 s, the longest',
    );
  });

  it('finds a loop awaiting one call per item, and methods called on an object', () => {
    expect(
      where(
        py(
          ...FETCH,
          'async def main():',
          '    out = []',
          '    for n in [1, 2, 3]:',
          '        out.append(await fetch(n))',
          'asyncio.run(main())',
        ),
      ),
    ).toEqual(['7-8 sequential-awaits']);
    expect(
      where(
        py(
          'import asyncio',
          'class Client:',
          '    async def get(self, n):',
          '        await asyncio.sleep(n)',
          'async def main():',
          '    c = Client()',
          '    await c.get(1)',
          '    await c.get(1)',
          'asyncio.run(main())',
        ),
      ),
    ).toEqual(['7-8 sequential-awaits']);
  });

  it('says nothing when an await uses an earlier result or a loop carries its value', () => {
    const src = py(
      ...FETCH,
      'async def main():',
      '    a = await fetch(1)',
      '    b = await fetch(a)',
      '    x = 1',
      '    for i in range(3):',
      '        x = await fetch(x)',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual([]);
  });

  it('says nothing of tasks already running, asyncio.sleep, loops of ticks, awaits that never wait, shared state, or different functions', () => {
    const src = py(
      ...FETCH,
      'total = 0',
      'async def add(n):',
      '    global total',
      '    t = total',
      '    await asyncio.sleep(n)',
      '    total = t + n',
      'async def tick():',
      '    await asyncio.sleep(0.5)',
      'async def quick(n):',
      '    return n',
      'async def connect():',
      '    await asyncio.sleep(0.5)',
      'async def query():',
      '    await asyncio.sleep(0.5)',
      'async def main():',
      '    t1 = asyncio.create_task(fetch(1))',
      '    t2 = asyncio.create_task(fetch(2))',
      '    await t1',
      '    await t2',
      '    await asyncio.sleep(1)',
      '    await asyncio.sleep(1)',
      '    for _ in range(3):',
      '        await tick()',
      '    await quick(1)',
      '    await quick(2)',
      '    await add(1)',
      '    await add(2)',
      '    await connect()',
      '    await query()',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual([]);
  });
});
