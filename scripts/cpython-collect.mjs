// Run one of the scripts/cpython-*.py recorders and read the JSON it prints: with a pyenv CPython
// (its `__main__` prints it) or with Pyodide's 3.14 (its `collect()` called in the WebAssembly CPython).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `script`'s table from pyenv's CPython `version` (e.g. '3.13.0'). */
export const collectWithPyenv = (script, version) =>
  JSON.parse(execFileSync('python3', [script], { env: { ...process.env, PYENV_VERSION: version }, encoding: 'utf8' }));

/** `script`'s table from Pyodide's CPython 3.14. */
export async function collectWithPyodide(script) {
  const { loadPyodide } = await import('pyodide');
  const py = await loadPyodide();
  py.runPython(readFileSync(script, 'utf8').replace("__name__ == '__main__'", 'False'));
  return JSON.parse(py.runPython('import json; json.dumps(collect())'));
}
