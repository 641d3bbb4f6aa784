/**
 * The standard-library statements shown as CPython frames (stdlib/library-statements.ts) name
 * lines of Loopline's own Python sources (stdlib/py): each must still be that statement, inside
 * that function, or a traceback would show CPython's line for the wrong place. Where CPython's
 * sources are installed (pyenv's 3.11.7, 3.12.1, 3.13.0; 3.14.2 in Pyodide's python_stdlib.zip),
 * each CPython line must be the text shown, inside the function named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { STDLIB_STATEMENTS } from '../../../src/lib/stdlib/library-statements';
import { zipFile } from '../../support/zip-file';

const ours = (module: string) =>
  readFileSync(new URL(`../../../src/lib/stdlib/py/${module}.py`, import.meta.url), 'utf8').split('\n');

/** The name of the innermost `def` enclosing line `at` (1-based). */
function enclosingDef(rows: string[], at: number): string | null {
  const indent = rows[at - 1].length - rows[at - 1].trimStart().length;
  for (let i = at - 2; i >= 0; i--) {
    const m = /^(\s*)(?:async )?def (\w+)\(/.exec(rows[i]);
    if (m !== null && m[1].length < indent) return m[2];
  }
  return null;
}

describe('standard-library statements shown as CPython frames', () => {
  for (const s of STDLIB_STATEMENTS)
    it(`${s.func} line ${s.at} of ${s.module}.py is '${s.ours}'`, () => {
      const rows = ours(s.module);
      expect(rows[s.at - 1].trim().startsWith(s.ours)).toBe(true);
      expect(enclosingDef(rows, s.at)).toBe(s.func.slice(s.func.lastIndexOf('.') + 1));
    });
  const stdlib314 = new URL('../../../node_modules/pyodide/python_stdlib.zip', import.meta.url).pathname;
  const sources: { i: number; has: boolean; read: (file: string) => string }[] = [
    ...['3.11.7', '3.12.1', '3.13.0'].map((v, i) => {
      const dir = `/root/.pyenv/versions/${v}/lib/python3.${11 + i}/`;
      return { i, has: existsSync(dir), read: (file: string) => readFileSync(dir + file, 'utf8') };
    }),
    { i: 3, has: existsSync(stdlib314), read: (file: string) => zipFile(stdlib314, file) ?? '' },
  ];
  for (const { i, has, read } of sources)
    it.skipIf(!has)(`CPython 3.${11 + i}'s lines are the texts shown, in the functions named`, () => {
      for (const s of STDLIB_STATEMENTS) {
        const line = s.lines[i];
        if (line === null) continue;
        const rows = read(s.file).split('\n');
        const count = s.text.split('\n').length;
        expect(rows.slice(line - 1, line - 1 + count).join('\n'), `${s.func} at ${s.file}:${line}`).toBe(s.text);
        expect(enclosingDef(rows, line), `${s.func} at ${s.file}:${line}`).toBe(s.name);
      }
    });
});
