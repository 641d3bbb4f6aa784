/**
 * `loopline svg | png | frames` as a user runs them: through bin/loopline.js in a child process.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIhdr } from './png-decode';
import { ensureFreshBundle } from '../cli/bundle';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'loopline.js');
const prog = (name: string): string => join(root, 'tests/conformance/shared', `${name}.py`);
const tmp = (): string => mkdtempSync(join(tmpdir(), 'loopline-export-'));

beforeAll(ensureFreshBundle, 300_000);

function loopline(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('loopline svg', () => {
  it('writes the golden drawing for the same options', () => {
    const out = join(tmp(), 'a.svg');
    const r = loopline(
      'svg',
      prog('s000_gather_three'),
      '-o',
      out,
      '--locale',
      'ko',
      '--title',
      'gather()로 세 코루틴 동시 실행 — 시작과 끝',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^wrote .*a\.svg \(960×\d+, [\d.]+ kB\)\n$/);
    expect(readFileSync(out, 'utf8')).toBe(
      readFileSync(join(import.meta.dirname, 'golden', 'gather_three-ko.svg'), 'utf8'),
    );
  });

  it('prints to stdout without -o and honours every option', () => {
    const r = loopline(
      'svg',
      prog('s002_semaphore_fetch'),
      '--theme',
      'print',
      '--axis=step',
      '--lanes',
      'Task-1,Task-3',
      '--title',
      'T',
      '--no-legend',
      '--width',
      '800',
      '--step',
      '5',
      '--range',
      '1:10',
      '--no-arrows',
    );
    expect(r.code).toBe(0);
    expect(r.out.startsWith('<?xml')).toBe(true);
    expect(r.out).toMatch(/<svg [^>]*width="800"/);
    expect(r.out).toContain('<title>T</title>');
    expect(r.out).toContain('Task-3 · fetch');
    expect(r.out).not.toContain('Task-2 · fetch');
    expect(r.out).toContain('step 5 ·');
    expect(r.out).not.toContain('Running</text>');
  });

  it('draws two programs with --compare', () => {
    const r = loopline('svg', prog('s001_say_after_sequential'), '--compare', prog('s001_say_after_tasks'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('s001_say_after_tasks.py — 2.0 s (1.5× faster)');
  });

  it('draws three programs with --compare twice, and refuses a fourth', () => {
    const sc = (id: string) => join(root, 'scenarios', `${id}.py`);
    const r = loopline(
      'svg',
      sc('21_cpu_asyncio'),
      '--compare',
      sc('22_cpu_threads'),
      '--compare',
      sc('23_cpu_processes'),
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /<title>Comparison: 21_cpu_asyncio\.py — [^<]* vs 22_cpu_threads\.py — [^<]* vs 23_cpu_processes\.py — [^<]* \([\d.]+× faster than A\)<\/title>/,
    );
    const four = loopline(
      'svg',
      sc('21_cpu_asyncio'),
      '--compare',
      sc('22_cpu_threads'),
      '--compare',
      sc('23_cpu_processes'),
      '--compare',
      sc('24_three_ways'),
    );
    expect(four.code).toBe(2);
    expect(four.err).toContain('--compare takes at most two other programs (three in all)');
    const dir = tmp();
    const bad = join(dir, 'bad.py');
    writeFileSync(bad, 'import asyncio\n\nasync def main()\n    pass\n');
    const c = loopline('svg', sc('21_cpu_asyncio'), '--compare', sc('22_cpu_threads'), '--compare', bad);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/bad\.py:3:\d+: SyntaxError/);
  });

  it('reports a syntax error with its location and exits non-zero', () => {
    const dir = tmp();
    const f = join(dir, 'bad.py');
    writeFileSync(f, 'import asyncio\n\nasync def main()\n    pass\n');
    const r = loopline('svg', f, '-o', join(dir, 'x.svg'));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/bad\.py:3:\d+: SyntaxError: expected ':'/);
    expect(readdirSync(dir)).toEqual(['bad.py']);
    const c = loopline('svg', prog('s001_say_after_tasks'), '--compare', f);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/bad\.py:3:\d+: SyntaxError/);
  });

  it('reports unreadable files, bad options and unknown tasks', () => {
    expect(loopline('svg', join(root, 'no-such.py')).err).toContain('cannot read');
    expect(loopline('svg', join(root, 'no-such.py')).code).toBe(1);
    const bad = loopline('svg', prog('s001_say_after_tasks'), '--theme', 'neon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--theme must be light, dark or print (got 'neon')");
    expect(loopline('svg', prog('s001_say_after_tasks'), '--frobnicate').err).toContain(
      "unknown option '--frobnicate'",
    );
    expect(loopline('svg', prog('s001_say_after_tasks'), '--range', '3').err).toContain('--range must be START:END');
    const lane = loopline('svg', prog('s001_say_after_tasks'), '--lanes', 'Task-7');
    expect(lane.code).toBe(2);
    expect(lane.err).toContain("no task named 'Task-7'");
    expect(loopline('svg', prog('s001_say_after_tasks'), '--step', '99').err).toContain('step must be between 1 and 7');
    expect(loopline('png', prog('s001_say_after_tasks')).err).toContain('png needs -o OUT.png');
    expect(loopline('svg').code).toBe(2);
  });

  it('lists the export commands in the usage text', () => {
    const r = loopline('--help');
    expect(r.out).toContain('svg FILE.py');
    expect(r.out).toContain('png FILE.py -o OUT.png');
    expect(r.out).toContain('frames FILE.py -o DIR');
    expect(r.out).toContain('--compare OTHER.py');
  });
});

describe('loopline png and frames', () => {
  it('writes a PNG at the requested scale', () => {
    const out = join(tmp(), 'a.png');
    const r = loopline('png', prog('s001_say_after_tasks'), '-o', out, '--scale', '3', '--width', '600');
    expect(r.code).toBe(0);
    const ihdr = readIhdr(readFileSync(out));
    expect(ihdr.width).toBe(1800);
    expect(ihdr.height % 3).toBe(0);
  });

  it('writes one numbered frame per step', () => {
    const dir = join(tmp(), 'frames');
    const r = loopline('frames', prog('s001_say_after_tasks'), '-o', dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('wrote 7 frames');
    const files = readdirSync(dir).sort();
    expect(files).toEqual(Array.from({ length: 7 }, (_, i) => `frame-000${i + 1}.svg`));
    expect(readFileSync(join(dir, 'frame-0003.svg'), 'utf8')).toContain('step 3 ·');
  });

  it('writes PNG frames with --format png', () => {
    const dir = join(tmp(), 'f');
    const r = loopline('frames', prog('s000_run_hello'), '-o', dir, '--format', 'png', '--scale', '1');
    expect(r.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThan(0);
    const sizes = new Set(files.map((f) => JSON.stringify(readIhdr(readFileSync(join(dir, f))))));
    expect(sizes.size).toBe(1);
  });
});
