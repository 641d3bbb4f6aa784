/**
 * Warnings in the order python3 prints them with no print between: a coroutine never awaited
 * warns as the statement that frees it ends, before a warning a later statement gives (asyncio's
 * DeprecationWarning, the program's warnings.warn), though Loopline finds it unreachable later.
 * CPython's stderr for each program is kept beside this test (warning-order/README.md).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { writeStreams } from '../../../src/cli/streams';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

const dir = new URL('./warning-order/', import.meta.url);
const programs = readdirSync(dir).filter((f) => f.endsWith('.py'));

/** What `loopline run` writes on stderr for the program, run as main.py, without its time stamps. */
function stderrOf(program: string, version: PythonVersion): string {
  const r = simulate(program, { python: version }, 'main.py');
  let err = '';
  writeStreams(
    {
      stdout: r.trace.stdout,
      stderr: r.ui.stderr,
      warnings: r.trace.warnings,
      warningAt: r.ui.warningAt,
      warningLogs: r.ui.warningLogs,
    },
    { file: 'main.py', lines: program.split('\n') },
    r.traceback ?? '',
    { write: () => true },
    { write: (s: string) => (err += s) },
  );
  return err.replace(/^\[[ 0-9.]+s\] /gm, '');
}

describe('warnings in the order python3 prints them', () => {
  for (const file of programs) {
    const program = readFileSync(new URL(file, dir), 'utf8');
    const name = file.slice(0, -'.py'.length);
    for (const version of ['3.11', '3.12', '3.13'] as PythonVersion[]) {
      it(`${name}: as CPython ${version}`, () => {
        expect(stderrOf(program, version)).toBe(readFileSync(new URL(`${name}.cpython-${version}.txt`, dir), 'utf8'));
      });
    }
  }
});
