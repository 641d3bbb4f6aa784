/**
 * Every fix on every line of conformance programs, and on broken text: a rewrite never
 * throws, and what it returns is a program that parses.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXES } from '../../../../src/lib/doctor/fixes/index';
import { parse } from '../../../../src/lib/parse';
import type { FindingKind } from '../../../../src/lib/doctor/types';
import { finding } from './finding';

const CASES = join(import.meta.dirname, '../../../conformance/cases');
const KINDS = Object.entries(FIXES) as [FindingKind, NonNullable<(typeof FIXES)[FindingKind]>][];

function rewrites(source: string): { where: string; out: string }[] {
  const out: { where: string; out: string }[] = [];
  const lines = source.split('\n').length;
  for (const [kind, fix] of KINDS)
    for (let line = 0; line <= lines + 1; line++) {
      const rewritten = fix.rewrite(source, finding(kind, line, line + 2));
      if (rewritten !== null) out.push({ where: `${kind} at ${line}`, out: rewritten });
    }
  return out;
}

describe('fixes on any line', () => {
  it('rewrite the conformance programs only into programs that parse', () => {
    // Every fourth program (in name order) keeps the test short; together they cover each construct family.
    const files = readdirSync(CASES)
      .filter((f) => f.endsWith('.py'))
      .sort()
      .filter((_, k) => k % 4 === 0);
    let count = 0;
    for (const f of files) {
      for (const r of rewrites(readFileSync(join(CASES, f), 'utf8'))) {
        count++;
        expect(parse(r.out).diagnostics, `${f}: ${r.where}`).toEqual([]);
      }
    }
    expect(count).toBeGreaterThan(50);
  }, 120_000);

  it('decline broken or unusual text without throwing', () => {
    for (const source of [
      '',
      'async def main(:\n    time.sleep(1)\n',
      'import time\r\nasync def main():\r\n    time.sleep(1)\r\n',
      'async def main(): time.sleep(1)\n',
      'async def main():\n\tawait f()\n\tawait g()\n',
    ])
      expect(() => rewrites(source)).not.toThrow();
    expect(rewrites('async def main():\n    time.sleep(1)\n')[0]).toEqual({
      where: 'blocking-call at 2',
      out: 'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n',
    });
  });
});
