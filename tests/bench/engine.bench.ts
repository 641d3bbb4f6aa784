/**
 * `npm run bench`: the simulator on large programs (tests/bench/programs.ts), against CPython 3.13 on a virtual clock
 * where it is installed. Prints wall time, task steps per second and peak memory.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../src/lib/run';
import { parse } from '../../src/lib/parse';
import { parser } from '@lezer/python';
import { enginePrograms } from './programs';

const programs = enginePrograms;

function recorderSeconds(source: string): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-bench-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, source);
  try {
    const t0 = process.hrtime.bigint();
    // --native: CPython's own C Task and Future, on the recorder's virtual clock.
    execFileSync(
      'python3',
      ['tests/recorder/record.py', file, '-o', join(dir, 'out.json'), '--native', '--max-steps', '100000000'],
      {
        env: { ...process.env, PYENV_VERSION: '3.13.0' },
        stdio: 'ignore',
        timeout: 600_000,
      },
    );
    return Number(process.hrtime.bigint() - t0) / 1e9;
  } catch {
    return null;
  }
}

/** CPython's time for a program: the recorder's run minus its start-up (an empty asyncio program). */
function cpythonSeconds(source: string): number | null {
  const empty = 'import asyncio\nasync def main():\n    pass\nasyncio.run(main())\n';
  const fulls: number[] = [];
  const bases: number[] = [];
  for (let i = 0; i < 3; i++) {
    const f = recorderSeconds(source);
    const b = recorderSeconds(empty);
    if (f === null || b === null) return null;
    fulls.push(f);
    bases.push(b);
  }
  return Math.max(median(fulls) - median(bases), 1e-3);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * A program of about `lines` lines in the style of the tutorials' asyncio examples (the
 * density matters: Lezer's own parse is most of the cost).
 */
function parseProgram(lines: number): string {
  const chunk = (i: number) =>
    [
      `# sim: latency http://example.com/${i} 0.${i % 10}`,
      ``,
      `async def say_after_${i}(delay, what):`,
      `    """Print what after delay seconds."""`,
      `    await asyncio.sleep(delay)`,
      `    print(what)`,
      `    return len(what)`,
      ``,
      ``,
      `async def fetch_${i}(session, url, retries=3):`,
      `    for attempt in range(retries):`,
      `        try:`,
      `            async with session.get(url) as resp:`,
      `                return await resp.text()`,
      `        except TimeoutError as e:`,
      `            print(f"retry {attempt}: {e}")`,
      `            await asyncio.sleep(0.1 * 2 ** attempt)`,
      `    return None`,
      ``,
      ``,
      `class Worker${i}:`,
      `    def __init__(self, name, queue):`,
      `        self.name = name`,
      `        self.queue = queue`,
      `        self.done = []`,
      ``,
      `    async def run(self):`,
      `        while True:`,
      `            item = await self.queue.get()`,
      `            if item is None:`,
      `                break`,
      `            self.done.append(item * 2)`,
      `            self.queue.task_done()`,
      ``,
      ``,
      `async def main_${i}():`,
      `    start = time.perf_counter()`,
      `    task1 = asyncio.create_task(say_after_${i}(1, 'hello'))`,
      `    task2 = asyncio.create_task(say_after_${i}(2, 'world'))`,
      `    results = await asyncio.gather(task1, task2, return_exceptions=True)`,
      `    print(f"finished at {time.strftime('%X')} with {results}")`,
      `    elapsed = time.perf_counter() - start`,
      `    print(f"took {elapsed:.2f} seconds")`,
      ``,
      ``,
    ].join('\n');
  const parts: string[] = ['import asyncio', 'import time', ''];
  let n = 3;
  for (let i = 0; n < lines; i++) {
    const c = chunk(i);
    parts.push(c);
    n += c.split('\n').length;
  }
  return parts.join('\n') + '\n';
}

function fastestMs(f: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

// Parsing: Lezer plus the lowering to Loopline's IR, for tutorial-style programs.
{
  console.log('parse + lower (fastest of 10 warm runs)');
  for (const lines of [2000, 8000]) {
    const src = parseProgram(lines);
    parse(src);
    const ours = fastestMs(() => parse(src), 10);
    const lezer = fastestMs(() => parser.parse(src), 10);
    console.log(
      `  ${lines.toLocaleString('en-US')} lines: ${ours.toFixed(1)} ms (Lezer's own parse: ${lezer.toFixed(1)} ms)`,
    );
  }
}

// Warm up: the first run compiles Loopline's own asyncio library code.
const t00 = process.hrtime.bigint();
simulate('import asyncio\nasync def main():\n    await asyncio.sleep(0)\nasyncio.run(main())\n');
console.log(
  `start-up (first run, compiles the asyncio library): ${(Number(process.hrtime.bigint() - t00) / 1e6).toFixed(0)} ms`,
);

for (const [name, source] of Object.entries(programs)) {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const times: number[] = [];
  let r = simulate('');
  for (let i = 0; i < 3; i++) {
    const t0 = process.hrtime.bigint();
    r = simulate(source, { maxSteps: 100_000_000, maxOperations: 1_000_000_000 });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const secs = median(times);
  const steps = r.trace.steps.length;
  console.log(`\n${name}`);
  console.log(
    `  simulated: ${steps.toLocaleString('en-US')} task steps, ${r.trace.stdout.length.toLocaleString('en-US')} output lines, error: ${r.trace.error ?? 'none'}`,
  );
  console.log(
    `  wall time (median of 3): ${secs.toFixed(2)} s   steps/s: ${Math.round(steps / secs).toLocaleString('en-US')}   peak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB`,
  );
  const py = process.env.LOOPLINE_BENCH_NO_PYTHON ? null : cpythonSeconds(source);
  if (py !== null)
    console.log(
      `  CPython 3.13 (C tasks, virtual clock, start-up subtracted): ${py.toFixed(2)} s   ratio Loopline/CPython: ${(secs / py).toFixed(2)}`,
    );
  else console.log('  CPython 3.13 not measured');
}
