/** `unbounded-fan-out`: a hundred or more tasks of one function waiting at once, with no Semaphore. */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

const program = (n: number, limited: boolean) =>
  py(
    'import asyncio',
    'async def fetch(sem, n):',
    limited ? '    async with sem:' : '    if sem is None:',
    '        await asyncio.sleep(1)',
    '    return n',
    'async def main():',
    `    sem = ${limited ? 'asyncio.Semaphore(10)' : 'None'}`,
    `    results = await asyncio.gather(*(fetch(sem, i) for i in range(${n})))`,
    'asyncio.run(main())',
  );

describe('unbounded-fan-out', () => {
  it('counts the tasks waiting at once, at the line that made them', () => {
    const [f, ...rest] = see(program(150, false));
    expect(rest).toEqual([]);
    expect(`${f.line} ${f.kind}`).toBe('8 unbounded-fan-out');
    expect(f.figures).toEqual({ peak: 150, tasks: 150 });
    expect(f.message.en).toContain('Semaphore');
  });

  it('says nothing below a hundred, or when a Semaphore bounds them', () => {
    expect(where(program(99, false))).toEqual([]);
    expect(where(program(150, true))).toEqual([]);
  });
});
