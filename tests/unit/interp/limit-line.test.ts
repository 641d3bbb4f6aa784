/**
 * The operations limit names a line of the program wherever it runs out, also inside native
 * asyncio code (a queue operation's coroutine ticks without a line of its own; it said "at line 0").
 */
import { it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const program = `import asyncio

async def main():
    q = asyncio.Queue()
    while True:
        await q.put(1)
        await q.get()

asyncio.run(main())
`;

it('stops an endless queue loop at one of its lines, whichever operation runs out', () => {
  for (let ops = 1000; ops < 1012; ops++) {
    const r = simulate(program, { maxOperations: ops, python: '3.13' });
    expect(r.trace.error).toMatch(
      /^Limit: stopped after [\d,]+ operations without finishing \(an endless loop\?\), at line [5-7]$/,
    );
    expect([5, 6, 7]).toContain(r.stopLine);
  }
});
