/**
 * `C.__subclasses__()` of a builtin class: CPython's list holds the standard library's classes
 * loaded by then, which Loopline does not reproduce, so it is refused at the program's line; a
 * type that cannot be subclassed has none.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/lib/run';

describe('__subclasses__ of builtin classes', () => {
  it('refuses a class that can be subclassed, located at the call', () => {
    for (const cls of ['int', 'object', 'Exception', 'dict']) {
      const r = simulate(
        `class Mine(${cls}):\n    pass\n\nprint(${cls}.__subclasses__())\n`,
        { python: '3.13' },
        'p.py',
      );
      expect(r.trace.error).toBe(
        `loopline.NotSimulatedError: ${cls}.__subclasses__() of a builtin class (CPython's list holds the ` +
          "library's classes loaded by then) is not simulated in Loopline",
      );
      expect(r.traceback).toContain('line 4, in <module>');
    }
  });

  it('gives an empty list for a type that cannot be subclassed', () => {
    const r = simulate('print(bool.__subclasses__(), type(None).__subclasses__(), slice.__subclasses__())\n', {
      python: '3.13',
    });
    expect(r.trace.error).toBeNull();
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe('[] [] []\n');
  });
});
