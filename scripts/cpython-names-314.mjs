// Write src/lib/stdlib/cpython-names-3.14.json: how CPython 3.14's names (collected by
// scripts/cpython-names.py's collect() inside Pyodide's 3.14) differ from the 3.13 ones in
// cpython-names.json. Pyodide runs on Emscripten: on its platform modules (pyodide-platform.mjs)
// only the names 3.14 adds count.
//   node scripts/cpython-names-314.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_MODULES, UNIX_STREAMS } from './pyodide-platform.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'lib', 'stdlib', 'cpython-names-3.14.json');
const PLATFORM_NAMES = new Set(UNIX_STREAMS.map((n) => `asyncio ${n}`));

const { loadPyodide } = await import('pyodide');
const py = await loadPyodide();
py.runPython(readFileSync(join(here, 'cpython-names.py'), 'utf8').replace("__name__ == '__main__'", 'False'));
const now = JSON.parse(py.runPython('import json; json.dumps(collect())'));
const base = JSON.parse(readFileSync(join(here, '..', 'src', 'lib', 'stdlib', 'cpython-names.json'), 'utf8'));

// A name dir() no longer lists may still be reachable (asyncio's event loop policies, through the
// module's __getattr__ with a DeprecationWarning): only a name getattr cannot find counts as removed.
py.globals.set('MODULE_NAMES', JSON.stringify(base.modules));
const reachable = new Set(
  JSON.parse(
    py.runPython(`
import importlib, json, warnings
found = []
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    for mod, names in json.loads(MODULE_NAMES).items():
        m = importlib.import_module(mod)
        found += [mod + ' ' + n for n in names.split() if hasattr(m, n)]
json.dumps(found)
`),
  ),
);

/** added/removed names per key ("" when none), and the keys 3.14 no longer has at all. */
function delta(was, is, platform) {
  const added = {};
  const removed = {};
  const gone = [];
  for (const [k, names] of Object.entries(is)) {
    const before = new Set((was[k] ?? '').split(' ').filter(Boolean));
    const after = names.split(' ').filter(Boolean);
    const plus = after.filter((n) => !before.has(n));
    if (plus.length) added[k] = plus.join(' ');
    const afterSet = new Set(after);
    const minus = [...before].filter(
      (n) => !afterSet.has(n) && !reachable.has(`${k} ${n}`) && !PLATFORM_NAMES.has(`${k} ${n}`),
    );
    if (minus.length && !platform(k)) removed[k] = minus.join(' ');
  }
  for (const k of Object.keys(was)) if (!(k in is) && !platform(k)) gone.push(k);
  return { added, removed, gone };
}

const result = {
  python: now.python,
  modules: delta(base.modules, now.modules, (k) => PLATFORM_MODULES.has(k)),
  classes: delta(base.classes, now.classes, (k) => PLATFORM_MODULES.has(k.split('.').slice(0, -1).join('.'))),
};
writeFileSync(out, JSON.stringify(result, null, 0) + '\n');
console.log(`3.14 (${now.python}) against 3.13 -> ${out}`);
