/** `exception-never-retrieved`: a failed task nothing awaited, at the line that created it. */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

const program = (retrieve: boolean) =>
  py(
    'import asyncio',
    'async def fail():',
    '    await asyncio.sleep(0.1)',
    '    raise ValueError("boom")',
    'async def main():',
    '    t = asyncio.create_task(fail())',
    '    await asyncio.sleep(0.5)',
    retrieve ? '    try: await t' : '    del t',
    retrieve ? '    except ValueError: pass' : '    await asyncio.sleep(0.5)',
    'asyncio.run(main())',
  );

describe('exception-never-retrieved', () => {
  it('names the task, its exception and the line that raised it', () => {
    const [f, ...rest] = see(program(false));
    expect(rest).toEqual([]);
    expect(`${f.line} ${f.kind}`).toBe('6 exception-never-retrieved');
    expect(f.message.en).toContain('fail() raised ValueError: boom at line 4');
    expect(f.message.ko).toContain('4번 줄에서 ValueError: boom 예외로 fail() 태스크가 실패했지만');
    expect(f.figures).toEqual({ failedAt: 0.1, loggedAt: 0.5, raisedLine: 4 });
  });

  it('says nothing when the exception is retrieved', () => {
    expect(where(program(true))).toEqual([]);
  });
});
