// Write src/lib/runtime/dir-names.json: scripts/cpython-dir-names.py's names of 3.13 (pyenv), and
// how 3.11's, 3.12's (pyenv) and 3.14's (Pyodide) differ from them, per type.
//   node scripts/cpython-dir-names.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectWithPyenv, collectWithPyodide } from './cpython-collect.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'cpython-dir-names.py');
const out = join(here, '..', 'src', 'lib', 'runtime', 'dir-names.json');

const pyenv = (version) => collectWithPyenv(script, version);
const pyodide = () => collectWithPyodide(script);

/** A version's names as the names to add to and remove from 3.13's, for each entry that differs. */
function delta(base, other) {
  const d = {};
  const entries = { ...other.types, '.class': other.class, '.module': other.module };
  const was = { ...base.types, '.class': base.class, '.module': base.module };
  for (const [k, names] of Object.entries(entries)) {
    const before = new Set((was[k] ?? '').split(' ').filter(Boolean));
    const after = new Set(names.split(' ').filter(Boolean));
    const add = [...after].filter((n) => !before.has(n));
    const remove = [...before].filter((n) => !after.has(n));
    if (add.length || remove.length) d[k] = `${add.join(' ')}|${remove.join(' ')}`;
  }
  return d;
}

const base = pyenv('3.13.0');
const table = {
  3.13: { ...base.types, '.class': base.class, '.module': base.module },
  3.11: delta(base, pyenv('3.11.7')),
  3.12: delta(base, pyenv('3.12.1')),
  3.14: delta(base, await pyodide()),
};
writeFileSync(out, JSON.stringify(table, null, 0) + '\n');
