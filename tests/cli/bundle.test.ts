/**
 * bin/loopline.js runs the prebuilt bundle only while it is fresh, and `run` loads no drawing code.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
 * A checkout of its own: bin/ copied (it finds the bundle beside itself), src/ and node_modules/ linked
 * to this one's, and in dist/cli/ a "bundle" that only says it ran, built at `builtAt`.
 */
function checkout(builtAt: number | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'loopline-checkout-'));
  mkdirSync(join(dir, 'bin'));
  for (const f of ['loopline.js', 'bundle.js', 'raw-text.mjs', 'raw-text-hooks.mjs'])
    copyFileSync(join(root, 'bin', f), join(dir, 'bin', f));
  symlinkSync(join(root, 'src'), join(dir, 'src'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (builtAt !== null) {
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    writeFileSync(
      join(dir, 'dist', 'cli', 'main.js'),
      `export const NEEDS_DEEP_STACK = -1;\nexport async function main(argv, out) { out.write('the bundle ran\\n'); return 0; }\n`,
    );
    const inputs = ['src/cli/main.ts', 'src/lib/run.ts'];
    writeFileSync(join(dir, 'dist', 'cli', 'manifest.json'), JSON.stringify({ builtAt, inputs }));
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
    expect(freshBundle(pathToFileURL(root + '/'))?.pathname).toBe(join(root, 'dist/cli/main.js'));
  });
});

describe('what a command loads', () => {
  /** The files a command loaded (module URLs, as Node's loader saw them), in the main thread and any worker. */
  function loaded(...args: string[]): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'loopline-loads-'));
    const log = join(dir, 'loaded.txt');
    const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`;
    const register = join(dir, 'register.mjs');
    writeFileSync(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});\n`,
    );
    const r = spawnSync(process.execPath, ['--import', register, join(root, 'bin/loopline.js'), ...args], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.status).toBe(0);
    return readFileSync(log, 'utf8').trim().split('\n');
  }

  it('`run` loads the bundle but no drawing code (timeline renderer, linkedom, resvg); `svg` does', () => {
    const forRun = loaded('run', hello);
    expect(forRun).toContain(pathToFileURL(join(root, 'dist/cli/main.js')).href);
    expect(forRun.filter((u) => /linkedom|resvg/.test(u))).toEqual([]);
    const forSvg = loaded('svg', hello);
    expect(forSvg.some((u) => u.includes('linkedom'))).toBe(true);
    const bundleFiles = (urls: string[]) => new Set(urls.filter((u) => u.includes('/dist/cli/')));
    const drawing = [...bundleFiles(forSvg)].filter((u) => !bundleFiles(forRun).has(u));
    expect(drawing.length).toBeGreaterThan(0);
    for (const u of drawing) expect(readFileSync(new URL(u), 'utf8')).toContain('renderTimeline');
  });
});
