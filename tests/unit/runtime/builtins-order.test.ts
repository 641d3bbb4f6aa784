/** runtime/builtins-order.ts: the builtins namespace in CPython's order, as a stable sort by each name's rank gives it. */
import { describe, it, expect } from 'vitest';
import { inCPythonOrder } from '../../../src/lib/runtime/builtins-order';

/** CPython's order of some names (vars(builtins) of 3.13.0), and names it does not have. */
const KNOWN = ['__name__', '__build_class__', 'abs', 'print', 'None', 'True', 'int', 'zip', 'Exception', 'help'];
const UNKNOWN = ['loopline_a', 'loopline_b', 'loopline_c'];

/** A deterministic shuffle (a linear congruential generator): the test fails the same way each time. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('inCPythonOrder', () => {
  it("puts CPython's names in its order, the others after them in their own order", () => {
    const entries = shuffled([...KNOWN, ...UNKNOWN], 7).map((n, i): [string, number] => [n, i]);
    const names = inCPythonOrder(entries).map(([n]) => n);
    expect(names.slice(0, KNOWN.length)).toEqual(KNOWN);
    expect(names.slice(KNOWN.length)).toEqual(entries.map(([n]) => n).filter((n) => UNKNOWN.includes(n)));
  });

  it('keeps the entries of a name given twice in their order, with their values', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const names = shuffled([...KNOWN, 'print', 'abs', ...UNKNOWN, 'loopline_a'], seed);
      const entries = names.map((n, i): [string, number] => [n, i]);
      const rank = (n: string) => (KNOWN.includes(n) ? KNOWN.indexOf(n) : KNOWN.length);
      const expected = entries
        .map((e, i) => [e, i] as const)
        .sort((x, y) => rank(x[0][0]) - rank(y[0][0]) || x[1] - y[1])
        .map(([e]) => e);
      expect(inCPythonOrder(entries)).toEqual(expected);
    }
  });
});
