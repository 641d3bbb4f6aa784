/**
 * CPython's own standard-library sources where they are installed here (pyenv's 3.11.7, 3.12.1 and
 * 3.13.0; 3.14.2 in Pyodide's python_stdlib.zip, a dev dependency), for tests that hold Loopline's
 * tables of CPython lines to them.
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
