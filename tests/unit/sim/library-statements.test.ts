/**
 * The library statements shown as CPython's frames (sim/library-statements.ts) name lines of
 * Loopline's own asyncio sources: each must still be that statement, inside that function, or a
 * traceback would show CPython's line for the wrong place. Where CPython's sources are installed
 * (pyenv's 3.11.7, 3.12.1, 3.13.0; 3.14.2 in Pyodide's python_stdlib.zip), each CPython line is checked to be the text the table prints,
 * and so are those of the frames Loopline runs natively (interp/library-frames.ts).
 */
import { describe, it, expect } from 'vitest';
import { STATEMENTS, statementAt } from '../../../src/lib/sim/library-statements';
import { FRAMES, NATIVE, type LibraryFrame } from '../../../src/lib/interp/library-frames';
import { CPYTHON_SOURCES } from '../../support/cpython-sources';

describe('library statements shown as CPython frames', () => {
  for (const s of STATEMENTS) {
    it(`${s.func} of ${s.source}.py has '${s.ours}' (near line ${s.at})`, () => {
      expect(statementAt(s)).not.toBeNull();
    });
  }
  it('a statement of ours stands for at most one frame in each version', () => {
    const seen = new Set<string>();
    for (const s of STATEMENTS)
      s.lines.forEach((line, i) => {
        if (line === null) return;
        const key = `${s.func}:${statementAt(s)} in 3.${11 + i}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      });
  });
  // pyenv's installs, and 3.14 from Pyodide's standard library (a dev dependency).
  for (const { i, has, read } of CPYTHON_SOURCES) {
    it.skipIf(!has)(`CPython 3.${11 + i}'s lines are the texts shown`, () => {
      const lineOf = (file: string, line: number, count = 1) =>
        read(file)
          .split('\n')
          .slice(line - 1, line - 1 + count)
          .join('\n');
      for (const s of STATEMENTS) {
        const line = s.lines[i];
        if (line !== null)
          expect(
            lineOf(`asyncio/${s.file}`, line, s.text.split('\n').length).trim(),
            `${s.func} at ${s.file}:${line}`,
          ).toBe(s.text.trim());
      }
      // asyncio's frames Loopline runs natively (asyncio.run's, asyncio.sleep's, a queue's) and
      // threading's, exactly, indentation too: the carets' columns count from the line's start.
      for (const f of [...Object.values(FRAMES), ...Object.values(NATIVE).flat()] as LibraryFrame[]) {
        const line = f.lines[i];
        const file = (f.dir ?? (f.stdlib === true ? '' : 'asyncio/')) + f.file;
        if (line !== null)
          expect(lineOf(file, line, f.text.split('\n').length), `${f.name} at ${file}:${line}`).toBe(f.text);
      }
    });
  }
});
