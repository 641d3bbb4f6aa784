/**
 * `npm run bench`, CLI part: `loopline run PROG.py` (bin/loopline.js, as a user starts it) against CPython 3.13
 * running the same program on a virtual clock (tests/bench/virtual_clock.py: sleeps cost nothing, as in
 * Loopline). Whole processes, start-up included: wall and CPU time (user + system of the process and its
 * threads, from wait4), median of several runs taken in alternation, and the ratio Loopline/CPython.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshBundle } from '../../bin/bundle.js';
import { enginePrograms, smallProgram } from './programs';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'loopline.js');

/** The CPython 3.13 binary itself (not pyenv's shim, a shell script that costs more than a small program). */
function python(): string {
  try {
    return execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
      env: { ...process.env, PYENV_VERSION: '3.13.0' },
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'python3';
  }
}

// Starts a command and waits for it with wait4, which reports the CPU time the child used.
const TIMER = `import os, subprocess, sys, time
t0 = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, ru = os.wait4(p.pid, 0)
print(time.perf_counter() - t0, ru.ru_utime + ru.ru_stime, os.waitstatus_to_exitcode(status))`;

interface Sample {
  wall: number;
  cpu: number;
}

function timed(py: string, cmd: string[]): Sample {
  const r = spawnSync(py, ['-c', TIMER, ...cmd], { encoding: 'utf8', timeout: 900_000 });
  const [wall, cpu, code] = r.stdout.trim().split(' ').map(Number);
  if (r.status !== 0 || code !== 0) throw new Error(`${cmd.join(' ')} failed (${code}): ${r.stderr}`);
  return { wall, cpu };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const fmt = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);

const py = python();
const version = spawnSync(py, ['--version'], { encoding: 'utf8' }).stdout.trim();
const bundled = freshBundle(new URL(`file://${root}/`)) !== null;
console.log(
  `\nloopline run (${bundled ? 'prebuilt bundle' : 'NO FRESH BUNDLE: sources through tsx; run `npm run build:cli`'}) against ${version} on a virtual clock`,
);

const dir = mkdtempSync(join(tmpdir(), 'loopline-cli-bench-'));
const cases: [string, string, number][] = [
  ['small program (two say_after tasks)', smallProgram, 11],
  ...Object.entries(enginePrograms).map(([name, source]): [string, string, number] => [name, source, 3]),
];
for (const [i, [name, source, runs]] of cases.entries()) {
  const file = join(dir, `prog${i}.py`);
  writeFileSync(file, source);
  const ours: Sample[] = [];
  const theirs: Sample[] = [];
  for (let k = 0; k < runs; k++) {
    ours.push(timed(py, [process.execPath, bin, 'run', file]));
    theirs.push(timed(py, [py, join(import.meta.dirname, 'virtual_clock.py'), file]));
  }
  const [lw, lc, pw, pc] = [ours, ours, theirs, theirs].map((s, j) => median(s.map((x) => (j % 2 ? x.cpu : x.wall))));
  console.log(`\n${name} (median of ${runs}, alternating)`);
  console.log(`  loopline run: wall ${fmt(lw)}   CPU ${fmt(lc)}`);
  console.log(`  CPython 3.13: wall ${fmt(pw)}   CPU ${fmt(pc)}`);
  console.log(`  ratio Loopline/CPython: wall ${(lw / pw).toFixed(2)}   CPU ${(lc / pc).toFixed(2)}`);
}
