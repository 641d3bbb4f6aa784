/**
 * A program's standard input under `loopline run`: what is piped into the command, as python3
 * gives it its own; read once, so a run repeated on a larger stack and every version `compare`
 * runs read the same lines.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBundle, root } from './bundle';

const bin = join(root, 'bin', 'loopline.js');

beforeAll(ensureFreshBundle, 300_000);

function loopline(input: string | null, ...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    input: input ?? undefined,
    stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  return { code: r.status, out: r.stdout.replace(/^\[[^\]]*\] /gm, ''), err: r.stderr };
}

function program(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'loopline-stdin-')), 'prog.py');
  writeFileSync(f, text);
  return f;
}

const GREET = `import asyncio

async def main():
    name = input("name? ")
    n = int(input())
    await asyncio.sleep(0.5)
    print("hello", name, "x" * n)

asyncio.run(main())
`;

describe('loopline run with a piped stdin', () => {
  it('gives input() the piped lines, prompts on stdout as python3 writes them', () => {
    const r = loopline('Ada\n3\n', 'run', program(GREET));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toBe('name? hello Ada xxx\n');
  });

  it('ends with EOFError past the last line, as python3 with its stdin at its end', () => {
    const r = loopline('Ada\n', 'run', program(GREET));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/n = int\(input\(\)\)\n[\s^~]*\nEOFError: EOF when reading a line\n$/);
    // No stdin at all (closed): the first input() ends the program the same way.
    expect(loopline(null, 'run', program(GREET)).err).toMatch(/EOFError: EOF when reading a line\n$/);
  });

  it('keeps what it read for a run repeated on a larger stack', () => {
    // Deeper than the main thread's stack holds: the command runs the program again in a worker.
    const deep = program(`import sys
sys.setrecursionlimit(30000)
first = input()
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(first, depth(20000), sys.stdin.read().split())
`);
    const r = loopline('one\ntwo three\n', 'run', deep);
    expect(r.err).toBe('');
    expect(r.out).toBe("one 20000 ['two', 'three']\n");
  });

  it('gives every version compare runs the same input', () => {
    const r = loopline(
      'Ada\n',
      'compare',
      '--versions',
      '3.11,3.14',
      program('import sys\nprint(input(), sys.version_info[1])\n'),
    );
    expect(r.err).toBe('');
    expect(r.out).toMatch(/3\.11 +Ada 11\n +3\.14 +Ada 14\n/);
  });
});
