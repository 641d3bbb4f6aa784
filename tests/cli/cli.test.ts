/**
 * The `loopline` command as a user runs it: through bin/loopline.js in a child process.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { compareTraces } from '../../src/lib/trace/compare';
import { ensureFreshBundle, root } from './bundle';

const bin = join(root, 'bin', 'loopline.js');

beforeAll(ensureFreshBundle, 300_000);

function loopline(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-cli-'));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe('loopline trace', () => {
  it('prints the conformance trace of a program as JSON', () => {
    const prog = join(root, 'tests/conformance/shared/s001_say_after_tasks.py');
    const r = loopline('trace', prog);
    expect(r.code).toBe(0);
    const want = JSON.parse(
      readFileSync(join(root, 'tests/conformance/shared/expected/s001_say_after_tasks.json'), 'utf8'),
    );
    expect(compareTraces(JSON.parse(r.out), want)).toBeNull();
  });

  it('simulates the CPython version --python names (3.11: wait_for wraps the coroutine in a task)', () => {
    const prog = join(root, 'tests/conformance/shared/s004_wait_for_timeout.py');
    for (const v of ['3.11', '3.13']) {
      const r = loopline('trace', prog, '--python', v);
      expect(r.code).toBe(0);
      const dir = v === '3.13' ? 'expected' : `expected-${v}`;
      const want = JSON.parse(
        readFileSync(join(root, `tests/conformance/shared/${dir}/s004_wait_for_timeout.json`), 'utf8'),
      );
      expect(compareTraces(JSON.parse(r.out), want)).toBeNull();
    }
    const bad = loopline('run', prog, '--python', '3.10');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--python takes one of 3.11, 3.12, 3.13, 3.14 (got '3.10')");
  });

  it('exits 0 when the program itself raised, with the error in the trace', () => {
    const f = tempFile(
      'boom.py',
      'import asyncio\nasync def main():\n    raise ValueError("boom")\nasyncio.run(main())\n',
    );
    const r = loopline('trace', f);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).error).toBe('ValueError: boom');
  });

  it('reports a syntax error with its location and exits non-zero', () => {
    const f = tempFile('bad.py', 'import asyncio\n\nasync def main()\n    pass\n');
    const r = loopline('trace', f);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/bad\.py:3:\d+: SyntaxError: expected ':'/);
  });

  it('reads a file as python3 does: a UTF-8 BOM is dropped, bytes that are not UTF-8 are a located SyntaxError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loopline-cli-'));
    const bom = join(dir, 'bom.py');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('print("ok")\n')]));
    expect(loopline('run', bom)).toMatchObject({ code: 0, out: '[   0.000s] ok\n' });
    const latin = join(dir, 'latin.py');
    writeFileSync(latin, Buffer.concat([Buffer.from('x = 1\nprint("caf'), Buffer.from([0xe9]), Buffer.from('")\n')]));
    const r = loopline('run', latin);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${latin}:2: SyntaxError: Non-UTF-8 code starting with '\\xe9' in file ${latin} on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n`,
    );
  });

  it('reports an unreadable file', () => {
    const r = loopline('trace', join(root, 'no-such-file.py'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot read');
  });

  it('rejects an unknown command with usage', () => {
    const r = loopline('frobnicate', 'x.py');
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage: loopline');
  });
});

describe('loopline run', () => {
  it('prints each warning at its virtual time as CPython does (file, line, source line), among what the program wrote to stderr', () => {
    const f = tempFile(
      'forgot.py',
      [
        'import asyncio, sys',
        'async def f(): pass',
        'async def main():',
        '    print("a", file=sys.stderr)',
        '    await asyncio.sleep(1)',
        '    f()',
        '    await asyncio.sleep(1)',
        '    print("b", file=sys.stderr)',
        'asyncio.run(main())',
        '',
      ].join('\n'),
    );
    const r = loopline('run', f);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      [
        '[   0.000s] a',
        `[   1.000s] ${f}:6: RuntimeWarning: coroutine 'f' was never awaited`,
        '[   1.000s]   f()',
        '[   1.000s] RuntimeWarning: Enable tracemalloc to get the object allocation traceback',
        '[   2.000s] b',
        '',
      ].join('\n'),
    );
  });

  it('prints output as python3 would, each line prefixed with its virtual time', () => {
    const r = loopline('run', join(root, 'tests/conformance/shared/s001_say_after_tasks.py'));
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '[   0.000s] started at 00:00:00\n[   1.000s] hello\n[   2.000s] world\n[   2.000s] finished at 00:00:02\n',
    );
  });

  it('prints multi-line output with one timestamp per line and the traceback on stderr', () => {
    const f = tempFile(
      'tb.py',
      'import asyncio\nasync def main():\n    print("a\\nb", end="")\n    await asyncio.sleep(1)\n    print("!")\n    1 / 0\nasyncio.run(main())\n',
    );
    const r = loopline('run', f);
    expect(r.out).toBe('[   0.000s] a\n[   0.000s] b!\n');
    expect(r.err).toContain('Traceback (most recent call last):');
    expect(r.err).toContain('line 6, in main');
    expect(r.err.trim().endsWith('ZeroDivisionError: division by zero')).toBe(true);
    expect(r.code).toBe(1);
  });

  it("keeps CPython's ModuleNotFoundError for a module it has no file for, and says under it what Loopline runs", () => {
    const pkg = loopline('run', tempFile('pkg.py', 'import asyncio\nimport httpx\n'));
    expect(pkg.code).toBe(1);
    const lines = pkg.err.trim().split('\n');
    expect(lines.at(-2)).toBe("ModuleNotFoundError: No module named 'httpx'");
    expect(lines.at(-1)).toMatch(/^loopline: 'httpx' is a third-party package, which Loopline does not simulate: /);
    const own = loopline('run', tempFile('own.py', 'from helpers.net import fetch\n'));
    expect(own.err).toContain(
      "ModuleNotFoundError: No module named 'helpers'\nloopline: there is no module 'helpers' here:",
    );
    expect(own.err).toContain('If it is a file of your own, paste what the program uses from it into this file.');
    // Caught, it is the program's business; a standard-library module keeps its own message.
    const caught = loopline(
      'run',
      tempFile('caught.py', 'try:\n    import uvloop\nexcept ImportError as e:\n    print(e)\n'),
    );
    expect(caught.out).toBe("[   0.000s] No module named 'uvloop'\n");
    expect(caught.err).toBe('');
    const stdlib = loopline('run', tempFile('std.py', 'import sqlite3\n'));
    expect(stdlib.err).toContain(
      "module 'sqlite3' is part of Python's standard library but is not simulated in Loopline",
    );
    expect(stdlib.err).not.toContain('loopline:');
  });

  it("exits with python3's status when a task raises SystemExit or KeyboardInterrupt", () => {
    const prog = (raise: string) =>
      tempFile(
        'stop.py',
        `import asyncio, sys\nasync def worker():\n    ${raise}\nasync def main():\n    asyncio.create_task(worker())\n    await asyncio.sleep(1)\n    print("main carried on")\nasyncio.run(main())\n`,
      );
    const exit = loopline('run', prog('sys.exit(4)'));
    expect([exit.code, exit.out]).toEqual([4, '']);
    // CPython: the traceback, then status 130 (it ends itself with SIGINT).
    const interruptFile = prog('raise KeyboardInterrupt');
    const interrupt = loopline('run', interruptFile);
    expect([interrupt.code, interrupt.out]).toEqual([130, '']);
    expect(interrupt.err).toContain('line 3, in worker');
    // The traceback first, then (as the interpreter shuts down) the dropped task's log, as python3 writes them.
    const [traceback, log] = interrupt.err.split('[   0.000s] Task exception was never retrieved\n');
    expect(traceback).toMatch(/^Traceback \(most recent call last\):\n.*\nKeyboardInterrupt\n$/s);
    expect(log).toContain(
      `future: <Task finished name='Task-2' coro=<worker() done, defined at ${interruptFile}:2> exception=KeyboardInterrupt()>`,
    );
    expect(log.trim().endsWith('KeyboardInterrupt')).toBe(true);
  });

  it('reports a coroutine that an uncaught exception keeps alive at the interpreter exit, after the traceback, as python3 does', () => {
    // The traceback holds the frames (main's `r`, asyncio.wait's argument list) until the exit:
    // the warning names the sys module's pseudo file, not a line of the program.
    const file = tempFile(
      'held.py',
      'import asyncio\nasync def work():\n    return 1\nasync def main():\n    r = work()\n    try:\n        await asyncio.wait([asyncio.sleep(1)])\n    except TypeError:\n        pass\n    print(r + 1)\nasyncio.run(main())\n',
    );
    for (const [python, where] of [
      ['3.13', '<sys>:0'],
      ['3.12', 'sys:1'],
    ]) {
      const r = loopline('run', '--python', python, file);
      expect(r.code).toBe(1);
      const lines = r.err.trimEnd().split('\n');
      expect(lines.at(-2)).toBe("TypeError: unsupported operand type(s) for +: 'coroutine' and 'int'");
      expect(lines.at(-1)).toBe(`[   0.000s] ${where}: RuntimeWarning: coroutine 'work' was never awaited`);
      // The list handed to asyncio.wait went when its except clause ended (line 9), as in CPython.
      expect(r.err).toContain(`${file}:9: RuntimeWarning: coroutine 'sleep' was never awaited`);
    }
  });

  it('stops an endless loop that never awaits at the operations cap, saying how to raise it', () => {
    const r = loopline('run', '--max-operations', '100000', tempFile('spin.py', 'n = 0\nwhile True:\n    n += 1\n'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Limit: stopped after 100,000 operations without finishing (an endless loop?), at line 2\n' +
        'loopline: stopped at the cap of 100,000 operations; run with --max-operations N to allow more\n',
    );
  });

  it('stops a program whose data keeps growing while Node still has room, at its line (it ended on a JS heap out of memory)', () => {
    // A 512 MB heap for Node: the run stops at 80% of it (cli/heap-gauge.ts), not at Node's own end.
    const f = tempFile('hog.py', 'rows = []\nwhile True:\n    rows.append([0] * 1000)\n');
    const r = spawnSync(process.execPath, ['--max-old-space-size=512', bin, 'run', f], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^Limit: stopped when memory in use reached [\d,]+ MB, over 80% of the [\d,]+ MB the simulator may use \(a list, dict or string that keeps growing\?\), at line [23]\n$/,
    );
  });

  it('names the program by its absolute path and prints an uncaught traceback before the exit functions run, as python3 does', () => {
    const file = tempFile(
      'ends.py',
      'import atexit, sys\natexit.register(print, "bye")\nprint(__file__ == sys.argv[0], __file__.startswith("/"))\nraise ValueError("boom")\n',
    );
    const rel = relative(root, file);
    const r = loopline('run', rel);
    expect(r.code).toBe(1);
    expect(r.out).toBe('[   0.000s] False True\n[   0.000s] bye\n');
    expect(r.err).toBe(
      `Traceback (most recent call last):\n  File "${file}", line 4, in <module>\n    raise ValueError("boom")\nValueError: boom\n`,
    );
  });

  it('stops an endless print loop at the output cap, naming --max-output', () => {
    const f = tempFile('loop.py', 'while True:\n    print("waiting")\n');
    const r = loopline('run', f, '--max-output', '80');
    expect(r.code).toBe(1);
    expect(r.out.split('\n').length).toBe(11);
    expect(r.err).toBe(
      'Limit: more than 80 characters of output, at line 2\n' +
        'loopline: stopped at the cap of 80 characters of output; run with --max-output N to allow more\n',
    );
    expect(loopline('run', f, '--max-output', 'lots').err).toContain(
      "--max-output takes a whole number of characters (got 'lots')",
    );
  });

  it('names the tasks of a deadlock instead of hanging', () => {
    const f = tempFile(
      'dl.py',
      'import asyncio\nasync def main():\n    ev = asyncio.Event()\n    await ev.wait()\nasyncio.run(main())\n',
    );
    const r = loopline('run', f);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Deadlock: Task-1 (main) at main:4 waits for Event');
  });

  it('stops a runaway loop with a message naming the limit', () => {
    const f = tempFile('spin.py', 'n = 0\nwhile True:\n    n += 1\n');
    const r = loopline('run', f);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Limit: stopped after [\d,]+ operations without finishing \(an endless loop\?\), at line 2/);
  });

  it('runs a program of more task steps than the app allows (100,000) under the CLI’s own cap', () => {
    const f = tempFile(
      'many.py',
      'import asyncio\nasync def main():\n    for i in range(100_001):\n        await asyncio.sleep(0)\n    print("done", i)\nasyncio.run(main())\n',
    );
    const r = loopline('run', f);
    expect(r.err).toBe('');
    expect(r.out).toBe('[   0.000s] done 100000\n');
    expect(r.code).toBe(0);
  });

  it('stops an endless timer loop at --max-steps, naming the cap and the option', () => {
    const f = tempFile(
      'tick.py',
      'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0.1)\nasyncio.run(main())\n',
    );
    const r = loopline('run', f, '--max-steps', '1_000');
    expect(r.code).toBe(1);
    expect(r.err).toContain('Limit: more than 1000 steps\n');
    expect(r.err).toContain('stopped at the cap of 1,000 task steps; run with --max-steps N to allow more');
    const t = loopline('trace', '--max-steps', '50', f);
    expect(JSON.parse(t.out).steps).toHaveLength(50);
    expect(t.err).toContain('the cap of 50 task steps');
  });

  it('rejects a --max-steps that is not a whole number, and documents the option', () => {
    const r = loopline('run', join(root, 'tests/conformance/shared/s001_say_after_tasks.py'), '--max-steps', '1.5');
    expect(r.code).toBe(2);
    expect(r.err).toContain("--max-steps takes a whole number of steps (got '1.5')");
    expect(loopline('--help').out).toMatch(/--max-steps N .*\[1,000,000\]/);
  });

  it('recurses to Python’s limit of 1000 frames as CPython does (a deep stack when the first one runs out)', () => {
    const f = tempFile(
      'deep.py',
      [
        'def f(n):',
        '    try:',
        '        return f(n + 1)',
        '    except RecursionError:',
        '        return n',
        'print(f(0))',
        'def g(n):',
        '    return 0 if n == 0 else 1 + g(n - 1)',
        'print(g(990))',
        '',
      ].join('\n'),
    );
    const r = loopline('run', f);
    expect(r.err).toBe('');
    // CPython 3.13: the module frame and f(0)..f(997) make 999 frames below the limit of 1000.
    expect(r.out).toBe('[   0.000s] 998\n[   0.000s] 990\n');
  });
});
