/**
 * Warnings in the order python3 prints them with no print between: a coroutine never awaited
 * warns as the statement that frees it ends, before a warning a later statement gives (asyncio's
 * DeprecationWarning, the program's warnings.warn), though Loopline finds it unreachable later.
 * CPython's stderr for each program is kept beside this test (warning-order/README.md).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { writeStreams, writtenOf } from '../../../src/cli/streams';
import type { PythonVersion } from '../../../src/lib/ir/python-version';
import { pythonFixtures } from '../../support/python-fixtures';

/** What `loopline run` writes on stderr for the program, run as main.py, without its time stamps. */
function stderrOf(program: string, version: PythonVersion): string {
  const r = simulate(program, { python: version }, 'main.py');
  let err = '';
  writeStreams(
    writtenOf(r),
    { file: 'main.py', lines: program.split('\n') },
    r.traceback ?? '',
    { write: () => true },
    { write: (s: string) => (err += s) },
  );
  return err.replace(/^\[[ 0-9.]+s\] /gm, '');
}

describe('warnings in the order python3 prints them', () => {
  for (const f of pythonFixtures(new URL('./warning-order/', import.meta.url)))
    it(`${f.name}: as CPython ${f.version}`, () => {
      expect(stderrOf(f.program, f.version)).toBe(f.expected());
    });
});
