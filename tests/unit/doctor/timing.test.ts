/**
 * Each finding says when the timeline should mark it: when its cost began (the first of the
 * sequential awaits, the blocking call) or when CPython reported it (a warning's time).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { see, py } from './see';

const scenario = (name: string) => readFileSync(join(import.meta.dirname, '../../../scenarios', name), 'utf8');

describe('when a finding happened', () => {
  it('sequential awaits: when the first of them began (after a 0.5 s sleep)', () => {
    const f = see(
      py(
        'import asyncio',
        'async def fetch(n):',
        '    await asyncio.sleep(1)',
        '    return n',
        'async def main():',
        '    await asyncio.sleep(0.5)',
        '    a = await fetch(1)',
        '    b = await fetch(2)',
        '    print(a, b)',
        'asyncio.run(main())',
      ),
    );
    expect(f.map((x) => [x.kind, x.line, x.at])).toEqual([['sequential-awaits', 7, 0.5]]);
  });

  it('a blocking call: when the loop froze; a never-awaited coroutine: when CPython warned', () => {
    expect(see(scenario('13_blocking_sleep.py')).map((x) => [x.kind, x.at])).toEqual([['blocking-call', 0.75]]);
    const [never] = see(scenario('01_forgotten_await.py'));
    expect(never.kind).toBe('never-awaited');
    expect(never.at).toBe(never.figures?.warnedAt);
  });
});
