/**
 * asyncio's subprocesses (src/lib/sim/subprocesses.md): the order of their events is checked
 * against CPython by the goldens stdlib_asyncio_subprocess_*; what the recorder cannot record
 * (children that sleep: their time would be real) prints what the model gives, exactly, and the
 * refusals are located.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

const dir = join(import.meta.dirname, 'subprocess');

function run(source: string, python?: PythonVersion): { out: string; processes: string[] } {
  const r = simulate(source, python ? { python } : {}, 'prog.py');
  const out = r.trace.stdout.map((o) => `${o.t.toFixed(3)} ${o.text}`).join('');
  return {
    out: out + (r.trace.error ? `! ${r.trace.error}` : ''),
    processes: r.ui?.processes?.names ?? [],
  };
}

const inMain = (body: string) =>
  `import asyncio\nimport sys\n\nasync def main():\n${body
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n\nasyncio.run(main())\n`;

describe("asyncio's subprocesses on the virtual clock", () => {
  it('sees a sleeping child when it writes and ends, beside other tasks', () => {
    const r = run(readFileSync(join(dir, 'asyncio_timing.py'), 'utf8'));
    expect(r.out).toBe(
      [
        '0.000 tick 0 0.0',
        '0.500 tick 1 0.5',
        '1.000 tick 2 1.0',
        "1.000 b'done\\n' 0 1.0",
        '1.500 tick 3 1.5',
        '4.000 [0, 0] 4.0',
        '5.000 timeout 5.0 None',
        '5.000 -9 5.0',
        '',
      ].join('\n'),
    );
    expect(r.processes).toEqual(['MainProcess', 'sleep 1; echo done', 'sleep 2', 'sleep 1', 'sleep 5']);
  });

  it('stops with the loop deadlocked when a child waits for input nobody sends', () => {
    const r = run(
      inMain("proc = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE)\nawait proc.wait()"),
    );
    expect(r.out).toBe('! Deadlock: Task-1 (main) at main:6 waits for Process');
  });

  it('refuses what it does not simulate, at the call', () => {
    const cases: [string, string][] = [
      ["await asyncio.create_subprocess_exec('ls')", "command 'ls' is not simulated in Loopline"],
      [
        "await asyncio.create_subprocess_exec('echo', stdout=sys.stderr)",
        "stdout=<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'> is not simulated in Loopline (PIPE, DEVNULL or None)",
      ],
      [
        "await asyncio.create_subprocess_shell('echo', executable='/bin/bash')",
        "Popen's executable argument is not simulated in Loopline",
      ],
      [
        "await asyncio.create_subprocess_shell('echo a | cat')",
        'shell syntax a pipeline (|) is not simulated in Loopline',
      ],
      [
        'asyncio.get_running_loop().connect_read_pipe',
        '_UnixSelectorEventLoop.connect_read_pipe is not simulated in Loopline',
      ],
    ];
    for (const [call, message] of cases) {
      const r = run(inMain(`try:\n    ${call}\nexcept Exception as e:\n    print(type(e).__name__, e)`));
      expect(r.out).toBe(`0.000 NotSimulatedError ${message}\n`);
    }
  });

  it("wakes the loop of a thread that waits for its sleeping child, that loop's only", () => {
    // Each of two threads' loops waits for a child that sleeps; a child's output and exit wake the
    // loop watching it (the threads' loops stopped in a deadlock before: none woke).
    const r = run(
      [
        'import asyncio, threading',
        '',
        'async def child(n):',
        "    p = await asyncio.create_subprocess_shell(f'sleep 0.{n}; echo done {n}', stdout=asyncio.subprocess.PIPE)",
        '    out, _ = await p.communicate()',
        "    print(threading.current_thread().name, out, p.returncode, f'{asyncio.get_running_loop().time():.2f}')",
        '',
        "ths = [threading.Thread(target=asyncio.run, args=(child(n),), name=f'T{n}') for n in (2, 1)]",
        'for t in ths: t.start()',
        'for t in ths: t.join()',
        "print('end')",
      ].join('\n'),
    );
    expect(r.out).toBe(["0.100 T1 b'done 1\\n' 0 0.10", "0.200 T2 b'done 2\\n' 0 0.20", '0.200 end', ''].join('\n'));
  });

  it("refuses 3.11, whose child watcher is a thread (the OS's order)", () => {
    const r = run(
      inMain(
        "try:\n    await asyncio.create_subprocess_exec('true')\nexcept Exception as e:\n    print(type(e).__name__, e)",
      ),
      '3.11',
    );
    expect(r.out).toMatch(
      /^0\.000 NotSimulatedError asyncio's subprocesses on Python 3\.11 are not simulated in Loopline/,
    );
  });
});
