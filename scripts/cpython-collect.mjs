// Run one of the scripts/*.py recorders and read the JSON it prints: with a pyenv CPython (its
// `__main__` prints it, reading `input` on stdin when given) or with Pyodide's 3.14 (its
// `collect()` called in the WebAssembly CPython, with `input` parsed as its one argument).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `script`'s table from pyenv's CPython `version` (e.g. '3.13.0'). */
export const collectWithPyenv = (script, version, input) =>
  JSON.parse(
    execFileSync('python3', [script], {
      env: { ...process.env, PYENV_VERSION: version },
      encoding: 'utf8',
      input,
      maxBuffer: 1 << 28,
    }),
  );

/** `script`'s table from Pyodide's CPython 3.14. */
export async function collectWithPyodide(script, input) {
  const { loadPyodide } = await import('pyodide');
  const py = await loadPyodide();
  py.runPython(readFileSync(script, 'utf8').replace("__name__ == '__main__'", 'False'));
  py.globals.set('COLLECT_INPUT', input ?? null);
  const call = input === undefined ? 'collect()' : 'collect(json.loads(COLLECT_INPUT))';
  return JSON.parse(py.runPython(`import json\nr = ${call}\nr if isinstance(r, str) else json.dumps(r)`));
}

/** `script`'s tables: Pyodide's 3.14 as `base`, and 3.11-3.13 by minor version as `older`. */
export async function collectFromEach(script, input) {
  const base = await collectWithPyodide(script, input);
  const older = {};
  for (const [minor, version] of [
    [11, '3.11.7'],
    [12, '3.12.1'],
    [13, '3.13.0'],
  ])
    older[minor] = collectWithPyenv(script, version, input);
  return { base, older };
}
