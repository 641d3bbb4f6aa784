/**
 * `loopline doctor FILE.py`, as a user runs it (bin/loopline.js in a child process): one finding
 * per line, `--json`, `--locale ko`, exit 0 with or without findings, a located syntax error.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFreshBundle, root } from './bundle';

const bin = join(root, 'bin', 'loopline.js');

beforeAll(ensureFreshBundle, 300_000);

function loopline(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-doctor-'));
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

const blocking = join(root, 'scenarios/13_blocking_sleep.py');

describe('loopline doctor', () => {
  it('prints LINE: KIND: message (cost) and exits 0', () => {
    const r = loopline('doctor', blocking);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '16: blocking-call: time.sleep(2) in blocker() blocks the event loop: nothing else runs until it returns; ' +
        'use await asyncio.sleep(...) (the loop froze for 2 s while 1 other task waited)\n',
    );
  });

  it('with --fix, shows under each finding the fix its run proved: times before and after, and the diff', () => {
    const r = loopline('doctor', '--fix', blocking);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^16: blocking-call: /);
    expect(lines[1]).toMatch(/^ {4}fix: .*\(proven by running it: \d+(\.\d+)? s → \d+(\.\d+)? s\)$/);
    expect(r.out).toContain('    -    time.sleep(2)');
    expect(r.out).toContain('    +    await asyncio.sleep(2)');
    const json = JSON.parse(loopline('doctor', '--fix', '--json', blocking).out);
    expect(json[0].fix.source).toContain('await asyncio.sleep(2)');
    expect(json[0].fix.after).toBeLessThan(json[0].fix.before);
  });

  it('prints the findings as JSON with --json, in Korean with --locale ko', () => {
    const json = loopline('doctor', join(root, 'scenarios/02_sequential_await.py'), '--json');
    expect(json.code).toBe(0);
    const fs = JSON.parse(json.out);
    expect(fs.map((f: { kind: string; line: number; endLine: number }) => [f.kind, f.line, f.endLine])).toEqual([
      ['sequential-awaits', 13, 15],
    ]);
    expect(fs[0].figures).toEqual({ sequentialSeconds: 4, longestSeconds: 2, awaits: 3 });
    const ko = loopline('doctor', blocking, '--locale', 'ko');
    expect(ko.out).toContain('16: blocking-call: blocker() 안에서 호출한 time.sleep(2) 때문에 이벤트 루프가 멈춥니다.');
    expect(ko.out).toContain('(루프가 2초 멈췄고, 그동안 다른 태스크 1개가 기다렸습니다)');
  });

  it('exits 0 with no findings, saying so on stderr', () => {
    const r = loopline('doctor', join(root, 'scenarios/04_gather.py'));
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('no findings');
    expect(loopline('doctor', join(root, 'scenarios/04_gather.py'), '--json').out).toBe('[]\n');
  });

  it('gives a syntax error its located message and exit code, as run does', () => {
    const f = tempFile('bad.py', 'import asyncio\nasync def main(:\n    pass\n');
    const r = loopline('doctor', f);
    const run = loopline('run', f);
    expect(r.code).toBe(run.code);
    expect(r.code).toBe(1);
    expect(r.err).toBe(run.err);
    expect(r.err).toContain('bad.py:2:');
    expect(r.out).toBe('');
  });

  it('checks its options', () => {
    expect(loopline('doctor').code).toBe(2);
    const bad = loopline('doctor', blocking, '--locale', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--locale takes en or ko (got 'fr')");
    expect(loopline('doctor', blocking, '--python', '3.10').code).toBe(2);
    expect(loopline('doctor', blocking, '--python', '3.11').code).toBe(0);
  });
});
