/**
 * 3.14's keyword suggestion for the program's own plain "invalid syntax" (the parse path's
 * diagnostic, which the CLI and the app show): texts and columns as Pyodide's CPython 3.14 printed
 * them for these programs (`File ..., line 3` / `iff i > 1:` / `^^^` / `invalid syntax. Did you
 * mean 'if'?`).
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/lib/run';

const where = (source: string, python: '3.13' | '3.14') =>
  simulate(source, { python }).diagnostics.map((d) => [d.message, d.span.line, d.span.col, d.span.endCol]);

describe("the program's own syntax errors on 3.14", () => {
  it('name the keyword a misspelt name stands for, under the name', () => {
    expect(where('print("hi")\nfro x in range(3):\n    pass\n', '3.14')).toEqual([
      ["invalid syntax. Did you mean 'for'?", 2, 0, 3],
    ]);
    const nested = 'def f():\n    for i in range(3):\n        iff i > 1:\n            pass\n';
    expect(where(nested, '3.14')).toEqual([["invalid syntax. Did you mean 'if'?", 3, 8, 11]]);
  });

  it('leave 3.13 and the errors no keyword mends as they were', () => {
    expect(where('fro x in range(3):\n    pass\n', '3.13')).toEqual([['invalid syntax', 1, 4, 5]]);
    const [comma] = where('x = [1, 2\n     3]\n', '3.14');
    expect(comma.slice(0, 3)).toEqual(['invalid syntax. Perhaps you forgot a comma?', 1, 8]);
  });
});
