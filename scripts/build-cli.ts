/**
 * Builds the `loopline` command into dist/cli/ (gitignored): src/cli/main.ts bundled with esbuild into
 * plain JavaScript, so a start needs no TypeScript compiler, and the library `.py` files inlined with
 * their IR parsed here (src/lib/interp/preparsed.ts), so a start needs no Python parser for them. The
 * export code is a separate chunk loaded only by svg/png/frames. npm's `prepare` runs this, hence
 * `npm install` and `npm ci`:
 *
 *   npx tsx scripts/build-cli.ts
 *
 * dist/cli/manifest.json names the sources the bundle was made from and when: bin/loopline.js runs the
 * bundle only while none of them is newer (bin/bundle.js), else the sources through tsx.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from '../src/lib/parse';
import { encodeModule } from '../src/lib/interp/preparsed';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'cli');
const PREPARSED = join(ROOT, 'src', 'lib', 'interp', 'preparsed.ts');

/** Each library file's encoded IR, by its file name under dist/cli/ir/ (read when the library first runs). */
const irFiles = new Map<string, string>();

/**
 * `import text from './x.py?raw'`: the file's text, with its IR registered under that text. The IR is a
 * file of its own rather than a string in the bundle: most runs use only asyncio's parts, and V8 scans
 * every byte of a script it compiles.
 */
const pyLibrary: Plugin = {
  name: 'py-library',
  setup(b) {
    b.onResolve({ filter: /\.py\?raw$/ }, (a) => ({
      path: resolve(a.resolveDir, a.path.slice(0, -'?raw'.length)),
      namespace: 'py-library',
    }));
    b.onLoad({ filter: /.*/, namespace: 'py-library' }, (a) => {
      const text = readFileSync(a.path, 'utf8');
      const r = parse(text);
      if (r.diagnostics.length) {
        const d = r.diagnostics[0];
        return { errors: [{ text: `${relative(ROOT, a.path)}:${d.span.line}: ${d.message}` }] };
      }
      const irFile = relative(join(ROOT, 'src', 'lib'), a.path)
        .replaceAll('/', '-')
        .replace(/\.py$/, '.json');
      irFiles.set(irFile, encodeModule(r.module));
      return {
        contents: [
          `import { readFileSync } from 'node:fs';`,
          `import { preparsed } from ${JSON.stringify(PREPARSED)};`,
          `const source = ${JSON.stringify(text)};`,
          `preparsed.set(source, () => readFileSync(new URL(${JSON.stringify(`./ir/${irFile}`)}, import.meta.url), 'utf8'));`,
          `export default source;`,
        ].join('\n'),
        loader: 'js',
        resolveDir: dirname(a.path),
        watchFiles: [a.path],
      };
    });
  },
};

/** Writes a file whole or not at all, so a `loopline` starting meanwhile never reads half of one. */
function writeAtomically(file: string, contents: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

const builtAt = Date.now();
const manifest = join(OUT, 'manifest.json');
rmSync(manifest, { force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { main: 'src/cli/main.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: OUT,
  // Loaded from node_modules by the export chunk only: a native addon, and a DOM with optional parts.
  external: ['@resvg/resvg-js', 'linkedom'],
  plugins: [pyLibrary],
  minifyWhitespace: true,
  metafile: true,
  write: false,
  logLevel: 'warning',
});
mkdirSync(join(OUT, 'ir'), { recursive: true });
const written = new Set<string>();
for (const f of result.outputFiles) {
  writeAtomically(f.path, f.contents);
  written.add(relative(OUT, f.path));
}
for (const [name, ir] of irFiles) {
  writeAtomically(join(OUT, 'ir', name), ir);
  written.add(join('ir', name));
}
// Chunks of earlier builds (their names carry a content hash).
for (const f of readdirSync(OUT, { recursive: true, encoding: 'utf8' }))
  if (!written.has(f) && f !== 'ir' && !f.endsWith('.tmp')) rmSync(join(OUT, f));
const inputs = Object.keys(result.metafile.inputs)
  .map((p) => p.replace(/^py-library:/, ''))
  .map((p) => relative(ROOT, resolve(ROOT, p)))
  .filter((p) => !p.startsWith('node_modules'))
  .concat(relative(ROOT, import.meta.filename))
  .sort();
writeAtomically(manifest, JSON.stringify({ builtAt, inputs }, null, 1) + '\n');
