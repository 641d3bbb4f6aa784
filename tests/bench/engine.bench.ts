/**
 * `npm run bench`: the simulator on large programs (tests/bench/programs.ts), against CPython 3.13 on a virtual clock
 * where it is installed. Prints wall time, task steps per second and peak memory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { simulate } from '../../src/lib/run';
import { parse } from '../../src/lib/parse';
import { parser } from '@lezer/python';
import { enginePrograms, parkedTasksProgram } from './programs';
import { shippedSimulate } from './shipped-engine';

/**
 * `LOOPLINE_BENCH_ONLY=text,CPU npm run bench` times only the programs whose names contain one of
 * the words (case-insensitive) and skips the parse and memory sections: one figure re-measured in
 * minutes instead of the whole bench.
 */
const only = (process.env.LOOPLINE_BENCH_ONLY ?? '')
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter((w) => w !== '');
const programs = Object.fromEntries(
  Object.entries(enginePrograms).filter(
    ([name]) => only.length === 0 || only.some((w) => name.toLowerCase().includes(w)),
  ),
);

/** Untimed rounds after a program's first run, and the timed rounds whose medians are printed. */
const WARM_ROUNDS = 5;
const TIMED_ROUNDS = 9;

/** A full garbage collection (V8's gc(), exposed for this process without a command-line flag). */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** CPython 3.13's peak RSS (MiB) running `source` on the recorder's virtual clock (C tasks), or null. */
function cpythonPeakMiB(source: string): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-bench-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, source);
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      '-o',
      join(dir, 'rss'),
      'python3',
      'tests/recorder/record.py',
      file,
      '-o',
      join(dir, 'out.json'),
    ].concat(['--native', '--max-steps', '100000000']),
    { env: { ...process.env, PYENV_VERSION: '3.13.0' }, stdio: 'ignore', timeout: 600_000 },
  );
  if (r.status !== 0) return null;
  return Number(readFileSync(join(dir, 'rss'), 'utf8').trim().split('\n').pop()) / 1024;
}

/** Loopline's peak RSS (MiB) simulating `parkedTasksProgram(n)` in a fresh process (`mode`: see parked-rss.ts). */
function looplinePeakMiB(n: number, mode: 'full' | 'trace' | 'none'): number {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--import', './bin/raw-text.mjs', 'tests/bench/parked-rss.ts', String(n), mode],
    { encoding: 'utf8', timeout: 600_000 },
  );
  return Number(out.trim()) / 1024;
}

/** Fresh CPython processes per program, and the program's runs in each (the first is the cold one). */
const CPYTHON_PROCESSES = 7;
const CPYTHON_RUNS = 3;

/**
 * CPython's times for a program, each process timing its own runs inside itself
 * (tests/bench/virtual_clock.py --time: C tasks, virtual clock, no trace recording, output kept in
 * memory), so start-up is outside the figures rather than subtracted from them. `wall` and `cpu`
 * are the medians of each fresh process's first run (wall clock; the process's CPU time); `warmCpu`
 * the median CPU time of the runs after it in the same process.
 *
 * The wall figure moves with the machine's load (0.019 s to 0.100 s for the CPU-heavy program at a
 * load of 5 on two cores: the process is preempted mid-run), the CPU time hardly (0.020 s to 0.025 s).
 * A first run in a fresh process costs CPython about half as much again as its later ones (0.020 s
 * against 0.013 s): mostly the allocator's first pages (about 450 minor page faults), which the
 * later runs reuse.
 */
function cpythonTimes(source: string): { wall: number; cpu: number; warmCpu: number } | null {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-bench-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, source);
  const wall: number[] = [];
  const cpu: number[] = [];
  const warmCpu: number[] = [];
  try {
    for (let i = 0; i < CPYTHON_PROCESSES; i++) {
      const out = execFileSync(
        'python3',
        ['tests/bench/virtual_clock.py', '--time', '--runs', String(CPYTHON_RUNS), file],
        { env: { ...process.env, PYENV_VERSION: '3.13.0' }, encoding: 'utf8', timeout: 600_000 },
      );
      out
        .trim()
        .split('\n')
        .forEach((line, run) => {
          const [w, c] = line.split(' ').map(Number);
          if (run === 0) {
            wall.push(w);
            cpu.push(c);
          } else warmCpu.push(c);
        });
    }
  } catch {
    return null;
  }
  return { wall: median(wall), cpu: median(cpu), warmCpu: median(warmCpu) };
}

/**
 * The main thread's CPU time so far, in seconds (Linux: /proc's schedstat, which the kernel brings up
 * to date at each scheduler tick, 4 ms here, so one reading can lag by that much), or null elsewhere.
 * Unlike the wall time it leaves out the time the process waited for a core on a loaded machine;
 * unlike the process's CPU time it leaves out V8's helper threads (the garbage collector's parallel
 * and concurrent work, about a fifth of the CPU-heavy program's), which a machine with a core to
 * spare runs beside it. The main thread's waits for them (a parallel scavenge's end) are left out
 * too: on an idle machine the wall time would be a little above it.
 */
function mainThreadSeconds(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return null;
  }
}

/** A run's wall time, the process's CPU time (every thread: getrusage, exact) and the main thread's. */
interface Timing {
  wall: number;
  cpu: number;
  main: number | null;
}

function timing(f: () => void): Timing {
  const m0 = mainThreadSeconds();
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  f();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  const m1 = mainThreadSeconds();
  return { wall, cpu: (c.user + c.system) / 1e6, main: m0 === null || m1 === null ? null : m1 - m0 };
}

/** The mean main-thread CPU time of runs (their sum is exact to a tick or two), or null off Linux. */
function meanMain(ts: Timing[]): number | null {
  return ts.some((t) => t.main === null) ? null : ts.reduce((s, t) => s + t.main!, 0) / ts.length;
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
if (only.length === 0) {
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
const shipped = await shippedSimulate();
shipped('import asyncio\nasync def main():\n    await asyncio.sleep(0)\nasyncio.run(main())\n');

for (const [name, source] of Object.entries(programs)) {
  collectGarbage();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const opts = { maxSteps: 100_000_000, maxOperations: 1_000_000_000 };
  const timed = (traceOnly: boolean) => {
    let result!: ReturnType<typeof simulate>;
    const t = timing(() => (result = simulate(source, { ...opts, traceOnly })));
    return { result, secs: t.wall, t };
  };
  const shippedRun = () => timing(() => shipped(source, { ...opts, traceOnly: true }));
  const shippedSecs = () => shippedRun().wall;
  // The first run compiles this program's functions (a single run, as `loopline run` does, pays it);
  // the runs after it reuse that JS (interp/compile/source-tier.ts) and V8's optimized code.
  const first = timed(false);
  let r = first.result;
  const cold = first.secs;
  shippedSecs(); // its own first run: the bundle has its own cache of compiled functions
  // V8 tiers the simulator's hot paths up over the next few runs (the CPU-heavy program takes about
  // five to reach its steady speed), so each copy of the simulator warms up as many times as the other
  // before any is timed: the sources run twice per round (full and trace only), the bundle twice too.
  // Timed runs then alternate. (The bundle had one warm run where the sources had four, and its
  // median came from a run still tiering up: the CPU-heavy program's shipped figure was 1.5x the
  // sources' for that alone.)
  for (let i = 0; i < WARM_ROUNDS; i++) {
    timed(false);
    timed(true);
    shippedSecs();
    shippedSecs();
  }
  const times: number[] = [];
  const lean: number[] = [];
  const built: number[] = [];
  const fullT: Timing[] = [];
  const leanT: Timing[] = [];
  const builtT: Timing[] = [];
  for (let i = 0; i < TIMED_ROUNDS; i++) {
    const full = timed(false);
    r = full.result;
    times.push(full.secs);
    fullT.push(full.t);
    const l = timed(true);
    lean.push(l.secs);
    leanT.push(l.t);
    const b = shippedRun();
    built.push(b.wall);
    builtT.push(b);
  }
  // The app's next run, once the browser has collected the last one's garbage: V8 drops the code
  // it optimized against objects that died (runtime/shape-anchors.ts keeps what it can).
  const collected: number[] = [];
  for (let i = 0; i < TIMED_ROUNDS; i++) {
    collectGarbage();
    collected.push(shippedSecs());
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
    `  wall time (median of ${TIMED_ROUNDS} warm runs): ${secs.toFixed(3)} s   steps/s: ${Math.round(steps / secs).toLocaleString('en-US')}   peak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB`,
  );
  console.log(`  first run (this program's code compiled cold): ${cold.toFixed(3)} s`);
  const leanSecs = median(lean);
  console.log(`  wall time, trace only (the CLI's recording; median of ${TIMED_ROUNDS}): ${leanSecs.toFixed(3)} s`);
  const builtSecs = median(built);
  console.log(
    `  wall time, trace only, as shipped (the simulator bundled by esbuild as the CLI and app are; median of ${TIMED_ROUNDS}): ${builtSecs.toFixed(3)} s`,
  );
  const collectedSecs = median(collected);
  console.log(
    `  wall time, trace only, as shipped, each after a full garbage collection (median of ${TIMED_ROUNDS}): ${collectedSecs.toFixed(3)} s`,
  );
  const cpuOf = (ts: Timing[]) => median(ts.map((t) => t.cpu));
  const mains = [meanMain(fullT), meanMain(leanT), meanMain(builtT)];
  console.log(
    `  CPU time, whole process (median of ${TIMED_ROUNDS}): ${cpuOf(fullT).toFixed(3)} s   trace only ${cpuOf(leanT).toFixed(3)} s   as shipped ${cpuOf(builtT).toFixed(3)} s`,
  );
  if (mains[0] !== null)
    console.log(
      `  CPU time, main thread (mean of ${TIMED_ROUNDS}): ${mains[0].toFixed(3)} s   trace only ${mains[1]!.toFixed(3)} s   as shipped ${mains[2]!.toFixed(3)} s`,
    );
  const noPython = !!process.env.LOOPLINE_BENCH_NO_PYTHON;
  const py = noPython ? null : cpythonTimes(source);
  if (py !== null) {
    const w = py.wall;
    console.log(
      `  CPython 3.13 (C tasks, virtual clock, timed in-process, first run of ${CPYTHON_PROCESSES} fresh processes, median): wall ${w.toFixed(3)} s   ratio Loopline/CPython: ${(secs / w).toFixed(2)} (trace only: ${(leanSecs / w).toFixed(2)}; as shipped: ${(builtSecs / w).toFixed(2)}; after a collection: ${(collectedSecs / w).toFixed(2)}; first run: ${(cold / w).toFixed(2)})`,
    );
    // Wall times move with the machine's load, CPU times hardly: the CPU ratio is the one to compare
    // from one day to the next. Loopline's main thread against CPython's process (it has no helper
    // threads), and the process's CPU time, helper threads and all, beside it.
    const c = py.cpu;
    const ratio = (x: number | null) => (x === null ? 'n/a' : (x / c).toFixed(2));
    console.log(
      `  CPython 3.13 CPU time: ${c.toFixed(3)} s (a fresh process's first run), ${py.warmCpu.toFixed(3)} s (its later runs)   CPU ratio Loopline/CPython: ${ratio(mains[0])} (trace only: ${ratio(mains[1])}; as shipped: ${ratio(mains[2])}; whole process: ${ratio(cpuOf(fullT))}, trace only ${ratio(cpuOf(leanT))}, as shipped ${ratio(cpuOf(builtT))}; against CPython's later runs: ${mains[0] === null ? 'n/a' : (mains[0] / py.warmCpu).toFixed(2)})`,
    );
  } else console.log('  CPython 3.13 not measured');
  const pyPeak = noPython ? null : cpythonPeakMiB(source);
  if (pyPeak !== null)
    console.log(
      `  CPython 3.13 peak RSS: ${pyPeak.toFixed(0)} MiB   ratio Loopline/CPython: ${(peak / 2 ** 20 / pyPeak).toFixed(2)} (Loopline's is this bench process's peak so far)`,
    );
}

// Memory: peak RSS with n tasks alive at once, each run in a fresh process, beside CPython's; and
// how it grows per task (the difference between two sizes, divided by the tasks added).
if (only.length === 0) {
  console.log('\nmemory: peak RSS with n tasks parked at once (parkedTasksProgram; a fresh process each)');
  const base = looplinePeakMiB(0, 'none');
  console.log(`  Loopline's process with nothing simulated (Node, tsx, the simulator loaded): ${base.toFixed(0)} MiB`);
  const sizes = [1_000, 10_000, 100_000];
  const rows = sizes.map((n) => ({
    n,
    full: looplinePeakMiB(n, 'full'),
    lean: looplinePeakMiB(n, 'trace'),
    py: process.env.LOOPLINE_BENCH_NO_PYTHON ? null : cpythonPeakMiB(parkedTasksProgram(n)),
  }));
  const ratio = (x: number, y: number | null) => (y === null ? '' : `  ratio ${(x / y).toFixed(2)}`);
  for (const r of rows) {
    console.log(
      `  ${r.n.toLocaleString('en-US').padStart(7)} tasks: Loopline ${r.full.toFixed(0)} MiB${ratio(r.full, r.py)}` +
        `   trace only ${r.lean.toFixed(0)} MiB${ratio(r.lean, r.py)}` +
        `   CPython 3.13 ${r.py === null ? 'not measured' : `${r.py.toFixed(0)} MiB`}`,
    );
  }
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const per = (x: number, y: number) => ((y - x) * 1024) / (b.n - a.n);
    const full = per(a.full, b.full);
    const lean = per(a.lean, b.lean);
    const py = a.py !== null && b.py !== null ? per(a.py, b.py) : null;
    console.log(
      `  growth ${a.n.toLocaleString('en-US')} → ${b.n.toLocaleString('en-US')} tasks, per task: Loopline ${full.toFixed(2)} KiB${ratio(full, py)}` +
        `   trace only ${lean.toFixed(2)} KiB${ratio(lean, py)}` +
        `   CPython 3.13 ${py === null ? 'not measured' : `${py.toFixed(2)} KiB`}`,
    );
  }
}
