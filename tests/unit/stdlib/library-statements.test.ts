/**
 * The standard-library statements shown as CPython frames (stdlib/library-statements.ts) name
 * lines of Loopline's own Python sources (stdlib/py): each must still be that statement, inside
 * that function, or a traceback would show CPython's line for the wrong place. Where CPython's
 * sources are installed (pyenv's 3.11.7, 3.12.1, 3.13.0; 3.14.2 in Pyodide's python_stdlib.zip),
 * each CPython line must be the text shown, inside the function named.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { STDLIB_STATEMENTS } from '../../../src/lib/stdlib/library-statements';
import { CPYTHON_SOURCES, enclosingDef } from '../../support/cpython-sources';
import { CALLS, SITES } from '../../../src/lib/stdlib/re/cpython-frames';

const ours = (module: string) =>
  readFileSync(new URL(`../../../src/lib/stdlib/py/${module}.py`, import.meta.url), 'utf8').split('\n');

describe('standard-library statements shown as CPython frames', () => {
  for (const s of STDLIB_STATEMENTS)
    it(`${s.func} line ${s.at} of ${s.source ?? s.module}.py is '${s.ours}'`, () => {
      const rows = ours(s.source ?? s.module);
      expect(rows[s.at - 1].trim().startsWith(s.ours)).toBe(true);
      // (A comprehension's own frame, 3.11's `<listcomp>`, is inside the function that has it.)
      const func = s.func.replace(/\.<locals>\.<\w+>$/, '');
      expect(enclosingDef(rows, s.at)).toBe(func.slice(func.lastIndexOf('.') + 1));
    });
  for (const { i, has, read } of CPYTHON_SOURCES)
    it.skipIf(!has)(`CPython 3.${11 + i}'s lines are the texts shown, in the functions named`, () => {
      for (const s of STDLIB_STATEMENTS) {
        const line = s.lines[i];
        if (line === null) continue;
        const rows = read(s.file).split('\n');
        const count = s.text.split('\n').length;
        expect(rows.slice(line - 1, line - 1 + count).join('\n'), `${s.func} at ${s.file}:${line}`).toBe(s.text);
        // A comprehension's frame (`<listcomp>`) is inside the function named as ours is.
        const def = s.name.startsWith('<') ? s.func.split('.<locals>.')[0] : s.name;
        expect(enclosingDef(rows, line), `${s.func} at ${s.file}:${line}`).toBe(def);
      }
    });
});

describe("CPython's re parser frames (stdlib/re/cpython-frames.ts)", () => {
  const all = { ...CALLS, ...SITES };
  for (const { i, has, read } of CPYTHON_SOURCES)
    it.skipIf(!has)(`CPython 3.${11 + i}'s lines are the texts shown, in the functions named`, () => {
      const rows = read('re/_parser.py').split('\n');
      for (const [key, f] of Object.entries(all)) {
        const line = f.lines[i]!;
        const count = f.text.split('\n').length;
        expect(rows.slice(line - 1, line - 1 + count).join('\n'), `${key} at _parser.py:${line}`).toBe(f.text);
        expect(enclosingDef(rows, line), `${key} at _parser.py:${line}`).toBe(f.name);
      }
    });
});
