/**
 * t-strings (PEP 750) before 3.14: Python 3.11-3.13 tokenize `t"..."` (`rt`, `tr`, any case) as a
 * name followed by a plain string, which their parser refuses with a bare "invalid syntax". The
 * scanner reads t-strings for 3.14; `tstringBefore314` finds the error the older versions raise at
 * the first one: at the string after the prefix, or at the prefix itself when a string precedes it
 * (`'a' t'b'`: the strings' run ends there and a name cannot follow it).
 */
import type { ScanResult } from './scan';
import { plainStringEnd } from './fstring311';

const T_PREFIX = /^(?:[rR]?[tT]|[tT][rR])['"]/;

export function tstringBefore314(
  src: string,
  scanned: ScanResult,
): { message: string; from: number; to: number; anchor: number } | null {
  const tokens = scanned.tokens.filter((t) => t.type !== 'COMMENT');
  let at = tokens.findIndex((t) => t.type === 'STRING' && T_PREFIX.test(src.slice(t.from, t.from + 3)));
  let start: number;
  if (at >= 0) start = tokens[at].from;
  else {
    // The scanner stopped inside a t-string (an error 3.14 gives it): the older versions meet the name first.
    const failedAt = scanned.error?.anchor ?? scanned.error?.from;
    if (failedAt === undefined || !T_PREFIX.test(src.slice(failedAt, failedAt + 3))) return null;
    start = failedAt;
    at = tokens.length;
  }
  let q = start;
  while (src[q] !== '"' && src[q] !== "'") q++;
  const before = tokens[at - 1];
  if (before?.type === 'STRING') return { message: 'invalid syntax', from: start, to: q, anchor: start };
  const end = plainStringEnd(src, q) ?? q;
  return { message: 'invalid syntax', from: q, to: end, anchor: start };
}
