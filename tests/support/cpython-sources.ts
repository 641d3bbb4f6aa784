/**
 * CPython's own standard-library sources where they are installed here (pyenv's 3.11.7, 3.12.1 and
 * 3.13.0; 3.14.2 in Pyodide's python_stdlib.zip, a dev dependency), for tests that hold Loopline's
 * tables of CPython lines to them, and the function a line of a Python source is in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { zipFile } from './zip-file';

/** One version's sources: `i` counts from 3.11 (0) to 3.14 (3); `read` takes a path under Lib/. */
export interface CPythonSources {
  i: number;
  has: boolean;
  read: (file: string) => string;
}

const stdlib314 = new URL('../../node_modules/pyodide/python_stdlib.zip', import.meta.url).pathname;

export const CPYTHON_SOURCES: CPythonSources[] = [
  ...['3.11.7', '3.12.1', '3.13.0'].map((v, i) => {
    const dir = `/root/.pyenv/versions/${v}/lib/python3.${11 + i}/`;
    return { i, has: existsSync(dir), read: (file: string) => readFileSync(dir + file, 'utf8') };
  }),
  { i: 3, has: existsSync(stdlib314), read: (file: string) => zipFile(stdlib314, file) ?? '' },
];

/**
 * The name of the innermost `def` enclosing line `at` (1-based) of `rows`: a def less indented
 * than every line from it down to `at` (a nested def that ended before, as mock's
 * assert_called_with's _error_message, is not it).
 */
export function enclosingDef(rows: string[], at: number): string | null {
  let indent = rows[at - 1].length - rows[at - 1].trimStart().length;
  for (let i = at - 2; i >= 0; i--) {
    if (rows[i].trim() === '') continue;
    const m = /^(\s*)(?:async )?def (\w+)\(/.exec(rows[i]);
    if (m !== null && m[1].length < indent) return m[2];
    // A statement (not a comment, nor a closing bracket of a statement over several lines) ends a block.
    const own = rows[i].length - rows[i].trimStart().length;
    if (own < indent && m === null && /^\s*[A-Za-z_@]/.test(rows[i])) indent = own;
  }
  return null;
}
