/**
 * Where the conformance goldens of each simulated CPython version are: 3.13's in `expected/`, the
 * others' in `expected-<version>/` (shared/ has the same layout). A program with no golden for a
 * version is not tested on that version. A program's standard input, when it reads one, is the
 * file beside it named like it with `.stdin` (the recorders give python3 the same).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PYTHON_VERSIONS, type PythonVersion } from '../../src/lib/ir/python-version';

export function goldenDir(base: string, python: PythonVersion): string {
  return join(base, python === '3.13' ? 'expected' : `expected-${python}`);
}

export const VERSIONS = PYTHON_VERSIONS;

/** The standard input of the program at `path` (its `.py` file): its `.stdin` file's text, else none (''). */
export function caseStdin(path: string): string {
  const file = path.replace(/\.py$/, '.stdin');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
