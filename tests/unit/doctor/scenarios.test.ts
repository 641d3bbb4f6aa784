/**
 * No false alarms: every scenario gets exactly the findings it is about (the ones that show a
 * mistake on purpose), and the others none.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { where } from './see';

const dir = join(__dirname, '../../../scenarios');

/** The scenarios that show a mistake on purpose, and what the doctor finds in each. */
const MISTAKES: Record<string, string[]> = {
  '01_forgotten_await.py': ['14 never-awaited'],
  '02_sequential_await.py': ['13-15 sequential-awaits'],
  '13_blocking_sleep.py': ['16 blocking-call'],
  '14_requests_blocking.py': ['10 blocking-call'],
  '18_runaway_loop.py': ['9 blocking-call'],
};

/** The scenarios that compute on purpose (millions of operations): run with the default limit. */
const COMPUTING = new Set(['21_cpu_asyncio.py', '22_cpu_threads.py', '23_cpu_processes.py', '24_three_ways.py']);

describe('the doctor on the scenarios', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.py'));
  it('knows every scenario that shows a mistake', () => {
    for (const f of Object.keys(MISTAKES)) expect(files).toContain(f);
    expect(files.length).toBeGreaterThan(Object.keys(MISTAKES).length);
  });
  for (const f of files)
    it(`${f}: ${MISTAKES[f]?.join(', ') ?? 'no finding'}`, () => {
      const limits = COMPUTING.has(f) ? {} : { maxOperations: 200_000 };
      expect(where(readFileSync(join(dir, f), 'utf8'), limits)).toEqual(MISTAKES[f] ?? []);
    });
});
