/**
 * exec() and eval() of a string: an exception raised in the text is reported through a frame of
 * file "<string>" without a source line, after the caller's frames; a SyntaxError in the text
 * ends with its place and line (what CPython 3.13 printed for these programs, less the caret line under a SyntaxError's text).
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

function traceback(program: string): string[] {
  const r = simulate(program, { python: '3.13' });
  expect(r.internalError ?? null).toBeNull();
  return (r.traceback ?? '').trimEnd().split('\n');
}

describe('exec and eval tracebacks', () => {
  it('names "<string>" for the frame of the text', () => {
    expect(traceback('def f():\n    exec("x = 1\\ny = 1 / 0")\nf()\n')).toEqual([
      'Traceback (most recent call last):',
      '  File "main.py", line 3, in <module>',
      '    f()',
      '    ~^^',
      '  File "main.py", line 2, in f',
      '    exec("x = 1\\ny = 1 / 0")',
      '    ~~~~^^^^^^^^^^^^^^^^^^^^',
      '  File "<string>", line 2, in <module>',
      'ZeroDivisionError: division by zero',
    ]);
  });

  it('ends with the place, the text and the message of a SyntaxError in the text', () => {
    expect(traceback('exec("x = 1\\nif x:\\n  y = (")\n')).toEqual([
      'Traceback (most recent call last):',
      '  File "main.py", line 1, in <module>',
      '    exec("x = 1\\nif x:\\n  y = (")',
      '    ~~~~^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "<string>", line 3',
      '    y = (',
      "SyntaxError: '(' was never closed",
    ]);
  });
});
