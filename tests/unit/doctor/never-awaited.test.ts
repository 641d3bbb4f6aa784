/** `never-awaited`: a coroutine made and never awaited, at the line that made it. */
import { describe, it, expect } from 'vitest';
import { py, see, where } from './see';

describe('never-awaited', () => {
  it('points at the call that made the coroutine', () => {
    const src = py(
      'import asyncio',
      'async def greet(name):',
      '    await asyncio.sleep(0.5)',
      'async def main():',
      '    greet("forgotten")',
      '    await greet("awaited")',
      'asyncio.run(main())',
    );
    const [f, ...rest] = see(src);
    expect(rest).toEqual([]);
    expect(`${f.line} ${f.kind}`).toBe('5 never-awaited');
    expect(f.message.en).toContain('greet() is called but never awaited');
    expect(f.message.ko).toContain('greet()를 호출만 하고');
  });

  it('points at the line that made it, not where it was dropped', () => {
    const src = py(
      'import asyncio',
      'async def f():',
      '    await asyncio.sleep(1)',
      'async def main():',
      '    c = f()',
      '    await asyncio.sleep(0.5)',
      '    c = None',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual(['5 never-awaited']);
  });

  it('says nothing of awaited coroutines or closed ones', () => {
    const src = py(
      'import asyncio',
      'async def f():',
      '    await asyncio.sleep(1)',
      'async def main():',
      '    c = f()',
      '    c.close()',
      '    await f()',
      '    await asyncio.create_task(f())',
      'asyncio.run(main())',
    );
    expect(where(src)).toEqual([]);
  });
});
