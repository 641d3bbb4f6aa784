/**
 * multiprocessing and ProcessPoolExecutor on simulated processes (src/lib/sim/threads.md,
 * "Processes"). The programs whose output CPython makes deterministic are checked against it
 * (cases/multiprocessing_*.py, expected.json); the others (timing on the virtual cores, which
 * worker runs what) print what the model gives, exactly: multiprocessing/*.py.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { stdlibSuite } from './helpers';

stdlibSuite('multiprocessing');

const dir = join(import.meta.dirname, 'multiprocessing');

function run(file: string, cores?: number): string {
  const r = simulate(readFileSync(join(dir, file), 'utf8'), { cores }, file);
  const out = r.trace.stdout.map((o) => `${o.t.toFixed(3)} ${o.text}`).join('');
  return out + (r.trace.error ? `! ${r.trace.error}` : '');
}

describe('multiprocessing on virtual cores', () => {
  it('runs CPU-bound processes in parallel, one core each, and threads one at a time (the GIL)', () => {
    // 100,000 loop iterations are 0.01 s of CPU time (0.1 us per operation).
    expect(run('cpu_bound.py')).toBe(
      [
        '0.000 4',
        '0.040 sequential: 0.040 s',
        '0.080 threads: 0.040 s',
        '0.090 processes: 0.010 s',
        '0.110 [0, 0, 0, 0, 0, 0, 0, 0]',
        '0.110 pool: 0.020 s',
        '0.160 [0, 0, 0, 0]',
        '0.160 executors: 0.050 s',
        '',
      ].join('\n'),
    );
  });

  it('shares the cores the run has (RunOptions.cores, the CLI --cores)', () => {
    expect(run('cpu_bound.py', 2)).toBe(
      [
        '0.000 2',
        '0.040 sequential: 0.040 s',
        '0.080 threads: 0.040 s',
        '0.100 processes: 0.020 s',
        '0.140 [0, 0, 0, 0, 0, 0, 0, 0]',
        '0.140 pool: 0.040 s',
        '0.200 [0, 0, 0, 0]',
        '0.200 executors: 0.060 s',
        '',
      ].join('\n'),
    );
  });

  it('takes the cores from a # sim: cores directive, which --cores overrides', () => {
    const src = '# sim: cores 8\nimport os, multiprocessing\nprint(os.cpu_count(), multiprocessing.cpu_count())\n';
    expect(
      simulate(src)
        .trace.stdout.map((o) => o.text)
        .join(''),
    ).toBe('8 8\n');
    expect(
      simulate(src, { cores: 3 })
        .trace.stdout.map((o) => o.text)
        .join(''),
    ).toBe('3 3\n');
    const bad = simulate('# sim: cores 0\nprint(1)\n');
    expect(bad.diagnostics.map((d) => d.message)).toEqual([
      "unknown simulator directive on line 1: expected '# sim: latency <url-prefix> <seconds>' or '# sim: cores <1-1024>'",
    ]);
  });

  it('sleeps in processes at once (the tutorial example)', () => {
    expect(run('workers_sleep.py')).toBe(
      [
        '0.000 Worker 0 starting',
        '0.000 Worker 1 starting',
        '0.000 Worker 2 starting',
        '2.000 Worker 0 finished',
        '2.000 Worker 1 finished',
        '2.000 Worker 2 finished',
        '2.000 All workers finished [0, 0, 0]',
        '',
      ].join('\n'),
    );
  });

  it("names processes, reports a child's exception and exit code, refuses lambdas", () => {
    const r = simulate(readFileSync(join(dir, 'names_errors.py'), 'utf8'), {}, 'names_errors.py');
    expect(r.trace.stdout.map((o) => o.text).join('')).toBe(
      [
        "<_MainProcess name='MainProcess' parent=None started> MainProcess",
        "<Process name='Process-1' parent=4242 initial> Process-1 None None False",
        'child Process-1 False',
        "0 False <Process name='Process-1' pid=",
        "exit 1 <Process name='Boomer' pid=4244 parent=4242 stopped exitcode=1>",
        '[0, 1, 4, 9, 16]',
        // 'Boomer' takes number 2 as in CPython, so the pool's workers are 3 and 4 (the executor's 5 and 6)
        "['ForkPoolWorker-3']",
        "_pickle PicklingError Can't pickle <function <lambda>",
        'apply ValueError bad 1',
        '[0, 1, 4]',
        "['ForkProcess-5']",
        "_pickle PicklingError Can't pickle <function <lambda>",
        'ppe ValueError bad 2',
        '2',
        '4',
        'fork',
        '',
      ].join('\n'),
    );
    expect(r.ui.stderr.map((e) => e.text).join('')).toBe(
      [
        'Process Boomer:',
        'Traceback (most recent call last):',
        // process.py's frames, as python3 prints them (3.13.0's lines 313 and 108; 3.14's 320 and 108).
        '  File "/usr/lib/python3.14/multiprocessing/process.py", line 320, in _bootstrap',
        '    self.run()',
        '    ~~~~~~~~^^',
        '  File "/usr/lib/python3.14/multiprocessing/process.py", line 108, in run',
        '    self._target(*self._args, **self._kwargs)',
        '    ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '  File "names_errors.py", line 9, in boom',
        "    raise ValueError('bad %d' % x)",
        'ValueError: bad 3',
        '',
      ].join('\n'),
    );
  });

  // child_frames.stderr-3.X.txt: python3's stderr for the program (`PYENV_VERSION=3.X.Y python3
  // child_frames.py 2>&1 >/dev/null`, its library folder written /usr/lib/ and the program's by its name).
  for (const minor of ['3.11', '3.13'] as const)
    it(`prints a child's traceback through process.py's frames as CPython ${minor} does`, () => {
      const r = simulate(readFileSync(join(dir, 'child_frames.py'), 'utf8'), { python: minor }, 'child_frames.py');
      const want = readFileSync(join(dir, `child_frames.stderr-${minor}.txt`), 'utf8');
      expect(r.ui.stderr.map((e) => e.text).join('')).toBe(want);
    });

  it('passes copies through a Queue, runs Pool calls, and joins a producer', () => {
    expect(run('queue_pool_api.py')).toBe(
      [
        '0.000 child sees 5 [5] 4243 4242',
        '0.000 parent sees 0 [] 4242',
        "0.000 {'name': 'Worker-2', 'hits': 1} 0 0",
        '0.100 0.1 got 0',
        '0.200 0.2 got 1',
        '0.300 0.3 got 2',
        '0.300 1024',
        '0.300 [1, 2, 3]',
        '0.300 [8, 9]',
        '0.300 [5, 6] True True',
        "0.300 [<ForkProcess name='ForkPoolWorker-4' pid=4246 parent=4242 started daemon>, <ForkProcess name='ForkPoolWorker-5' pid=4247 parent=4242 started daemon>]",
        '',
      ].join('\n'),
    );
  });
  it("runs a manager's server process: a Value's calls at once, a Lock's as round trips", () => {
    // Without a lock nothing is lost (each process's slice runs whole, threads.md "Races"); every
    // `with lock` is two round trips to the process's thread in the manager.
    expect(run('manager_race.py')).toBe(
      [
        '0.000 Value, no lock: 800 in 0.0001 s',
        "0.000 SyncManager-5 ['SyncManager-5']",
        '0.001 manager Value, no lock: 800 in 0.0005 s',
        '0.006 manager Value, manager Lock: 800 in 0.0050 s',
        '0.006 []',
        '',
      ].join('\n'),
    );
  });
});
