/**
 * The standard-library statements shown as CPython frames (stdlib/library-statements.ts) name
 * lines of Loopline's own Python sources (stdlib/py): each must still be that statement, inside
 * that function, or a traceback would show CPython's line for the wrong place. Where CPython's
 * sources are installed (pyenv's 3.11.7, 3.12.1, 3.13.0; 3.14.2 in Pyodide's python_stdlib.zip),
 * each CPython line must be the text shown, inside the function named.
 */
import { describe, it, expect } from 'vitest';
import { STDLIB_STATEMENTS, stdlibStatementAt } from '../../../src/lib/stdlib/library-statements';
import { enclosingDef } from '../../../src/lib/interp/statement-lines';
import { CPYTHON_SOURCES } from '../../support/cpython-sources';
import { CALLS, SITES } from '../../../src/lib/stdlib/re/cpython-frames';

describe('standard-library statements shown as CPython frames', () => {
  for (const s of STDLIB_STATEMENTS)
    it(`${s.func} of ${s.source ?? s.module}.py has '${s.ours}' (near line ${s.at})`, () => {
      expect(stdlibStatementAt(s)).not.toBeNull();
    });
  it('a statement of ours stands for at most one frame in each version', () => {
    const seen = new Set<string>();
    for (const s of STDLIB_STATEMENTS)
      s.lines.forEach((line, i) => {
        if (line === null) return;
        const key = `${s.module}:${s.func}:${stdlibStatementAt(s)} in 3.${11 + i}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      });
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
