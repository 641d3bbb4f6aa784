/**
 * Every Python file of Loopline's library is valid CPython 3.13: real CPython compiles each of them (one
 * process for all), so the library can be read, linted and run as ordinary Python.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { python, noCPython } from './cpython';

const root = join(import.meta.dirname, '..', '..', '..');
const folders = ['src/lib/sim/py', 'src/lib/stdlib/py'];
const files = folders.flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => join(d, f)),
);

const COMPILE_ALL = `
import json, sys
errors = {}
for p in sys.argv[1:]:
    try:
        with open(p, encoding='utf-8') as f:
            compile(f.read(), p, 'exec')
    except SyntaxError as e:
        errors[p] = f'{e.msg} (line {e.lineno})'
print(json.dumps(errors))
`;

describe('the Python library under CPython 3.13', () => {
  it('has files in both folders', () => {
    for (const d of folders) expect(files.filter((f) => f.startsWith(d + '/')).length, d).toBeGreaterThan(0);
  });
  it.skipIf(noCPython !== null)(`every file compiles${noCPython ? ` (skipped: ${noCPython})` : ''}`, () => {
    const errors = JSON.parse(python(['-c', COMPILE_ALL, ...files.map((f) => join(root, f))])) as Record<
      string,
      string
    >;
    expect(errors).toEqual({});
  });
});
