/**
 * `npm run bench`: the simulator on two large programs, against CPython 3.13 on a virtual clock
 * where it is installed. Prints wall time, task steps per second and peak memory.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../src/lib/run';

const programs: Record<string, string> = {
  'gather of 10,000 coroutines that sleep and print': `import asyncio

async def worker(i):
    await asyncio.sleep(i % 10 / 10)
    print(f"worker {i} done")

async def main():
    await asyncio.gather(*(worker(i) for i in range(10_000)))

asyncio.run(main())
`,
  'producer/consumer: 100,000 items through a bounded Queue, 10 workers': `import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    for _ in range(10):
        await q.put(None)

async def consumer(q, totals, k):
    while True:
        item = await q.get()
        if item is None:
            break
        totals[k] += item

async def main():
    q = asyncio.Queue(maxsize=100)
    totals = [0] * 10
    await asyncio.gather(producer(q, 100_000), *(consumer(q, totals, k) for k in range(10)))
    print(sum(totals))

asyncio.run(main())
`,
};

function cpythonSeconds(source: string): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-bench-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, source);
  try {
    const t0 = process.hrtime.bigint();
    execFileSync('python3', ['tests/recorder/record.py', file, '-o', join(dir, 'out.json'), '--native', '--max-steps', '100000000'], {
      env: { ...process.env, PYENV_VERSION: '3.13.0' },
      stdio: 'ignore',
      timeout: 600_000,
    });
    return Number(process.hrtime.bigint() - t0) / 1e9;
  } catch {
    return null;
  }
}

for (const [name, source] of Object.entries(programs)) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t0 = process.hrtime.bigint();
  const r = simulate(source, { maxSteps: 100_000_000, maxOperations: 1_000_000_000 });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const steps = r.trace.steps.length;
  console.log(`\n${name}`);
  console.log(`  simulated: ${steps.toLocaleString('en-US')} task steps, ${r.trace.stdout.length.toLocaleString('en-US')} output lines, error: ${r.trace.error ?? 'none'}`);
  console.log(`  wall time: ${secs.toFixed(2)} s   steps/s: ${Math.round(steps / secs).toLocaleString('en-US')}   peak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB`);
  const py = process.env.LOOPLINE_BENCH_NO_PYTHON ? null : cpythonSeconds(source);
  if (py !== null) console.log(`  CPython 3.13 (recorder, virtual clock): ${py.toFixed(2)} s   ratio Loopline/CPython: ${(secs / py).toFixed(2)}`);
  else console.log('  CPython 3.13 not measured');
}
