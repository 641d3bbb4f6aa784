/**
 * CPython 3.11's f-strings, which 3.12 (PEP 701) relaxed: 3.11's tokenizer reads an f-string as a
 * plain string, so it ends at the first quote like its own (`f"{d["k"]}"` is `f"{d["` followed by
 * more tokens), and its f-string parser then refuses a backslash or a `#` anywhere in a replacement
 * field. The other versions parse these programs (src/lib/parse/scan.ts); `fstring311Error` finds
 * the error 3.11 raises instead, with its message and location: the f-string's error is raised when
 * the parser has read the run of adjacent strings, so it points at the token after that run.
 */
import type { ScanResult } from './scan';
import type { Diagnostic, ParseResult } from '../ir/types';
import { OPS_BY_CHAR, STRING_PREFIXES, isIdContinue } from './scan';
import { wordedFor } from './version-wording';

export interface Fstring311Error {
  message: string;
  /** The token after the f-string's run of strings. */
  from: number;
  to: number;
  /** Where the f-string starts (an earlier error wins). */
  anchor: number;
}

/**
 * The first error 3.11 raises for an f-string of `src`, or null. `scanned` is 3.12's tokens, up to
 * the f-string at which its tokenizer failed, if any.
 */
export function fstring311Error(src: string, scanned: ScanResult): Fstring311Error | null {
  const tokens = scanned.tokens;
  const failedAt = scanned.error?.anchor;
  const strings = tokens.filter((t) => t.type === 'STRING');
  if (failedAt !== undefined && /^[a-zA-Z]*f[a-zA-Z]*['"]/i.test(src.slice(failedAt, failedAt + 4))) {
    const last = tokens[tokens.length - 1];
    const opens = last === undefined ? 0 : '([{'.includes(src[last.from]) ? 1 : ')]}'.includes(src[last.from]) ? -1 : 0;
    strings.push({ type: 'STRING', from: failedAt, to: failedAt, depth: (last?.depth ?? 0) + opens });
  }
  for (const t of strings) {
    const q = quoteAt(src, t.from);
    if (!src.slice(t.from, q).toLowerCase().includes('f')) continue;
    const end = plainStringEnd(src, q);
    if (end === null) {
      // 3.11's tokenizer has no f-string literals.
      const message = scanned.error?.message.replace(
        /^unterminated (triple-quoted )?f-string/,
        'unterminated $1string',
      );
      if (t.from !== failedAt || !message?.startsWith('unterminated')) continue;
      return { message, from: t.from, to: t.from, anchor: t.from };
    }
    const message = checkBody(src, q, end, src.slice(t.from, q).toLowerCase().includes('r'));
    if (message === null) continue;
    return { message, ...tokenAfterStrings(src, end, t.depth), anchor: t.from };
  }
  return null;
}

function quoteAt(src: string, from: number): number {
  let q = from;
  while (src[q] !== '"' && src[q] !== "'") q++;
  return q;
}

/** The end (past the closing quote) of the string whose opening quote is at `q`, read as 3.11's tokenizer does; null if it does not end. */
export function plainStringEnd(src: string, q: number): number | null {
  const quote = src[q];
  const triple = src[q + 1] === quote && src[q + 2] === quote;
  const close = triple ? quote.repeat(3) : quote;
  for (let p = q + close.length; p < src.length; p++) {
    if (src[p] === '\\') p++;
    else if (src[p] === '\n' && !triple) return null;
    else if (src.startsWith(close, p)) return p + close.length;
  }
  return null;
}

/** 3.11's f-string parser over the body of the f-string `src[q..end)`: its error message or null. */
function checkBody(src: string, q: number, end: number, raw: boolean): string | null {
  const qlen = src[q + 1] === src[q] && src[q + 2] === src[q] && end - q >= 6 ? 3 : 1;
  const body = src.slice(q + qlen, end - qlen);
  const state = { s: body, i: 0, raw };
  try {
    parseParts(state, 0);
    return null;
  } catch (e) {
    if (e instanceof Fail) return e.message;
    throw e;
  }
}

class Fail {
  constructor(readonly message: string) {}
}

interface State {
  s: string;
  i: number;
  raw: boolean;
}

/** Literal text and replacement fields up to the end (level 0) or a format spec's closing `}`. */
function parseParts(st: State, level: number): void {
  const { s } = st;
  while (st.i < s.length) {
    const ch = s[st.i++];
    if (!st.raw && ch === '\\' && st.i < s.length) {
      const next = s[st.i++];
      if (next === 'N') {
        if (s[st.i++] === '{') while (st.i < s.length && s[st.i++] !== '}');
        continue;
      }
      if (next !== '{' && next !== '}') continue;
    } else if (ch !== '{' && ch !== '}') continue;
    const brace = s[st.i - 1];
    if (level === 0 && s[st.i] === brace) {
      st.i++;
      continue;
    }
    if (brace === '}') {
      if (level === 0) throw new Fail("f-string: single '}' is not allowed");
      st.i--;
      return;
    }
    field(st, level);
  }
}

/** A replacement field; `st.i` is just past its `{`. */
function field(st: State, level: number): void {
  if (level >= 2) throw new Fail('f-string: expressions nested too deeply');
  const { s } = st;
  const exprStart = st.i;
  let quote = '';
  let tripleQuote = false;
  const parens: string[] = [];
  for (; st.i < s.length; st.i++) {
    const ch = s[st.i];
    if (ch === '\\') throw new Fail('f-string expression part cannot include a backslash');
    if (quote) {
      if (ch !== quote) continue;
      if (!tripleQuote) quote = '';
      else if (s[st.i + 1] === ch && s[st.i + 2] === ch && st.i + 2 < s.length) {
        st.i += 2;
        quote = '';
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      tripleQuote = st.i + 2 < s.length && s[st.i + 1] === ch && s[st.i + 2] === ch;
      if (tripleQuote) st.i += 2;
      quote = ch;
    } else if (ch === '[' || ch === '{' || ch === '(') {
      if (parens.length >= 200) throw new Fail('f-string: too many nested parenthesis');
      parens.push(ch);
    } else if (ch === '#') {
      throw new Fail("f-string expression part cannot include '#'");
    } else if (parens.length === 0 && '!:}=<>'.includes(ch)) {
      if (s[st.i + 1] === '=' && '!=<>'.includes(ch)) {
        st.i++;
        continue;
      }
      if (ch === '<' || ch === '>') continue;
      break;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      const opening = parens.pop();
      if (opening === undefined) throw new Fail(`f-string: unmatched '${ch}'`);
      if ('([{'.indexOf(opening) !== ')]}'.indexOf(ch))
        throw new Fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
    }
  }
  if (quote) throw new Fail('f-string: unterminated string');
  if (parens.length) throw new Fail(`f-string: unmatched '${parens[parens.length - 1]}'`);
  if (st.i >= s.length) throw new Fail("f-string: expecting '}'");
  if (s.slice(exprStart, st.i).trim() === '')
    throw new Fail(
      '!:='.includes(s[st.i])
        ? `f-string: expression required before '${s[st.i]}'`
        : 'f-string: empty expression not allowed',
    );
  if (s[st.i] === '=') {
    st.i++;
    while (st.i < s.length && ' \t\n\r\f\v'.includes(s[st.i])) st.i++;
    if (st.i >= s.length) throw new Fail("f-string: expecting '}'");
  }
  if (s[st.i] === '!') {
    st.i++;
    if (st.i >= s.length) throw new Fail("f-string: expecting '}'");
    const conv = s[st.i++];
    if (conv !== 's' && conv !== 'r' && conv !== 'a')
      throw new Fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
  }
  if (st.i >= s.length) throw new Fail("f-string: expecting '}'");
  if (s[st.i] === ':') {
    st.i++;
    if (st.i >= s.length) throw new Fail("f-string: expecting '}'");
    parseParts(st, level + 1);
  }
  if (st.i >= s.length || s[st.i] !== '}') throw new Fail("f-string: expecting '}'");
  st.i++;
}

/** The first token after the strings that follow `p` (adjacent strings are one expression). */
function tokenAfterStrings(src: string, p: number, depth: number): { from: number; to: number } {
  while (true) {
    while (src[p] === ' ' || src[p] === '\t' || src[p] === '\f' || (src[p] === '\\' && src[p + 1] === '\n'))
      p += src[p] === '\\' ? 2 : 1;
    if (depth > 0 && (src[p] === '\n' || src[p] === '#')) {
      // Inside brackets, line ends and comments are not tokens.
      if (src[p] === '#') while (p < src.length && src[p] !== '\n') p++;
      p++;
      continue;
    }
    let e = p;
    while (e < src.length && isIdContinue(src[e])) e++;
    const q = src[e];
    if ((q === '"' || q === "'") && (e === p || STRING_PREFIXES.has(src.slice(p, e).toLowerCase()))) {
      const end = plainStringEnd(src, e);
      if (end === null) return { from: p, to: p + 1 };
      p = end;
      continue;
    }
    if (p >= src.length || src[p] === '\n') return { from: p, to: p };
    // A comment ends the line: the NEWLINE token starts at it.
    if (src[p] === '#') return { from: p, to: src.indexOf('\n', p) < 0 ? src.length : src.indexOf('\n', p) };
    if (e > p) return { from: p, to: e };
    const op = OPS_BY_CHAR.get(src[p])?.find((o) => src.startsWith(o, p));
    return { from: p, to: p + (op?.length ?? 1) };
  }
}

/** The errors of a parse as Python 3.`minor` reports them. */
export function diagnosticsFor(parsed: ParseResult, minor: number): Diagnostic[] {
  const chosen = chosenFor(parsed, minor);
  const worded = chosen.map((d) => wordedFor(d, minor));
  return worded.some((d, i) => d !== chosen[i]) ? worded : chosen;
}

function chosenFor(parsed: ParseResult, minor: number): Diagnostic[] {
  const c314 = parsed.compile314;
  if (minor >= 14 && c314) {
    const rest = parsed.diagnostics.filter((d) => d !== c314.replaces);
    if (c314.diagnostic) rest.push(c314.diagnostic);
    return rest.sort((a, b) => a.span.from - b.span.from);
  }
  const older = [
    minor === 11 ? parsed.fstring311 : undefined,
    minor === 11 ? parsed.before312 : undefined,
    minor === 12 ? parsed.before313 : undefined,
    minor < 14 ? parsed.before314 : undefined,
  ]
    .filter((x) => x !== undefined)
    .sort((a, b) => a.anchor - b.anchor)[0];
  // The errors 3.14 gives a t-string are not errors where t-strings do not exist.
  const earlier = (d: Diagnostic) => d.span.from < older!.anchor && (minor >= 14 || !d.message.includes('t-string'));
  if (!older || parsed.diagnostics.some(earlier)) return parsed.diagnostics;
  return [older.diagnostic];
}
