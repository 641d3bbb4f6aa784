/**
 * `\N{...}` escapes read with the program's version's Unicode names (stdlib/unicode-name-lookup.ts)
 * and CPython's SyntaxError for a name it does not know. The expected texts are what CPython
 * 3.11.7, 3.12.1 and 3.13.0 print for these programs (`python3 p.py`); the conformance case
 * lang_unicode_name_escapes checks the names every version has, 3.14 included.
 */
import { describe, expect, it } from 'vitest';
import { preloadLibrary, simulate } from '../../../src/lib/run';
import type { PythonVersion } from '../../../src/lib/ir/python-version';

const unknown = (from: number, to: number) =>
  `(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: unknown Unicode character name`;
const malformed = (from: number, to: number) =>
  `(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: malformed \\N character escape`;

/** The literal, then its ascii() or SyntaxError message on 3.11, 3.12 and 3.13. */
const CASES: [string, string, string, string][] = [
  // Unicode 15.0 (3.12) and 15.1 (3.13) additions.
  ["'\\N{SHAKING FACE}'", unknown(0, 15), "'\\U0001fae8'", "'\\U0001fae8'"],
  ["'\\N{CJK UNIFIED IDEOGRAPH-31350}'", unknown(0, 30), "'\\U00031350'", "'\\U00031350'"],
  ["'\\N{CJK UNIFIED IDEOGRAPH-2EBF0}'", unknown(0, 30), unknown(0, 30), "'\\U0002ebf0'"],
  // Not in any of them: named sequences, lower-case algorithmic names, other spacing.
  ["'\\N{KEYCAP DIGIT ZERO}'", unknown(0, 20), unknown(0, 20), unknown(0, 20)],
  ["'\\N{hangul syllable gag}'", unknown(0, 22), unknown(0, 22), unknown(0, 22)],
  ["'\\N{CJK UNIFIED IDEOGRAPH-4e00}'", unknown(0, 29), unknown(0, 29), unknown(0, 29)],
  ["'\\N{LATIN  SMALL LETTER A}'", unknown(0, 24), unknown(0, 24), unknown(0, 24)],
  // Positions count a non-ASCII character as its 10-byte \U escape.
  ["'é\\N{FOO}'", unknown(10, 16), unknown(10, 16), unknown(10, 16)],
  ["'x\\N{}'", malformed(1, 3), malformed(1, 3), malformed(1, 3)],
  ["'\\N{EM DASH'", malformed(0, 9), malformed(0, 9), malformed(0, 9)],
  ["'\\N{latin capital letter gha}'", "'\\u01a2'", "'\\u01a2'", "'\\u01a2'"],
];

describe('\\N{...} escapes per Python version', () => {
  const versions: PythonVersion[] = ['3.11', '3.12', '3.13'];
  for (const [literal, ...want] of CASES)
    versions.forEach((python, k) =>
      it(`${literal} on ${python}`, async () => {
        const source = `x = ${literal}\nprint(ascii(x))\n`;
        await preloadLibrary(source);
        const r = simulate(source, { python }, 'p.py');
        const got =
          r.diagnostics.length > 0
            ? r.diagnostics.map((d) => d.message).join('; ')
            : r.trace.stdout
                .map((e) => e.text)
                .join('')
                .trimEnd();
        expect(got).toBe(want[k]);
      }),
    );
});
