/** `dropped-task`: create_task(...) kept nowhere, whose task had not finished when the loop closed. */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

describe('dropped-task', () => {
  it('names the create_task statement whose task asyncio.run cut off', () => {
    const src = py(
      'import asyncio',
      'async def ticker():',
      '    while True:',
      '        await asyncio.sleep(0.5)',
      'async def main():',
      '    asyncio.create_task(ticker())',
      '    await asyncio.sleep(1.2)',
      'asyncio.run(main())',
    );
    const [f, ...rest] = see(src);
    expect(rest).toEqual([]);
    expect(`${f.line} ${f.kind}`).toBe('6 dropped-task');
    expect(f.message.en).toContain('create_task(ticker())');
    expect(f.figures).toEqual({ tasks: 1, cutOffAt: 1.2 });
  });

  it('says nothing of tasks that finished, tasks kept and awaited, or a TaskGroup', () => {
    const src = py(
      'import asyncio',
      'async def job():',
      '    await asyncio.sleep(0.5)',
      'async def main():',
      '    asyncio.create_task(job())',
      '    t = asyncio.create_task(job())',
      '    async with asyncio.TaskGroup() as tg:',
      '        tg.create_task(job())',
      '    await asyncio.sleep(1)',
      '    await t',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual([]);
  });
});
