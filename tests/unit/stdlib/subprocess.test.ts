/**
 * subprocess on simulated child processes (src/lib/sim/subprocesses.md): what CPython makes
 * deterministic is checked against it by the goldens stdlib_subprocess_*; the virtual time a child
 * takes (sleep), timeouts, kill/terminate and children of threads print what the model gives,
 * exactly (the recorder's children run in real time, so no golden can hold their times).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const dir = join(import.meta.dirname, 'subprocess');

function run(source: string): { out: string; processes: string[] } {
  const r = simulate(source, {}, 'prog.py');
  const out = r.trace.stdout.map((o) => `${o.t.toFixed(3)} ${o.text}`).join('');
  return {
    out: out + (r.trace.error ? `! ${r.trace.error}` : ''),
    processes: r.ui?.processes?.names ?? [],
  };
}

describe('subprocess on the virtual clock', () => {
  it('sleeps, times out, kills and waits in virtual time, also from threads', () => {
    expect(run(readFileSync(join(dir, 'timing.py'), 'utf8')).out).toBe(
      [
        '0.300 0.3 slept',
        "0.800 0.8 Command 'echo partial; sleep 2; echo never' timed out after 0.5 seconds b'partial\\n' None",
        '0.800 None',
        '0.800 0.8 got 0',
        '1.000 1.0 got 1',
        '1.200 1.2 got 2',
        '1.400 0 1.4',
        "1.600 1.6 Command '['sleep', '1']' timed out after 0.2 seconds",
        '1.600 -15 1.6',
        '1.600 -9 1.6',
        "1.700 1.7 Command '['sleep', '5']' timed out after 0.10000000000000009 seconds",
        '1.800 1.8 thread w1',
        '1.900 1.9 thread w2',
        '2.000 2.0 thread w3',
        '2.000 inherited stdout',
        '2.000 2.0 end',
        '',
      ].join('\n'),
    );
  });

  it('gives each child a lane named by its command', () => {
    const r = run(
      "import subprocess\nsubprocess.run(['echo', 'hi'])\nsubprocess.run('sleep 1 && echo \"a b\"', shell=True)\n",
    );
    expect(r.out).toBe('0.000 hi\n1.000 a b\n');
    expect(r.processes).toEqual(['MainProcess', 'echo hi', 'sleep 1 && echo "a b"']);
  });

  it('refuses what it does not simulate, at the call', () => {
    const cases: [string, string][] = [
      ["subprocess.run(['ls', '-l'])", "command 'ls' is not simulated in Loopline"],
      ["subprocess.run('echo hi | cat', shell=True)", 'shell syntax a pipeline (|) is not simulated in Loopline'],
      [
        "subprocess.run('echo $(date)', shell=True)",
        'shell syntax a command substitution ($(...)) is not simulated in Loopline',
      ],
      // (NAME=value and ${X:-d} are simulated now: sim/subprocesses.md.)
      ["subprocess.run('echo ${X%d}', shell=True)", 'shell parameter expansion ${X%d} is not simulated in Loopline'],
      ["subprocess.run('echo ${X:1}', shell=True)", 'shell parameter expansion ${X:1} is not simulated in Loopline'],
      ["subprocess.run('unset -f g', shell=True)", 'unset -f g is not simulated in Loopline (unset NAME...)'],
      ["subprocess.run('cd -P /tmp', shell=True)", 'cd -P /tmp is not simulated in Loopline (cd DIR, cd - or cd)'],
      ["subprocess.run('$CMD', shell=True, env={'CMD': 'ls'})", "command 'ls' is not simulated in Loopline"],
      ["subprocess.run(['cat', 'f.txt'])", 'cat of a file is not simulated in Loopline (cat reads its standard input)'],
      [
        "subprocess.run(['python3', 'script.py'])",
        "python script.py is not simulated in Loopline (a child Python runs 'python -c CODE')",
      ],
      ["subprocess.run(['echo'], user='nobody')", "Popen's user argument is not simulated in Loopline"],
    ];
    for (const [call, message] of cases) {
      const r = run(`import subprocess\ntry:\n    ${call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n`);
      expect(r.out).toBe(`0.000 NotSimulatedError ${message}\n`);
    }
  });

  it('refuses the signals whose effect it does not simulate, at the call', () => {
    const cases: [string, string][] = [
      [
        'os.kill(os.getpid(), signal.SIGTERM)',
        'the program ended by its own signal SIGTERM (no handler set) is not simulated in Loopline',
      ],
      [
        "p = subprocess.Popen([sys.executable, '-c', 'import signal, time; signal.signal(15, print); time.sleep(1)']); time.sleep(0.1); p.terminate()",
        'a Python child handling SIGTERM (its handler, or KeyboardInterrupt) is not simulated in Loopline',
      ],
      [
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(1)']); time.sleep(0.1); p.send_signal(signal.SIGINT)",
        'a Python child handling SIGINT (its handler, or KeyboardInterrupt) is not simulated in Loopline',
      ],
      [
        "p = subprocess.Popen(['sleep', '1']); p.send_signal(signal.SIGSTOP)",
        'stopping a child process (SIGSTOP) is not simulated in Loopline',
      ],
      [
        'os.kill(os.getppid(), signal.SIGTERM)',
        "os.kill of process 4241 is not simulated in Loopline (only the program's own and its subprocess children)",
      ],
      [
        'import asyncio; exec("async def f():\\n    signal.raise_signal(2)"); asyncio.new_event_loop().run_until_complete(f())',
        'KeyboardInterrupt from SIGINT inside a running event loop (no asyncio.run handler) is not simulated in Loopline',
      ],
      [
        'import threading; t = threading.Thread(target=signal.raise_signal, args=(10,)); threading.excepthook = lambda a: print(a.exc_type.__name__, a.exc_value); t.start(); t.join()',
        'signal.raise_signal from a thread other than the main thread is not simulated in Loopline',
      ],
    ];
    for (const [call, message] of cases) {
      const r = run(
        `import os, signal, subprocess, sys, time\ntry:\n    ${call}\nexcept Exception as e:\n    print(type(e).__name__, e)\n`,
      );
      expect(r.out).toMatch(new RegExp(`^\\d\\.\\d{3} NotSimulatedError ${message.replace(/[()]/g, '\\$&')}\n$`));
    }
  });

  it("a Python child's SIG_IGN keeps it running; its default SIGTERM ends it with -15", () => {
    const r = run(
      [
        'import signal, subprocess, sys, time',
        "code = 'import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); time.sleep(1); print(\\'slept\\')'",
        "p = subprocess.Popen([sys.executable, '-c', code])",
        'time.sleep(0.5)',
        'p.terminate()',
        'print(p.wait(), signal.getsignal(signal.SIGTERM))',
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(1)'])",
        'time.sleep(0.5)',
        'p.terminate()',
        'print(p.wait())',
      ].join('\n') + '\n',
    );
    expect(r.out).toBe('1.000 slept\n1.000 0 0\n1.500 -15\n');
  });
});
