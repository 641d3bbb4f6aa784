// Write src/lib/runtime/type-layouts.json: scripts/cpython-type-layouts.py's table for 3.11, 3.12,
// 3.13 (pyenv) and 3.14 (Pyodide). Pyodide is a 32-bit build, so its sizes and offsets are not
// 64-bit CPython's: 3.14 keeps its flags (no bit depends on the word size) and 3.13's numbers.
//   node scripts/cpython-type-layouts.mjs && npx prettier --write src/lib/runtime/type-layouts.json
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectWithPyenv, collectWithPyodide } from './cpython-collect.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'cpython-type-layouts.py');
const out = join(here, '..', 'src', 'lib', 'runtime', 'type-layouts.json');

const pyenv = (version) => collectWithPyenv(script, version);
const pyodide = () => collectWithPyodide(script);

const v13 = pyenv('3.13.0').types;
const v14 = {};
for (const [name, row] of Object.entries((await pyodide()).types)) {
  const sizes = v13[name];
  if (sizes !== undefined) v14[name] = [row[0], ...sizes.slice(1, 5), row[5], row[6]];
}
const table = { 3.11: pyenv('3.11.7').types, 3.12: pyenv('3.12.1').types, 3.13: v13, 3.14: v14 };
writeFileSync(out, JSON.stringify(table) + '\n');
