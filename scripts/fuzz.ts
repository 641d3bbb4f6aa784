/**
 * Mutation fuzz: `npx tsx --import ./bin/raw-text.mjs scripts/fuzz.ts [N] [SEED]` edits the
 * project's own programs (conformance cases, scenarios, stdlib cases) at random, N times, runs
 * each edit through simulate() in worker threads (FUZZ_WORKERS, 2) with a wall-clock watchdog, and
 * counts how the runs end (a deadlock's message names where each task waits, so it counts as located).
 * Internal errors, hangs and stops without a line are the defects it looks for; it prints one
 * example of each. A hang is a run the watchdog had to kill (its limits were 2,000 steps and
 * 200,000 operations, so any honest run ends long before).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const N = Number(process.argv[2] ?? 10_000);
let seed = Number(process.argv[3] ?? 1);
const HANG_MS = 20_000;
const ROOT = join(import.meta.dirname, '..');

/** A small seeded generator (mulberry32), so a count can be reproduced. */
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

function programs(): string[] {
  const dirs = ['tests/conformance/cases', 'tests/conformance/shared', 'scenarios', 'tests/unit/stdlib/cases'];
  return dirs.flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => f.endsWith('.py'))
      .map((f) => readFileSync(join(ROOT, d, f), 'utf8')),
  );
}

const TOKENS = [
  'None',
  '0',
  '-1',
  '10**9',
  '2**64',
  "''",
  '[]',
  '{}',
  '()',
  'float("nan")',
  'asyncio',
  'await',
  'lambda: 0',
  'self',
  'print',
  'asyncio.sleep(0)',
  'asyncio.current_task()',
  '*',
  ',',
  ':',
  '(',
  ')',
];
const STATEMENTS = [
  'await asyncio.sleep(0)',
  'raise ValueError("x")',
  'return',
  'break',
  'continue',
  'pass',
  'asyncio.current_task().cancel()',
  'yield 1',
  'del x',
  'global x',
  'import sys; sys.exit(3)',
  'while True: pass',
  'asyncio.run(main())',
  'print(*range(3), sep=None)',
];

function mutate(src: string): string {
  const lines = src.split('\n');
  const i = Math.floor(rand() * lines.length);
  const indent = /^\s*/.exec(lines[i])![0];
  switch (Math.floor(rand() * 7)) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[i]);
      break;
    case 2:
      if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
      break;
    case 3: {
      const words = [...lines[i].matchAll(/[A-Za-z_]\w*|\d+(\.\d+)?|"[^"]*"|'[^']*'/g)];
      if (words.length) {
        const w = pick(words);
        const by = rand() < 0.5 ? pick(TOKENS) : pick([...src.matchAll(/[A-Za-z_]\w*/g)])[0];
        lines[i] = lines[i].slice(0, w.index) + by + lines[i].slice(w.index! + w[0].length);
      }
      break;
    }
    case 4: {
      const a = Math.floor(rand() * (lines[i].length + 1));
      lines[i] = lines[i].slice(0, a) + lines[i].slice(a + 1 + Math.floor(rand() * 6));
      break;
    }
    case 5:
      lines.splice(i, 0, indent + pick(STATEMENTS));
      break;
    default:
      lines[i] = rand() < 0.5 ? '    ' + lines[i] : lines[i].replace(/^ {4}/, '');
  }
  return lines.join('\n');
}

type Outcome = 'ok' | 'python error' | 'limit' | 'deadlock' | 'syntax' | 'internal error' | 'hang' | 'no line';

/** The worker's side: simulate each program it is sent and answer how the run ended. */
async function serve(): Promise<void> {
  const { simulate } = await import('../src/lib/run');
  simulate('import asyncio\nasyncio.run(asyncio.sleep(0))\n');
  parentPort!.on('message', (src: string) => {
    let out: string;
    try {
      const r = simulate(src, { maxSteps: 2000, maxOperations: 200_000, traceOnly: true });
      if (r.diagnostics.length) out = 'syntax';
      else if (r.internalError) out = 'internal error: ' + r.internalError;
      else if (!r.trace.error) out = 'ok';
      else if (r.limit) out = r.stopLine == null && r.limit === 'operations' ? 'no line' : 'limit';
      else if (r.trace.error.startsWith('Deadlock:')) out = 'deadlock';
      else if (r.traceback || r.trace.error.startsWith('RecursionError')) out = 'python error';
      else out = 'no line: ' + r.trace.error;
    } catch (e) {
      out = 'internal error: thrown ' + String(e).split('\n')[0];
    }
    parentPort!.postMessage(out);
  });
  parentPort!.postMessage('ready');
}

/**
 * A worker running this file, once it has loaded the simulator (tsx's loader does not reach
 * workers by itself: it is registered there first).
 */
async function spawn(): Promise<Worker> {
  const url = (u: string) => JSON.stringify(u);
  const boot = `(async () => {
    const { register } = await import(${url(import.meta.resolve('tsx/esm/api'))});
    register();
    await import(${url(new URL('../bin/raw-text.mjs', import.meta.url).href)});
    await import(${url(import.meta.url)});
  })();`;
  const w = new Worker(boot, { eval: true });
  await new Promise((resolve) => w.once('message', resolve));
  return w;
}

/** Run one program in `w`; the answer, and whether the worker had to be replaced. */
function ask(w: Worker, src: string): Promise<string> {
  return new Promise<string>((resolve) => {
    const timer = setTimeout(() => resolve('hang'), HANG_MS);
    w.once('message', (m: string) => {
      clearTimeout(timer);
      resolve(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      resolve('internal error: worker died ' + String(e));
    });
    w.postMessage(src);
  }).finally(() => {
    // Only these listeners: Node keeps listeners of its own on a Worker.
    w.removeAllListeners('message').removeAllListeners('error');
  });
}

if (!isMainThread) await serve();
else {
  const corpus = programs();
  const sources = Array.from({ length: N }, () => {
    let src = pick(corpus);
    for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) src = mutate(src);
    return src;
  });
  const counts = new Map<Outcome, number>();
  const examples = new Map<Outcome, string>();
  let next = 0;
  let done = 0;
  /** One worker's share: programs taken in turn until none is left. */
  async function lane(): Promise<void> {
    let worker = await spawn();
    for (let n = next++; n < N; n = next++) {
      const src = sources[n];
      const answer = await ask(worker, src);
      if (answer === 'hang' || answer.startsWith('internal error: worker died')) {
        await worker.terminate();
        worker = await spawn();
      }
      const kind = answer.split(':')[0] as Outcome;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      if (!examples.has(kind) && ['internal error', 'hang', 'no line'].includes(kind))
        examples.set(kind, `${answer}\n--- program ${n} ---\n${src}\n---`);
      if (++done % Math.max(1, Math.floor(N / 10)) === 0) console.error(`${done} programs`);
    }
    await worker.terminate();
  }
  await Promise.all(Array.from({ length: Number(process.env.FUZZ_WORKERS ?? 2) }, lane));
  console.log(`${N.toLocaleString('en-US')} mutated programs (seed ${process.argv[3] ?? 1}):`);
  for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${v}`);
  for (const [k, v] of examples) console.log(`\nfirst ${k}:\n${v}`);
}
