/**
 * Property: whatever the user types, simulate() returns a trace or located diagnostics; it never
 * throws, and a runaway or broken program ends with a message instead of hanging.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/lib/run';

const dir = join(import.meta.dirname, '..', 'conformance', 'shared');
const corpus = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const limits = { maxSteps: 2_000, maxOperations: 200_000 };

function check(source: string): void {
  const r = simulate(source, limits);
  for (const d of r.diagnostics) {
    expect(d.span.from).toBeGreaterThanOrEqual(0);
    expect(d.span.to).toBeLessThanOrEqual(source.length);
    expect(d.span.line).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (r.diagnostics.length === 0) {
    expect(Array.isArray(r.trace.steps)).toBe(true);
    expect(r.trace.end).toBeGreaterThanOrEqual(0);
  }
}

/** Small asyncio programs assembled from statements learners write. */
const statement = fc.constantFrom(
  'await asyncio.sleep(0)',
  'await asyncio.sleep(0.5)',
  'print("x", n)',
  'n += 1',
  'raise ValueError("bad")',
  'return n',
  't = asyncio.create_task(worker(n))',
  'await t',
  'await asyncio.gather(worker(1), worker(2))',
  'ev.set()',
  'await ev.wait()',
  'async with lock:\n        await asyncio.sleep(0.1)',
  'await q.put(n)',
  'n = await q.get()',
  'asyncio.current_task().cancel()',
  'try:\n        await asyncio.wait_for(worker(3), 0.2)\n    except TimeoutError:\n        pass',
  'for i in range(3):\n        await asyncio.sleep(i / 10)',
  'while n < 5:\n        n += 1',
  'time.sleep(0.3)',
  'x = [i * i for i in range(n)]',
  'worker(9)',
);

const program = fc.array(statement, { minLength: 1, maxLength: 8 }).map(
  (body) => `import asyncio
import time

ev = asyncio.Event()
lock = asyncio.Lock()

async def worker(n):
    ${body.join('\n    ')}
    return n

async def main():
    global q
    q = asyncio.Queue(maxsize=2)
    n = 0
    ${body.join('\n    ')}

asyncio.run(main())
`,
);

/** Hundreds of whole simulations: CI on a loaded 2-core machine has taken over the default minute. */
const SLOW_MACHINE_MS = 300_000;

describe('simulate never throws', { timeout: SLOW_MACHINE_MS }, () => {
  it('on generated asyncio programs', () => {
    fc.assert(
      fc.property(program, (src) => check(src)),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('on mutated conformance programs', () => {
    const mutation = fc.record({
      prog: fc.integer({ min: 0, max: corpus.length - 1 }),
      at: fc.nat(),
      kind: fc.constantFrom('delete', 'duplicate', 'insert'),
      ch: fc.constantFrom(' ', '\n', ':', '(', ')', 'await ', 'async ', '"', '\t', 'x', '0', '.', ',', '*', '#'),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => {
        let src = corpus[muts[0].prog];
        for (const m of muts) {
          const i = src.length ? m.at % src.length : 0;
          if (m.kind === 'delete') src = src.slice(0, i) + src.slice(i + 1);
          else if (m.kind === 'duplicate') src = src.slice(0, i) + src.slice(i, i + 8) + src.slice(i);
          else src = src.slice(0, i) + m.ch + src.slice(i);
        }
        check(src);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (src) => check(src)),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });
});
