/**
 * The app's "Verify with CPython" files, served under `pyodide/` beside the app and never checked in
 * or bundled: Pyodide's runtime from node_modules (CPython compiled to WebAssembly) and the
 * recorder's Python (tests/recorder: the virtual-clock loop and trace capture of the goldens, with
 * the fakes it imports), plus `pyodide/verify.json` listing them with their sizes. `vite build`
 * writes them into the client output; `vite dev` serves them from where they lie. Only the verify
 * worker, started by the Verify button, ever fetches them.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PYODIDE_DIR = join(ROOT, 'node_modules', 'pyodide');

/** Pyodide's own files (its loader imports the others from the folder it was loaded from). */
const RUNTIME = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];

/** The recorder's Python, by its path in this repository (its own paths are relative to record.py's). */
const RECORDER = [
  'tests/recorder/record.py',
  'tests/recorder/virtual_threads.py',
  'tests/recorder/virtual_processes.py',
  'tests/recorder/virtual_sockets.py',
  'tests/recorder/virtual_children.py',
  'tests/recorder/fakes/_simnet.py',
  'tests/recorder/fakes/requests/__init__.py',
  'tests/recorder/fakes/requests/exceptions.py',
  'src/lib/stdlib/py/aiohttp.py',
];

/** What the verify worker reads first (src/lib/ui/verify/verify-files.ts has its type). */
/** @returns {string} */
function manifest() {
  const runtime = Object.fromEntries(RUNTIME.map((f) => [f, statSync(join(PYODIDE_DIR, f)).size]));
  return JSON.stringify({ runtime, recorder: RECORDER.map((path) => ({ path, url: `repo/${path}` })) });
}

/**
 * The files under `pyodide/`, by their name there.
 * @returns {Map<string, string>}
 */
function files() {
  const out = new Map();
  for (const f of RUNTIME) out.set(f, join(PYODIDE_DIR, f));
  for (const f of RECORDER) out.set(`repo/${f}`, join(ROOT, f));
  return out;
}

/** @type {Record<string, string>} */
const TYPES = {
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
  '.py': 'text/plain; charset=utf-8',
};

/** @returns {import('vite').Plugin} */
export function pyodideAssets() {
  let ssr = false;
  return {
    name: 'loopline-pyodide-assets',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    configureServer(server) {
      server.middlewares.use('/pyodide/', (req, res, next) => {
        const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
        const body =
          name === 'verify.json'
            ? manifest()
            : files().has(name)
              ? readFileSync(/** @type {string} */ (files().get(name)))
              : null;
        if (body === null) return next();
        res.setHeader('content-type', TYPES[extname(name)] ?? 'application/octet-stream');
        res.end(body);
      });
    },
    generateBundle() {
      if (ssr) return;
      for (const [name, file] of files())
        this.emitFile({ type: 'asset', fileName: `pyodide/${name}`, source: readFileSync(file) });
      this.emitFile({ type: 'asset', fileName: 'pyodide/verify.json', source: manifest() });
    },
  };
}
