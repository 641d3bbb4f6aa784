/**
 * The doctor reads a program as its run did: a `\N{...}` escape is named from the version's
 * Unicode tables (not the parser's short list, which would call the program unsupported and leave
 * the doctor with nothing to say about its mistakes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { preloadLibrary, simulate } from '../../../src/lib/run';
import { examine } from '../../../src/lib/doctor/examine';
import { py, where } from './see';

const program = (name: string) =>
  py(
    'import asyncio',
    'import time',
    `MARK = "\\N{${name}}"`,
    'async def work():',
    '    time.sleep(0.1)',
    '    print(MARK)',
    'async def main():',
    '    await asyncio.gather(work(), work())',
    'asyncio.run(main())',
  );

describe('the doctor and \\N{...} names', () => {
  beforeAll(async () => {
    await preloadLibrary(program('X'));
  });

  it('finds the mistakes of a program naming a character outside the parser’s own list', () => {
    const src = program('TIBETAN MARK GTER YIG MGO TRUNCATED A');
    expect(
      simulate(src, { python: '3.13' })
        .trace.stdout.map((o) => o.text)
        .join(''),
    ).toBe('\u0f01\n\u0f01\n');
    expect(where(src, { python: '3.13' })).toEqual(['5 blocking-call']);
  });

  it('reads the name with the run’s version (SHAKING FACE is 3.12’s), also when fixes are proven', () => {
    const src = program('SHAKING FACE');
    expect(where(src, { python: '3.12' })).toEqual(['5 blocking-call']);
    // 3.11 has no such character: a SyntaxError, nothing ran, nothing to say.
    expect(where(src, { python: '3.11' })).toEqual([]);
    const found = examine(src, simulate(src, { python: '3.13' }), { python: '3.13' });
    expect(found.map((f) => `${f.line} ${f.kind}`)).toEqual(['5 blocking-call']);
  });
});
