/**
 * `loopline run` writes stdout and stderr in the order the program wrote them, as python3 does:
 * a log line (stderr) comes between the prints around it, also when the run needs the worker
 * thread's deep stack (whose output is relayed to the terminal). Both streams go to one file here,
 * as they go to one terminal.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBundle, root } from './bundle';

const bin = join(root, 'bin', 'loopline.js');

const program = (deep: boolean) => `import asyncio, logging, sys
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("w")
${deep ? 'sys.setrecursionlimit(30000)\ndef down(n):\n    return 0 if n == 0 else down(n - 1) + 1\nprint("depth", down(20000))\n' : ''}
async def work(i):
    log.info("start %d", i)
    await asyncio.sleep(i)
    print("done", i)
    log.warning("end %d", i)

async def main():
    await asyncio.gather(work(1), work(2))
    print("bye", file=sys.stderr)
    print("all done")

asyncio.run(main())
`;

/** Runs `loopline run` with stdout and stderr into one file: their lines in the order written. */
function combined(source: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-streams-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, source);
  const outPath = join(dir, 'out.txt');
  const fd = openSync(outPath, 'w');
  try {
    spawnSync(process.execPath, [bin, 'run', file], { cwd: root, stdio: ['ignore', fd, fd], timeout: 120_000 });
  } finally {
    closeSync(fd);
  }
  return readFileSync(outPath, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/^\[[ 0-9.]+s\] /, ''));
}

const expected = [
  'INFO start 1',
  'INFO start 2',
  'done 1',
  'WARNING end 1',
  'done 2',
  'WARNING end 2',
  'bye',
  'all done',
];

describe('loopline run: stdout and stderr in the order written', () => {
  beforeAll(() => ensureFreshBundle(), 300_000);

  it('interleaves log lines and prints as python3 does', () => {
    expect(combined(program(false))).toEqual(expected);
  }, 120_000);

  it('also when the run goes to the deep-stack worker', () => {
    expect(combined(program(true))).toEqual(['depth 20000', ...expected]);
  }, 120_000);

  // python3 prints an uncaught exception's traceback, then runs the exit functions.
  const failing = (deep: boolean) =>
    `import atexit, sys\n${deep ? 'sys.setrecursionlimit(30000)\ndef down(n):\n    return 0 if n == 0 else down(n - 1) + 1\ndown(20000)\n' : ''}` +
    'atexit.register(lambda: print("bye"))\nprint("hi")\nraise ValueError("boom")\n';
  const afterTraceback = (lines: string[]) => [lines[0], lines[1], lines.at(-2), lines.at(-1)];

  it('writes an uncaught traceback before what the exit functions print', () => {
    expect(afterTraceback(combined(failing(false)))).toEqual([
      'hi',
      'Traceback (most recent call last):',
      'ValueError: boom',
      'bye',
    ]);
  }, 120_000);

  it('also from the deep-stack worker', () => {
    expect(afterTraceback(combined(failing(true)))).toEqual([
      'hi',
      'Traceback (most recent call last):',
      'ValueError: boom',
      'bye',
    ]);
  }, 120_000);
});

/** `loopline run FILE | head -1`: the status of loopline and what it wrote to stderr. */
function intoHead(source: string): { firstLine: string; status: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-pipe-'));
  const file = join(dir, 'prog.py');
  writeFileSync(file, source);
  const script = `"${process.execPath}" "${bin}" run "${file}" | head -1; echo "status \${PIPESTATUS[0]}" >&2`;
  const r = spawnSync('bash', ['-c', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const lines = r.stderr.trimEnd().split('\n');
  return { firstLine: r.stdout.trimEnd(), status: lines.at(-1) ?? '', stderr: lines.slice(0, -1).join('\n') };
}

describe('loopline run: a reader that stops early', () => {
  beforeAll(() => ensureFreshBundle(), 300_000);
  const printMany = (deep: boolean) =>
    `import asyncio, sys\n${deep ? 'sys.setrecursionlimit(30000)\ndef down(n):\n    return 0 if n == 0 else down(n - 1) + 1\ndown(20000)\n' : ''}` +
    'async def main():\n    for i in range(50000):\n        print("line", i)\nasyncio.run(main())\n';

  it('ends quietly when the pipe closes (no EPIPE stack), as head expects', () => {
    expect(intoHead(printMany(false))).toEqual({ firstLine: '[   0.000s] line 0', status: 'status 0', stderr: '' });
  }, 120_000);

  it('also from the deep-stack worker', () => {
    expect(intoHead(printMany(true))).toEqual({ firstLine: '[   0.000s] line 0', status: 'status 0', stderr: '' });
  }, 120_000);
});
