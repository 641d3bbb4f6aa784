/**
 * The built-in functions' and types' docstrings come from a table fetched before a run whose
 * program mentions them (runtime/builtin-docs.ts); a run that reads one without it is told so at the
 * line that reads it, and the table, once fetched, serves every version's own text.
 */
import { describe, it, expect } from 'vitest';
import { preloadLibrary, simulate } from '../../../src/lib/run';

const out = (r: ReturnType<typeof simulate>) => r.trace.stdout.map((e) => e.text).join('');

describe('built-in docstrings', () => {
  it('says they are not simulated when the program did not ask for them by name', () => {
    const source = "import builtins\nname = '_' + '_doc__'\nprint(getattr(len, name))\n";
    expect(preloadLibrary('print(1)')).toBeUndefined();
    const r = simulate(source, {}, 'p.py');
    expect(r.trace.error).toBe(
      'loopline.NotSimulatedError: the docstrings of built-in functions and types were not loaded for this run: they are not simulated here',
    );
    expect(r.traceback).toContain('line 3, in <module>');
  });

  it("fetches them for a program that mentions __doc__, and gives each version's text", async () => {
    await preloadLibrary('print(len.__doc__)');
    expect(preloadLibrary('print(len.__doc__)')).toBeUndefined();
    const source = 'print(map.__doc__.splitlines()[0])\nprint(ord.__text_signature__)\n';
    expect(out(simulate(source, { python: '3.13' }, 'p.py'))).toBe(
      'Make an iterator that computes the function using arguments from\n($module, c, /)\n',
    );
    expect(out(simulate(source, { python: '3.11' }, 'p.py'))).toBe(
      'map(func, *iterables) --> map object\n($module, c, /)\n',
    );
  });
});
