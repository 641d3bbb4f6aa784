/**
 * The simulator as users run it, for the engine bench: src/lib/run.ts bundled by esbuild the way the
 * CLI bundle (scripts/build-cli.ts) and the app's build compile it. The bench's other figures run
 * the sources through tsx, whose esbuild transform keeps every function's and class's name
 * (`keepNames`): the wrapping that does this costs the interpreter's hot paths (class checks, calls)
 * time that no shipped build pays, so a figure from tsx alone overstates what a user waits.
 */
import { build, type Plugin } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { simulate as Simulate } from '../../src/lib/run';

const ROOT = join(import.meta.dirname, '..', '..');

/** `import text from './x.py?raw'`: the file's text, as Vite and bin/raw-text-hooks.mjs give it. */
const rawText: Plugin = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\.py\?raw$/ }, (a) => ({
      path: resolve(a.resolveDir, a.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (a) => ({
      contents: readFileSync(a.path, 'utf8'),
      loader: 'text',
    }));
  },
};

/** Bundles the simulator into a temporary directory and loads it. */
export async function shippedSimulate(): Promise<typeof Simulate> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'loopline-engine-')), 'run.mjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/lib/run.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    plugins: [rawText],
    logLevel: 'warning',
  });
  const mod = (await import(pathToFileURL(outfile).href)) as { simulate: typeof Simulate };
  return mod.simulate;
}
