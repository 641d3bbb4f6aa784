/**
 * Programs kept with what plain python3 (3.11.7, 3.12.1, 3.13.0) wrote for each, beside them as
 * `NAME.cpython-3.X.txt` (each directory's record.sh made them): one entry per program and version.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { PythonVersion } from '../../src/lib/ir/python-version';

export interface PythonFixture {
  name: string;
  file: string;
  program: string;
  version: PythonVersion;
  /** What python3 of that version wrote. */
  expected(): string;
}

export function pythonFixtures(dir: URL): PythonFixture[] {
  const out: PythonFixture[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.py'))) {
    const program = readFileSync(new URL(file, dir), 'utf8');
    const name = file.slice(0, -'.py'.length);
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[])
      out.push({
        name,
        file,
        program,
        version,
        expected: () => readFileSync(new URL(`${name}.cpython-${version}.txt`, dir), 'utf8'),
      });
  }
  return out;
}
