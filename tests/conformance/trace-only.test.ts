/**
 * The CLI's recording (`traceOnly`: no per-step details for the app) must give every conformance
 * program the same trace as the full recording, and CPython 3.13's golden trace.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { simulate } from '../../src/lib/run';
import { preloadLibrary } from '../../src/lib/stdlib/lazy-sources';
import { compareTraces } from '../../src/lib/trace/compare';
import { comparable, goldenRunOptions } from './per-instant';
import { caseStdin } from './goldens';

const here = import.meta.dirname;

function suite(name: string, programs: string, goldens: string) {
  if (!existsSync(programs)) return;
  const files = readdirSync(programs)
    .filter((f) => f.endsWith('.py'))
    .sort();
  describe(name, () => {
    for (const f of files) {
      const golden = join(goldens, basename(f, '.py') + '.json');
      if (!existsSync(golden)) continue;
      it(f, async () => {
        const source = readFileSync(join(programs, f), 'utf8');
        await preloadLibrary(source);
        const want = JSON.parse(readFileSync(golden, 'utf8'));
        // The goldens of expected/ are 3.13's.
        const stdin = caseStdin(join(programs, f));
        const r = simulate(
          source,
          { maxSteps: 10_000, traceOnly: true, python: '3.13', stdin, ...goldenRunOptions(want) },
          f,
        );
        expect(r.ui.details).toEqual([]);
        expect(compareTraces(...comparable(r.trace, want))).toBeNull();
      });
    }
  });
}

suite('shared corpus, trace only', join(here, 'shared'), join(here, 'shared', 'expected'));
suite('own cases, trace only', join(here, 'cases'), join(here, 'expected'));

describe('trace only against the full recording', () => {
  it('prints, warns and fails as the full recording does, without the details', () => {
    const source = `import asyncio

async def boom():
    await asyncio.sleep(0.1)
    raise ValueError('boom')

async def main():
    sem = asyncio.Semaphore(1)
    async def job(i):
        async with sem:
            await asyncio.sleep(0.01 * i)
            print('job', i)
    asyncio.create_task(boom())
    asyncio.sleep(1)
    t = asyncio.create_task(job(9))
    await asyncio.gather(*(job(i) for i in range(3)))
    t.cancel()
    await asyncio.sleep(0.2)
    import sys
    print('to stderr', file=sys.stderr)

asyncio.run(main())
`;
    const full = simulate(source);
    const lean = simulate(source, { traceOnly: true });
    expect(full.ui.details.length).toBe(full.trace.steps.length);
    expect(lean.ui.details).toEqual([]);
    expect(lean.trace).toEqual(full.trace);
    expect(lean.trace.warnings.length).toBeGreaterThan(0);
    expect(lean.ui.stderr).toEqual(full.ui.stderr);
    expect(lean.ui.taskErrors).toEqual(full.ui.taskErrors);
    expect(lean.ui.warningSteps).toEqual(full.ui.warningSteps);
    expect(lean.traceback).toBe(full.traceback);
  });
});
