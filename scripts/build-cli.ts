/**
 * Builds the `loopline` command into dist/cli/ (gitignored): src/cli/main.ts bundled with esbuild into
 * plain JavaScript, so a start needs no TypeScript compiler, and the library `.py` files inlined with
 * their IR parsed here (src/lib/interp/preparsed.ts), so a start needs no Python parser for them. The
 * export code (src/lib/export/cli.ts) is a bundle of its own, required only by svg/png/frames. npm's
 * `prepare` runs this, hence `npm install` and `npm ci`:
 *
 *   npx tsx scripts/build-cli.ts
 *
 * The bundles are CommonJS so that bin/bundle.js can compile the main one with V8's code cache (which
 * Node 20 offers only to vm.Script); the build runs the command once to write that cache.
 * dist/cli/manifest.json names the sources the bundle was made from and when: bin/loopline.js runs the
 * bundle only while none of them is newer (bin/bundle.js), else the sources through tsx.
 */
import { build, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from '../src/lib/parse';
import { encodeModule } from '../src/lib/interp/preparsed';
import { noteStaticAttributes } from '../src/lib/interp/compile/static-attributes';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist', 'cli');
const PREPARSED = join(ROOT, 'src', 'lib', 'interp', 'preparsed.ts');

/** Each library file's encoded IR, by its file name under dist/cli/ir/ (read when the library first runs). */
const irFiles = new Map<string, string>();
/** Each library file's Python text, by its file name under dist/cli/ir/ (read only to place a traceback's library statement). */
const pyFiles = new Map<string, string>();

/**
 * `import text from './x.py?raw'`: in the bundle, a name standing for the file (`<library PATH>`), with
 * its IR registered under that name. The library hands the text to runLibrary, which needs nothing but
 * the IR, so the bundle carries no Python text (a third of it was, read, compiled and held at every
 * start). The IR is a file of its own rather than a string in the bundle: most runs use only asyncio's
 * parts, and V8 scans every byte of a script it compiles. The text is a file beside it, read only when
 * a traceback passes a library statement shown as CPython's (its line is found in the text).
 */
const pyLibrary: Plugin = {
  name: 'py-library',
  setup(b) {
    // The IR files are ASCII (see ascii() below): Latin-1 reads them faster than Node's UTF-8 decoder.
    b.onResolve({ filter: /^py-library:read-ir$/ }, () => ({ path: 'read-ir', namespace: 'py-library-read' }));
    b.onLoad({ filter: /.*/, namespace: 'py-library-read' }, () => ({
      contents: [
        `import { isAscii } from 'node:buffer';`,
        `import { readFileSync } from 'node:fs';`,
        `import { join } from 'node:path';`,
        `export function readIR(name) {`,
        `  const bytes = readFileSync(join(__dirname, 'ir', name));`,
        `  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');`,
        `}`,
      ].join('\n'),
      loader: 'js',
    }));
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
      noteStaticAttributes(r.module);
      irFiles.set(irFile, encodeModule(r.module));
      const pyFile = irFile.replace(/\.json$/, '.py');
      pyFiles.set(pyFile, text);
      return {
        contents: [
          `import { readIR } from 'py-library:read-ir';`,
          `import { preparsed, preparsedText } from ${JSON.stringify(PREPARSED)};`,
          `const source = ${JSON.stringify(`<library ${relative(ROOT, a.path)}>`)};`,
          `preparsed.set(source, () => readIR(${JSON.stringify(irFile)}));`,
          `preparsedText.set(source, () => readIR(${JSON.stringify(pyFile)}));`,
          `export default source;`,
        ].join('\n'),
        loader: 'js',
        resolveDir: dirname(a.path),
        watchFiles: [a.path],
      };
    });
  },
};

/**
 * @lezer/python as the CLI needs it: its parse tables already decoded (LRParser takes arrays as they
 * are; from the strings it decodes some 30,000 characters in a cold JS loop at every start), and
 * without its highlighting styles, which only an editor reads (they made every start build
 * @lezer/highlight's tag set). The tables are decoded here by LRParser itself, from a spec that holds
 * them and nothing else; a grammar file that no longer looks as expected is bundled as it is, with a
 * warning (slower, not wrong).
 */
const lezerPython: Plugin = {
  name: 'lezer-python',
  setup(b) {
    b.onLoad({ filter: /[\\/]@lezer[\\/]python[\\/]dist[\\/]index\.js$/ }, async (a) => {
      const text = readFileSync(a.path, 'utf8');
      const unchanged = {
        contents: text,
        warnings: [{ text: 'unexpected @lezer/python: its tables are decoded at each start' }],
      };
      const field = (name: string) => [...text.matchAll(new RegExp(`^  ${name}: ("[^"\\\\]*"|\\d+),$`, 'gm'))];
      const fields = ['version', 'states', 'stateData', 'goto', 'tokenData'].map(field);
      if (fields.some((m) => m.length !== 1)) return unchanged;
      const [version, states, stateData, goto, tokenData] = fields.map((m) => JSON.parse(m[0][1]));
      const { parser } = (await import(pathToFileURL(a.path).href)) as typeof import('@lezer/python');
      const LRParser = parser.constructor as unknown as {
        deserialize(spec: object): {
          states: Uint32Array;
          data: Uint16Array;
          goto: Uint16Array;
          tokenizers: { data: Uint16Array }[];
        };
      };
      const d = LRParser.deserialize({
        version,
        states,
        stateData,
        goto,
        tokenData,
        tokenizers: [0],
        nodeNames: '',
        nodeProps: [],
        maxTerm: 0,
        repeatNodeCount: 0,
        topRules: { Script: [0, 0] },
        tokenPrec: 0,
      });
      const decoded = [d.states, d.data, d.goto, d.tokenizers[0].data];
      let out = text;
      const replace = (from: string, to: string) => {
        out = out.split(from).length === 2 ? out.replace(from, () => to) : '';
      };
      fields.slice(1).forEach((m, i) => {
        const array = decoded[i];
        replace(m[0][0], m[0][0].replace(/"[^"]*"/, `new ${array.constructor.name}([${array.join(',')}])`));
      });
      const styles = /^const pythonHighlighting = styleTags\(\{$[^]*?^\}\);$/m.exec(text);
      if (styles) replace(styles[0], '');
      replace(`import { styleTags, tags } from '@lezer/highlight';\n`, '');
      replace(`  propSources: [pythonHighlighting],\n`, '');
      if (!styles || out === '' || /pythonHighlighting|@lezer\/highlight/.test(out)) return unchanged;
      return { contents: out, loader: 'js' };
    });
  },
};

/**
 * The docstrings of the built-ins (src/lib/runtime/builtin-docs.json, 400 KB: a sixth of the main
 * bundle) as a file of its own beside the IR, read when a run first loads them (runtime/builtin-docs.ts
 * imports the table dynamically, before a run whose program may read a docstring). In the bundle they
 * were text every start read and kept for V8, for the few programs that read one.
 */
const builtinDocs: Plugin = {
  name: 'builtin-docs',
  setup(b) {
    b.onLoad({ filter: /[\\/]runtime[\\/]builtin-docs\.json$/ }, (a) => {
      // JSON has non-ASCII characters only inside strings, where a \uXXXX escape means the same.
      const text = JSON.stringify(JSON.parse(readFileSync(a.path, 'utf8'))).replace(
        /[^\x00-\x7f]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
      );
      irFiles.set('builtin-docs.json', text);
      return {
        contents: [
          `import { readIR } from 'py-library:read-ir';`,
          `export default JSON.parse(readIR('builtin-docs.json'));`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/** main.ts's `import('../lib/export/cli')`: the export bundle beside the main one, required when first used. */
const exportBundle: Plugin = {
  name: 'export-bundle',
  setup(b) {
    b.onResolve({ filter: /\/export\/cli$/ }, () => ({ path: 'export.cjs', namespace: 'export-bundle' }));
    b.onLoad({ filter: /.*/, namespace: 'export-bundle' }, () => ({
      contents: `module.exports = require(require('node:path').join(__dirname, 'export.cjs'));`,
      loader: 'js',
    }));
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
const bundle = (entry: string, out: string, plugins: Plugin[]) =>
  build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: join(OUT, out),
    // Loaded from node_modules by the export bundle only: a native addon, and a DOM with optional parts.
    external: ['@resvg/resvg-js', 'linkedom'],
    plugins: [pyLibrary, lezerPython, ...plugins],
    minifyWhitespace: true,
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
const main = await bundle('src/cli/main.ts', 'main.cjs', [exportBundle, builtinDocs]);
const drawing = await bundle('src/lib/export/cli.ts', 'export.cjs', []);
mkdirSync(join(OUT, 'ir'), { recursive: true });
const written = new Set<string>();
/**
 * The bundle's text in ASCII: esbuild escapes other characters in strings but not in regular
 * expression literals (str.isnumeric's CJK numerals), and one such character makes Node read the
 * whole file through its slow UTF-8 path and V8 hold it as a two-byte string (tens of ms per start).
 * A \uXXXX escape of each UTF-16 unit means the same in a string, template, regex or identifier
 * (one after a backslash is left alone: escaping it would change its meaning); a wrong one could
 * only fail to compile, and the warm-up run below would fail the build.
 */
const ascii = (text: string) =>
  text.replace(/[^\x00-\x7f]/g, (c, at: number) =>
    text[at - 1] === '\\' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
const mainText = ascii(main.outputFiles[0].text);
// The main bundle's name carries a hash of its text: its code cache is only ever read for that text.
const hash = createHash('sha256').update(mainText).digest('hex').slice(0, 12);
const mainFile = `main-${hash}.cjs`;
for (const [text, name] of [
  [mainText, mainFile],
  [ascii(drawing.outputFiles[0].text), 'export.cjs'],
] as const) {
  writeAtomically(join(OUT, name), text);
  written.add(name);
}
for (const [name, ir] of irFiles) {
  writeAtomically(join(OUT, 'ir', name), ascii(ir));
  written.add(join('ir', name));
}
for (const [name, text] of pyFiles) {
  writeAtomically(join(OUT, 'ir', name), text);
  written.add(join('ir', name));
}
// Bundles and code caches of earlier builds.
for (const f of readdirSync(OUT, { recursive: true, encoding: 'utf8' }))
  if (!written.has(f) && f !== 'ir' && !f.endsWith('.tmp')) rmSync(join(OUT, f));
const inputs = [...new Set([...Object.keys(main.metafile.inputs), ...Object.keys(drawing.metafile.inputs)])]
  .filter((p) => !p.startsWith('export-bundle:') && !p.startsWith('py-library-read:'))
  .map((p) => p.replace(/^py-library:/, ''))
  .map((p) => relative(ROOT, resolve(ROOT, p)))
  .filter((p) => !p.startsWith('node_modules'))
  .concat(relative(ROOT, import.meta.filename))
  .sort();
writeAtomically(manifest, JSON.stringify({ builtAt, main: mainFile, inputs }, null, 1) + '\n');

// One run of a small program writes the code cache (bin/bundle.js), with the functions a run compiles.
const warmUp = join(OUT, 'warm-up.py');
writeFileSync(
  warmUp,
  'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("ok")\nasyncio.run(main())\n',
);
execFileSync(process.execPath, [join(ROOT, 'bin', 'loopline.js'), 'run', warmUp], { stdio: 'ignore' });
rmSync(warmUp);
