// 3.14's part of src/lib/sim/callback-sources.json, from Pyodide's CPython 3.14 (see
// scripts/asyncio-callback-sources.py, which this runs there and whose table it merges).
//   node scripts/asyncio-callback-sources.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'lib', 'sim', 'callback-sources.json');
const { loadPyodide } = await import('pyodide');
const py = await loadPyodide();
py.runPython(
  readFileSync(join(here, 'asyncio-callback-sources.py'), 'utf8').replace("__name__ == '__main__'", 'False'),
);
const table = JSON.parse(py.runPython('import json; json.dumps(collect())'));
const data = JSON.parse(readFileSync(out, 'utf8'));
for (const q of Object.keys(data)) delete data[q]['14'];
for (const [q, [file, line]] of Object.entries(table)) (data[q] ??= {})['14'] = `${file}:${line}`;
const lines = Object.keys(data)
  .sort()
  .filter((q) => Object.keys(data[q]).length)
  .map((q) => `${JSON.stringify(q)}: ${JSON.stringify(data[q], Object.keys(data[q]).sort())}`);
writeFileSync(out, `{\n${lines.join(',\n')}\n}\n`);
