/**
 * Where Python 3.14 words a syntax error differently from 3.11-3.13 (which report the error
 * syntax-errors.ts chose, usually "invalid syntax"):
 *
 *  - an `elif` after the `else` block of an `if`, `for`, `while` or `try`: "'elif' block follows
 *    an 'else' block", at the `elif`;
 *  - a string prefix made of prefix letters that do not combine (`ub''`, `bf''`, `rbu''`): "'u' and
 *    'b' prefixes are incompatible", at the prefix. 3.14's tokenizer raises it, so it replaces a
 *    parser error anywhere (CPython tokenizes the rest of the source after a parser error), but
 *    not a tokenizer error before it.
 */
import type { PendingError } from './syntax-errors';
import type { ScanResult, Token } from './scan';

/** The pairs 3.14's tokenizer checks, in its order: the first a prefix has both letters of is named. */
const INCOMPATIBLE = [
  ['u', 'b'],
  ['u', 'r'],
  ['u', 'f'],
  ['u', 't'],
  ['b', 'f'],
  ['b', 't'],
  ['f', 't'],
];

/** 3.14's error in place of `chosen` (the error the earlier versions report), or null when the same. */
export function syntaxError314(src: string, scanned: ScanResult, chosen: PendingError): PendingError | null {
  if (chosen.kind === 'Unsupported') return null;
  const tokens = scanned.tokens;
  const prefix = badPrefix(src, tokens, scanned.error?.from ?? Infinity);
  if (prefix) return prefix;
  if (chosen.message === 'invalid syntax' && elifAfterElse(src, tokens, chosen.from))
    return { ...chosen, message: "'elif' block follows an 'else' block" };
  return null;
}

/** The first NAME right before a string (`ub'x'`) spelling incompatible prefixes, before `limit`. */
function badPrefix(src: string, tokens: Token[], limit: number): PendingError | null {
  for (let i = 0; i + 1 < tokens.length && tokens[i].from < limit; i++) {
    const t = tokens[i];
    if (t.type !== 'NAME' || tokens[i + 1].type !== 'STRING' || tokens[i + 1].from !== t.to) continue;
    const letters = src.slice(t.from, t.to).toLowerCase();
    // Only prefix letters, each once: anything else is a name before a string.
    if (!/^[bfrtu]+$/.test(letters) || new Set(letters).size !== letters.length) continue;
    const pair = INCOMPATIBLE.find(([a, b]) => letters.includes(a) && letters.includes(b));
    if (pair)
      return {
        kind: 'SyntaxError',
        message: `'${pair[0]}' and '${pair[1]}' prefixes are incompatible`,
        from: t.from,
        to: t.to,
      };
  }
  return null;
}

/** Is the token at `at` an `elif` starting a statement whose previous sibling is an `else` block? */
function elifAfterElse(src: string, tokens: Token[], at: number): boolean {
  const i = tokens.findIndex((t) => t.from === at && t.type === 'NAME');
  if (i < 0 || src.slice(at, tokens[i].to) !== 'elif') return false;
  const startsStatement = (k: number) => k === 0 || ['NEWLINE', 'INDENT', 'DEDENT'].includes(tokens[k - 1].type);
  if (!startsStatement(i)) return false;
  // Back over the blocks in between to the previous statement at the same indentation.
  let level = 0;
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.type === 'DEDENT') level++;
    else if (t.type === 'INDENT') {
      level--;
      if (level < 0) return false;
    } else if (level === 0 && t.type !== 'NEWLINE' && t.type !== 'COMMENT' && startsStatement(k))
      return src.slice(t.from, t.to) === 'else';
  }
  return false;
}
