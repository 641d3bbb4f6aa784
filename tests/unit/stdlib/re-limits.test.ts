/**
 * `re` on hostile input: a catastrophic pattern stops at the operation limit at its line (every
 * matcher step is charged), a long subject never overflows the JS stack (the matcher backtracks on
 * its own stack), and what is not simulated says so.
 */
import { describe, it, expect } from 'vitest';
import { simulate } from '../../../src/lib/run';

function run(program: string) {
  const r = simulate(program, { python: '3.13' });
  expect(r.internalError ?? null).toBeNull();
  return r;
}

describe('re limits', () => {
  it('a catastrophic pattern stops at the operation limit, at its line', () => {
    const program = "import re\nx = 1\nm = re.match(r'(a+)+$', 'a' * 30 + 'b')\nprint(m)\n";
    const r = simulate(program, { python: '3.13', maxOperations: 3_000_000 });
    expect(r.internalError ?? null).toBeNull();
    expect(r.limit).toBe('operations');
    expect(r.trace.error).toMatch(/^Limit: stopped after 3,000,000 operations .* at line 3$/);
    expect(r.trace.stdout).toEqual([]);
  });

  it('the steps of a long search count against the budget', () => {
    const program = "import re\nm = re.search(r'(a|b)*x', 'a' * 3000)\n";
    const r = simulate(program, { python: '3.13', maxOperations: 1_000_000 });
    expect(r.limit).toBe('operations');
    expect(r.trace.error).toMatch(/at line 2$/);
  });

  it('a long subject does not overflow the stack', () => {
    const r = run(
      [
        'import re',
        "s = 'ab' * 50000",
        "print(re.fullmatch(r'(a|b)*', s).span(1))",
        "print(re.match(r'(?:(?=a)a|b)*?c', s))",
        "print(len(re.findall(r'(?:ab)+?', s[:20000])))",
        "print(re.match(r'((a)|(b))*', s).groups())",
      ].join('\n'),
    );
    expect(r.trace.error).toBeNull();
    expect(r.trace.stdout.map((e) => e.text).join('')).toBe("(99999, 100000)\nNone\n10000\n('b', 'a', 'b')\n");
  });

  it('bytes patterns, \\N{name} and re.DEBUG say they are not simulated', () => {
    const r = run("import re\nre.search(b'a', b'abc')\n");
    expect(r.trace.error).toBe('NotImplementedError: re: bytes patterns are not simulated in Loopline');
    const named = run("import re\nre.compile(r'\\N{EM DASH}')\n");
    expect(named.trace.error).toBe('NotImplementedError: re: \\N{...} named characters are not simulated in Loopline');
    const debug = run("import re\nre.compile('a', re.DEBUG)\n");
    expect(debug.trace.error).toBe('NotImplementedError: re.DEBUG (the parse dump) is not simulated in Loopline');
  });
});
