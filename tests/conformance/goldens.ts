/**
 * Where the conformance goldens of each simulated CPython version are: 3.13's in `expected/`, the
 * others' in `expected-<version>/` (shared/ has the same layout). A program with no golden for a
 * version is not tested on that version.
 */
import { join } from 'node:path';
import { PYTHON_VERSIONS, type PythonVersion } from '../../src/lib/ir/python-version';

export function goldenDir(base: string, python: PythonVersion): string {
  return join(base, python === '3.13' ? 'expected' : `expected-${python}`);
}

export const VERSIONS = PYTHON_VERSIONS;
