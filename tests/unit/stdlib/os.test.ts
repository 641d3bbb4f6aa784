/** The `os` module against CPython 3.13 (cases/os_*.py, expected.json). */
import { it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';
import { stdlibSuite } from './helpers';

stdlibSuite('os');

// python3 -c 'import os; os._exit(263)' ends with status 7 (the low byte), as CPython 3.13 does.
it('os._exit ends the run with its status, at once', () => {
  const r = simulate('import os\ntry:\n    os._exit(263)\nfinally:\n    print("no")\n');
  expect(r.exitCode).toBe(7);
  expect(r.trace.stdout).toEqual([]);
  expect(r.trace.error).toBeNull();
});
