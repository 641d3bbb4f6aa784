/**
 * bin/loopline.js runs the prebuilt bundle only while it is fresh, and `run` loads no drawing code.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureFreshBundle, root } from './bundle';
import { freshBundle } from '../../bin/bundle.js';

const hello = join(root, 'tests/conformance/shared/s001_say_after_tasks.py');
const helloOut =
  '[   0.000s] started at 00:00:00\n[   1.000s] hello\n[   2.000s] world\n[   2.000s] finished at 00:00:02\n';

beforeAll(ensureFreshBundle, 300_000);

/**
 * A checkout of its own: bin/ copied (it finds the bundle beside itself), the rest linked
 * to this one's, and in dist/cli/ a "bundle" that only says it ran, built at `builtAt`.
 */
function checkout(builtAt: number | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-checkout-'));
  mkdirSync(join(dir, 'bin'));
  for (const f of ['package.json', 'loopline.js', 'worker.js', 'bundle.js', 'raw-text.mjs', 'raw-text-hooks.mjs'])
    copyFileSync(join(root, 'bin', f), join(dir, 'bin', f));
  symlinkSync(join(root, 'src'), join(dir, 'src'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, 'scripts'), join(dir, 'scripts'));
  if (builtAt !== null) {
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    writeFileSync(
      join(dir, 'dist', 'cli', 'main-0.cjs'),
      `exports.NEEDS_DEEP_STACK = -1;\nexports.main = async (argv, out) => { out.write('the bundle ran\\n'); return 0; };\n`,
    );
    const inputs = ['src/cli/main.ts', 'src/lib/run.ts'];
    writeFileSync(join(dir, 'dist', 'cli', 'manifest.json'), JSON.stringify({ builtAt, main: 'main-0.cjs', inputs }));
  }
  return dir;
}

function run(dir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'loopline.js'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the prebuilt bundle', () => {
  it('is what runs while it is newer than its sources', () => {
    const r = run(checkout(Date.now()), 'run', hello);
    expect(r.out).toBe('the bundle ran\n');
  });

  it('is not run when a source changed after it was built: the sources run instead', () => {
    const r = run(checkout(0), 'run', hello);
    expect(r.err).toBe('');
    expect(r.out).toBe(helloOut);
  });

  it('is not needed: without dist/ the sources run', () => {
    const r = run(checkout(null), 'run', hello);
    expect(r.out).toBe(helloOut);
  });

  it('is stale when a source it names is gone', () => {
    const dir = checkout(Date.now());
    const manifest = join(dir, 'dist', 'cli', 'manifest.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...m, inputs: [...m.inputs, 'src/no-such-file.ts'] }));
    expect(freshBundle(pathToFileURL(dir + '/'))).toBeNull();
    rmSync(manifest);
    expect(freshBundle(pathToFileURL(dir + '/'))).toBeNull();
  });

  it('is built by `npm install` and fresh, so the other CLI tests run it', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toContain('build:cli');
    expect(freshBundle(pathToFileURL(root + '/'))?.pathname).toMatch(/\/dist\/cli\/main-[0-9a-f]{12}\.cjs$/);
  });

  it('is compiled with the code cache the build wrote, and a run does not rewrite it', () => {
    const main = freshBundle(pathToFileURL(root + '/'))!;
    const cache = `${main.pathname}.cache`;
    const before = statSync(cache).mtimeMs;
    const r = spawnSync(process.execPath, [join(root, 'bin/loopline.js'), 'run', hello], { encoding: 'utf8' });
    expect(r.stdout).toBe(helloOut);
    // Rewritten only when missing or rejected by V8 (another Node version): this one was accepted.
    expect(statSync(cache).mtimeMs).toBe(before);
  });

  it('is ASCII, as are the library IR files, so Node reads them as Latin-1 rather than decoding UTF-8', () => {
    const dir = join(root, 'dist', 'cli');
    const files = [freshBundle(pathToFileURL(root + '/'))!.pathname, join(dir, 'export.cjs')];
    // (The library's Python text beside its IR is read only to place a traceback's library statement.)
    for (const f of readdirSync(join(dir, 'ir'))) if (f.endsWith('.json')) files.push(join(dir, 'ir', f));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => !isAscii(readFileSync(f)))).toEqual([]);
  });

  it("carries @lezer/python's parse tables decoded, and none of its editor highlighting", () => {
    const text = readFileSync(freshBundle(pathToFileURL(root + '/'))!, 'utf8');
    for (const table of ['states:new Uint32Array([', 'stateData:new Uint16Array([', 'goto:new Uint16Array(['])
      expect(text).toContain(table);
    expect(text).toContain('tokenData:new Uint16Array([');
    expect(text).not.toContain('pythonHighlighting');
  });

  it('carries no library Python text, only a name for each file that its preparsed IR is found by', () => {
    const text = readFileSync(freshBundle(pathToFileURL(root + '/'))!, 'utf8');
    for (const file of ['src/lib/sim/py/tasks.py', 'src/lib/stdlib/py/decimal.py']) {
      const longest = readFileSync(join(root, file), 'utf8')
        .split('\n')
        .reduce((a, b) => (b.length > a.length ? b : a));
      expect(text).not.toContain(JSON.stringify(longest).slice(1, -1));
      expect(text).toContain(`<library ${file}>`);
    }
  });

  it('writes its code cache when it has none, and runs the same from it', () => {
    const dir = checkout(null);
    mkdirSync(join(dir, 'dist'));
    cpSync(join(root, 'dist', 'cli'), join(dir, 'dist', 'cli'), { recursive: true });
    const manifest = join(dir, 'dist', 'cli', 'manifest.json');
    const m = JSON.parse(readFileSync(manifest, 'utf8'));
    writeFileSync(manifest, JSON.stringify({ ...m, builtAt: Date.now() }));
    const cache = join(dir, 'dist', 'cli', `${m.main}.cache`);
    rmSync(cache);
    expect(run(dir, 'run', hello).out).toBe(helloOut);
    expect(statSync(cache).size).toBeGreaterThan(100_000);
    expect(run(dir, 'run', hello).out).toBe(helloOut);
  });
});

describe('what a command loads', () => {
  /** The files a command required (the bundles are CommonJS), in the main thread and any worker. */
  function loaded(...args: string[]): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'loopline-loads-'));
    const log = join(dir, 'loaded.txt');
    writeFileSync(log, '');
    const preload = join(dir, 'log-requires.cjs');
    writeFileSync(
      preload,
      `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (...a) {
  const f = resolve.apply(this, a);
  appendFileSync(${JSON.stringify(log)}, f + '\\n');
  return f;
};
`,
    );
    const r = spawnSync(process.execPath, ['--require', preload, join(root, 'bin/loopline.js'), ...args], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    return readFileSync(log, 'utf8').trim().split('\n');
  }

  it('starts as CommonJS (no ES module loader to set up): bin/loopline.js requires bin/bundle.js', () => {
    expect(loaded('run', hello)).toContain(join(root, 'bin/bundle.js'));
  });

  it('`run` requires no drawing code (timeline renderer, linkedom, resvg); `svg` does', () => {
    const forRun = loaded('run', hello);
    expect(forRun.filter((u) => /linkedom|resvg|export\.cjs/.test(u))).toEqual([]);
    const forSvg = loaded('svg', hello);
    expect(forSvg.some((u) => u.includes('linkedom'))).toBe(true);
    expect(forSvg).toContain(join(root, 'dist/cli/export.cjs'));
    expect(readFileSync(join(root, 'dist/cli/export.cjs'), 'utf8')).toContain('renderTimeline');
    expect(readFileSync(freshBundle(pathToFileURL(root + '/'))!, 'utf8')).not.toContain('renderTimeline');
  });
});

describe('the end of a run', () => {
  it('ends the process as soon as the output is written, without waiting on an empty event loop', () => {
    const dir = mkdtempSync(join(tmpdir(), 'loopline-exit-'));
    const preload = join(dir, 'before-exit.cjs');
    // 'beforeExit' comes only when Node ends the process by itself, after its event loop ran empty.
    writeFileSync(preload, `process.on('beforeExit', () => process.stderr.write('beforeExit\\n'));\n`);
    const r = spawnSync(process.execPath, ['--require', preload, join(root, 'bin/loopline.js'), 'run', hello], {
      encoding: 'utf8',
    });
    expect(r.stdout).toBe(helloOut);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
