import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../../src/lib/run';
import { buildTimeline, type TimelineModel } from '../../../src/lib/timeline/model';

export const SHARED = join(__dirname, '../../conformance/shared');
export const CASES = join(__dirname, '../../conformance/cases');

export function modelOf(path: string): { model: TimelineModel; source: string } {
  const source = readFileSync(path, 'utf8');
  const result = simulate(source);
  return { model: buildTimeline(result, { source }), source };
}

/** A gather of n coroutines that sleep i % 10 / 10 seconds. */
export function bigProgram(n: number): string {
  return [
    'import asyncio',
    'async def work(i):',
    '    await asyncio.sleep(i % 10 / 10)',
    '    return i',
    'async def main():',
    `    results = await asyncio.gather(*(work(i) for i in range(${n})))`,
    '    print(len(results))',
    'asyncio.run(main())',
    '',
  ].join('\n');
}
