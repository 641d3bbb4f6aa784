// 3.14's part of src/lib/sim/function-code.json, from Pyodide's CPython 3.14 (see
// scripts/asyncio-function-code.py, which this runs there and whose table it merges).
//   node scripts/asyncio-function-code.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'lib', 'sim', 'function-code.json');
const { loadPyodide } = await import('pyodide');
const py = await loadPyodide();
py.runPython(readFileSync(join(here, 'asyncio-function-code.py'), 'utf8').replace("__name__ == '__main__'", 'False'));
// Pyodide's start puts its own asyncio.run in place: asyncio is imported anew, as the recorder's driver does.
py.runPython(
  "import sys\nfor n in [m for m in sys.modules if m == 'asyncio' or m.startswith('asyncio.')]: del sys.modules[n]",
);
const table = JSON.parse(py.runPython('import json; json.dumps(collect())'));
const data = JSON.parse(readFileSync(out, 'utf8'));
for (const name of Object.keys(data)) delete data[name]['14'];
for (const [name, found] of Object.entries(table)) (data[name] ??= {})['14'] = found;
const sorted = Object.fromEntries(
  Object.keys(data)
    .sort()
    .filter((n) => Object.keys(data[n]).length)
    .map((n) => [n, data[n]]),
);
writeFileSync(out, JSON.stringify(sorted) + '\n');
