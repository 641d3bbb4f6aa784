// Write src/lib/runtime/cpython-module-vars.json from scripts/cpython-module-vars.py's output for
// 3.11, 3.12 and 3.13 (files given as arguments) and its run inside Pyodide's 3.14: 3.13's tables,
// and each other version's as its differences from them. Pyodide runs on Emscripten, whose platform
// modules (pyodide-platform.mjs) lack what a Linux build has: there 3.14 keeps 3.13's names and adds its own.
//   for v in 3.11.7 3.12.1 3.13.0; do PYENV_VERSION=$v python3 scripts/cpython-module-vars.py > /tmp/vars-$v.json; done
//   node scripts/cpython-module-vars.mjs /tmp/vars-3.11.7.json /tmp/vars-3.12.1.json /tmp/vars-3.13.0.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_MODULES, UNIX_STREAMS } from './pyodide-platform.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'lib', 'runtime', 'cpython-module-vars.json');

const [f311, f312, f313] = process.argv.slice(2);
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const v311 = read(f311);
const v312 = read(f312);
const v313 = read(f313);

const { loadPyodide } = await import('pyodide');
const py = await loadPyodide();
py.runPython(readFileSync(join(here, 'cpython-module-vars.py'), 'utf8').replace("__name__ == '__main__'", 'False'));
const v314 = JSON.parse(py.runPython('import json; json.dumps(collect())'));
for (const m of PLATFORM_MODULES) {
  const names = new Set([...(v313.modules[m] ?? '').split(' '), ...(v314.modules[m] ?? '').split(' ')]);
  v314.modules[m] = [...names].filter(Boolean).sort().join(' ');
  // Their __all__ likewise: 3.13's, then what 3.14's adds.
  const was = v313.alls[m];
  if (was != null) v314.alls[m] = [...was, ...(v314.alls[m] ?? []).filter((n) => !was.includes(n))];
}
// Pyodide runs its library from a zip (zipimporter); Loopline's is a Linux build's folder of sources.
for (const spec of Object.values(v314.specs)) if (spec?.[0] === 'zipimporter') spec[0] = 'SourceFileLoader';
// Emscripten lacks AF_UNIX: its asyncio leaves out the Unix-socket streams, which streams.py adds
// to its __all__ after start_server on Linux (and asyncio's __all__ is its submodules' in order).
const unix = UNIX_STREAMS;
for (const list of [v314.asyncio.all, v314.asyncio.submodules.streams, v314.alls.asyncio]) {
  if (list.includes(unix[0])) throw new Error("3.14's asyncio has the Unix streams now");
  list.splice(list.indexOf('start_server') + 1, 0, ...unix);
}
for (const n of unix) v314.asyncio.kinds[n] = 'function';
for (const m of ['asyncio', 'asyncio.streams'])
  if (v314.modules[m] !== undefined) v314.modules[m] = [...v314.modules[m].split(' '), ...unix].sort().join(' ');

/** Each module's names added ("+a b") and removed ("-c d") against 3.13's. */
function delta(other) {
  const d = {};
  for (const [m, names] of Object.entries(other.modules)) {
    const was = new Set((v313.modules[m] ?? '').split(' '));
    const is = new Set(names.split(' '));
    const added = [...is].filter((n) => !was.has(n));
    const removed = [...was].filter((n) => !is.has(n));
    if (added.length || removed.length) d[m] = `+${added.join(' ')}|-${removed.join(' ')}`;
  }
  return {
    python: other.python,
    modules: d,
    alls: changedEntries(v313.alls, other.alls),
    specs: changedEntries(v313.specs, other.specs),
    asyncio: other.asyncio,
  };
}

/** The entries of `other` that differ from 3.13's `base` (null: the module has none there). */
function changedEntries(base, other) {
  const d = {};
  for (const [m, v] of Object.entries(other)) if (JSON.stringify(base[m]) !== JSON.stringify(v)) d[m] = v;
  return d;
}

const table = {
  3.13: { python: v313.python, modules: v313.modules, alls: v313.alls, specs: v313.specs, asyncio: v313.asyncio },
};
for (const v of [v311, v312, v314]) table[v.python.split('.').slice(0, 2).join('.')] = delta(v);
writeFileSync(out, JSON.stringify(table) + '\n');
console.log(`wrote ${out}: ${Object.keys(v313.modules).length} modules`);
