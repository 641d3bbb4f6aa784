// Write src/lib/runtime/builtin-docs.json: scripts/cpython-builtin-docs.py's docs of 3.14 (Pyodide),
// and the entries where 3.11's, 3.12's and 3.13's (pyenv) differ from them.
//   node scripts/cpython-builtin-docs.mjs && npx prettier --write src/lib/runtime/builtin-docs.json
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectFromEach } from './cpython-collect.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'cpython-builtin-docs.py');
const out = join(here, '..', 'src', 'lib', 'runtime', 'builtin-docs.json');

/** One table's entries keyed 'f:name' (a function: [doc, signature]) and 't:name' (a type: doc). */
const entries = (t) => ({
  ...Object.fromEntries(Object.entries(t.functions).map(([k, v]) => [`f:${k}`, v])),
  ...Object.fromEntries(Object.entries(t.types).map(([k, v]) => [`t:${k}`, v])),
});

/** The entries of `other` that `base` lacks or has otherwise; false for one `other` lacks. */
function delta(base, other) {
  const d = {};
  for (const [k, v] of Object.entries(other)) if (JSON.stringify(base[k]) !== JSON.stringify(v)) d[k] = v;
  for (const k of Object.keys(base)) if (!(k in other)) d[k] = false;
  return d;
}

const { base, older } = await collectFromEach(script);
const shared = entries(base);
const table = { 3.14: shared };
for (const [minor, t] of Object.entries(older)) table[`3.${minor}`] = delta(shared, entries(t));
writeFileSync(out, JSON.stringify(table) + '\n');
