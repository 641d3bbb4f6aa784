/**
 * type(name, bases, dict) checks its three arguments as CPython 3.13 does (messages recorded with
 * CPython 3.13) instead of failing inside the simulator on a wrong one.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

const out = (src: string) => {
  const r = simulate(src);
  expect(r.internalError ?? null).toBeNull();
  return r.trace!.stdout.map((l) => l.text).join('');
};

describe('type() with three arguments', () => {
  it('names the wrong argument and its type', () => {
    const calls = ['type(None, None, None)', 'type("A", None, {})', 'type("A", (), None)', 'type("A", [], {})'];
    const src = calls.map((c) => `try:\n    ${c}\nexcept TypeError as e:\n    print(e)\n`).join('');
    expect(out(src)).toBe(
      [
        'type.__new__() argument 1 must be str, not None',
        'type.__new__() argument 2 must be tuple, not None',
        'type.__new__() argument 3 must be dict, not None',
        'type.__new__() argument 2 must be tuple, not list',
        '',
      ].join('\n'),
    );
  });
  it('still builds a class from right ones', () => {
    expect(out('A = type("A", (), {"x": 1})\nprint(A.x, A.__name__)\n')).toBe('1 A\n');
  });
});
