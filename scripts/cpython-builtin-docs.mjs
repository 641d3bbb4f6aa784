// Write src/lib/runtime/builtin-docs.json: scripts/cpython-builtin-docs.py's docs of 3.14 (Pyodide),
// and the entries where 3.11's, 3.12's and 3.13's (pyenv) differ from them. The modules whose
// docstrings it records are the ones scripts/cpython-module-vars.py lists.
//   node scripts/cpython-builtin-docs.mjs && npx prettier --write src/lib/runtime/builtin-docs.json
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectFromEach } from './cpython-collect.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, 'cpython-builtin-docs.py');
const out = join(here, '..', 'src', 'lib', 'runtime', 'builtin-docs.json');

/**
 * One table's entries keyed 'f:name' (a function: [doc, signature]), 't:name' (a type: doc),
 * 'd:type.name' (a type's method: [doc, signature]), 'm:name' (a module: doc) and 'l:module.qualname'
 * (true: a library function, class or method that has a docstring; its text is not recorded).
 */
const entries = (t) => ({
  ...Object.fromEntries(Object.entries(t.functions).map(([k, v]) => [`f:${k}`, v])),
  ...Object.fromEntries(Object.entries(t.types).map(([k, v]) => [`t:${k}`, v])),
  ...Object.fromEntries(Object.entries(t.methods).map(([k, v]) => [`d:${k}`, v])),
  ...Object.fromEntries(Object.entries(t.modules).map(([k, v]) => [`m:${k}`, v])),
  ...Object.fromEntries(t.documented.map((k) => [`l:${k}`, true])),
});

// The module list, read from the namespaces recorder (python3 runs only its MODULES line).
const modules = execFileSync(
  'python3',
  [
    '-c',
    `import importlib.util as u, json; s = u.spec_from_file_location('v', ${JSON.stringify(join(here, 'cpython-module-vars.py'))}); m = u.module_from_spec(s); s.loader.exec_module(m); print(json.dumps(m.MODULES))`,
  ],
  { encoding: 'utf8', env: { ...process.env, PYENV_VERSION: '3.13.0' } },
);

/** The entries of `other` that `base` lacks or has otherwise; false for one `other` lacks. */
function delta(base, other) {
  const d = {};
  for (const [k, v] of Object.entries(other)) if (JSON.stringify(base[k]) !== JSON.stringify(v)) d[k] = v;
  for (const k of Object.keys(base)) if (!(k in other)) d[k] = false;
  return d;
}

const { base, older } = await collectFromEach(script, modules);
const shared = entries(base);
const table = { 3.14: shared };
for (const [minor, t] of Object.entries(older)) table[`3.${minor}`] = delta(shared, entries(t));
writeFileSync(out, JSON.stringify(table) + '\n');
