/**
 * Python literal decoding: string/bytes escape sequences, numbers, docstring cleaning.
 *
 * Everything here works on source text only (no Lezer nodes) so it is easy to test directly.
 */
import { unicodeNameToCodePoint } from './unicode-names';

/**
 * The characters a `\N{name}` escape may name in the program's Python version (its Unicode
 * database: names, aliases, algorithmic names; no named sequences): the text, or undefined for
 * an unknown name. Given by the run when the unicodedata tables are loaded.
 */
export type UnicodeNameLookup = (name: string) => string | undefined;

export interface StringPrefix {
  raw: boolean;
  bytes: boolean;
  /** An f- or t-string: braces hold replacement fields. */
  format: boolean;
  /** A t-string (3.14's template strings). */
  template?: boolean;
}

/** A decoding problem, located by offsets relative to the decoded text's start. */
export interface DecodeProblem {
  kind: 'SyntaxError' | 'Unsupported';
  message: string;
  from: number;
  to: number;
}

/**
 * An escape CPython warns about (SyntaxWarning from 3.12): an unknown one (`\d`, and in bytes
 * `\N`, `\u`, `\U`), or an octal one past `\377`. `sequence` is its text, backslash included;
 * `at` its offset in the body.
 */
export interface InvalidEscape {
  sequence: string;
  octal: boolean;
  at: number;
}

export interface StringToken {
  prefix: StringPrefix;
  /** Offset of the body (after the opening quote) relative to the token start. */
  bodyFrom: number;
  /** Offset just before the closing quote, relative to the token start. */
  bodyTo: number;
}

/** Split one string token's text (`rb'...'`, `"""..."""`) into prefix and body bounds. */
export function splitStringToken(text: string): StringToken {
  let i = 0;
  while (i < text.length && text[i] !== '"' && text[i] !== "'") i++;
  const p = text.slice(0, i).toLowerCase();
  const quote = text[i] ?? '"';
  const triple = text.startsWith(quote.repeat(3), i) && text.length >= i + 6;
  const qlen = triple ? 3 : 1;
  const bodyFrom = Math.min(i + qlen, text.length);
  // A well-formed token ends with its quote(s); be lenient for broken input.
  let bodyTo = text.length;
  if (text.endsWith(quote.repeat(qlen)) && text.length - qlen >= bodyFrom) bodyTo = text.length - qlen;
  return {
    prefix: { raw: p.includes('r'), bytes: p.includes('b'), format: /[ft]/.test(p), template: p.includes('t') },
    bodyFrom,
    bodyTo,
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

const HEX = /^[0-9a-fA-F]$/;

/**
 * Decode the body of a (non-raw unless `raw`) string or bytes literal.
 *
 * `fstring`: literal text of an f-string, where `{{`/`}}` stand for single braces.
 * Bytes results are "latin-1" JS strings (every char code 0–255).
 */
export function decodeBody(
  body: string,
  prefix: StringPrefix,
  fstring = false,
  names?: UnicodeNameLookup,
): { value: string; problems: DecodeProblem[]; invalidEscape?: InvalidEscape } {
  const problems: DecodeProblem[] = [];
  // The first invalid escape only: CPython warns once a literal.
  let invalidEscape: InvalidEscape | undefined;
  let out = '';
  const n = body.length;
  if (prefix.bytes) {
    for (let i = 0; i < n; i++) {
      if (body.charCodeAt(i) > 127) {
        problems.push({
          kind: 'SyntaxError',
          message: 'bytes can only contain ASCII literal characters',
          from: 0,
          to: n,
        });
        break;
      }
    }
  }
  if (prefix.raw && !fstring) return { value: body, problems };
  let i = 0;
  while (i < n) {
    const c = body[i];
    if (fstring && (c === '{' || c === '}') && body[i + 1] === c) {
      out += c;
      i += 2;
      continue;
    }
    if (c !== '\\' || prefix.raw) {
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) {
      out += '\\';
      i++;
      continue;
    }
    if (e in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[e];
      i += 2;
      continue;
    }
    if (e >= '0' && e <= '7') {
      // Up to three octal digits.
      let j = i + 1;
      let v = 0;
      while (j < n && j < i + 4 && body[j] >= '0' && body[j] <= '7') v = v * 8 + (body.charCodeAt(j++) - 48);
      if (v > 0o377) invalidEscape ??= { sequence: body.slice(i, j), octal: true, at: i };
      out += String.fromCharCode(prefix.bytes ? v & 0xff : v);
      i = j;
      continue;
    }
    const hexEscape = (len: number, name: string): void => {
      let j = i + 2;
      while (j < n && j < i + 2 + len && HEX.test(body[j])) j++;
      if (j - (i + 2) < len) {
        problems.push({
          kind: 'SyntaxError',
          message: prefix.bytes
            ? `(value error) invalid \\x escape at position ${i}`
            : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${j - 1}: truncated ${name} escape`,
          from: i,
          to: j,
        });
        out += body.slice(i, j);
        i = j;
        return;
      }
      const cp = parseInt(body.slice(i + 2, j), 16);
      if (cp > 0x10ffff) {
        problems.push({
          kind: 'SyntaxError',
          message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i}-${j - 1}: illegal Unicode character`,
          from: i,
          to: j,
        });
        out += body.slice(i, j);
      } else out += String.fromCodePoint(cp);
      i = j;
    };
    if (e === 'x') {
      hexEscape(2, '\\xXX');
      continue;
    }
    if (!prefix.bytes && e === 'u') {
      hexEscape(4, '\\uXXXX');
      continue;
    }
    if (!prefix.bytes && e === 'U') {
      hexEscape(8, '\\UXXXXXXXX');
      continue;
    }
    if (!prefix.bytes && e === 'N') {
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      if (close < 0) {
        // `\N` alone is malformed at itself; `\N{` without its `}` up to the end of the text.
        const at = escapedLength(body, 0, i);
        const end = body[i + 2] === '{' ? at + escapedLength(body, i, n) - 1 : at + 1;
        problems.push({
          kind: 'SyntaxError',
          message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${end}: malformed \\N character escape`,
          from: i,
          to: i + 2,
        });
        out += '\\N';
        i += 2;
        continue;
      }
      const name = body.slice(i + 3, close);
      if (names !== undefined) {
        const found = name === '' ? undefined : names(name);
        if (found === undefined) {
          // CPython's position counts each non-ASCII character as the 10 bytes of its \U escape.
          const at = escapedLength(body, 0, i);
          // An empty name is malformed at the `\N{` itself.
          const end = name === '' ? at + 2 : at + escapedLength(body, i, close + 1) - 1;
          const what = name === '' ? 'malformed \\N character escape' : 'unknown Unicode character name';
          problems.push({
            kind: 'SyntaxError',
            message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${at}-${end}: ${what}`,
            from: i,
            to: close + 1,
          });
          out += body.slice(i, close + 1);
        } else out += found;
        i = close + 1;
        continue;
      }
      const cp = lookupUnicodeName(name);
      if (cp === undefined) {
        problems.push({
          kind: 'Unsupported',
          message: `A \\N{...} escape naming '${name}', a character Loopline does not know; write the character itself or use a \\u escape`,
          from: i,
          to: close + 1,
        });
        out += body.slice(i, close + 1);
      } else out += String.fromCodePoint(cp);
      i = close + 1;
      continue;
    }
    // Unknown escapes keep their backslash (CPython only warns).
    invalidEscape ??= { sequence: '\\' + e, octal: false, at: i };
    out += '\\' + e;
    i += 2;
  }
  return invalidEscape ? { value: out, problems, invalidEscape } : { value: out, problems };
}

/** The length of `body[from..to)` as CPython's escape decoder counts it: a non-ASCII character is its 10-byte `\U` escape. */
function escapedLength(body: string, from: number, to: number): number {
  let n = 0;
  for (const ch of body.slice(from, to)) n += ch.charCodeAt(0) < 128 ? 1 : 10;
  return n;
}

function lookupUnicodeName(name: string): number | undefined {
  const key = name.toUpperCase().replace(/\s+/g, ' ').trim();
  return algorithmicName(name) ?? unicodeNameToCodePoint(key);
}

/**
 * The unified ideographs every simulated version (3.11's Unicode 14.0 onwards) has; later versions'
 * additions are left to the unsupported message, as the parser does not know the version.
 */
const UNIFIED_IDEOGRAPHS = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0x20000, 0x2a6df],
  [0x2a700, 0x2b738],
  [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1],
  [0x2ceb0, 0x2ebe0],
  [0x30000, 0x3134a],
];
const JAMO_L = 'G GG N D DD R M B BB S SS  J JJ C K T P H'.split(' ');
const JAMO_V = 'A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I'.split(' ');
const JAMO_T = ' G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H'.split(' ');

/** The longest of `choices` at `at` in `text` (CPython's find_syllable), or -1. */
function longestJamo(text: string, at: number, choices: string[]): number {
  let best = -1;
  choices.forEach((c, i) => {
    if (text.startsWith(c, at) && (best < 0 || c.length > choices[best].length)) best = i;
  });
  return best;
}

/** The names CPython makes from the code point, upper case as it requires: Hangul syllables and CJK unified ideographs. */
function algorithmicName(name: string): number | undefined {
  if (name.startsWith('HANGUL SYLLABLE ')) {
    let at = 'HANGUL SYLLABLE '.length;
    const l = longestJamo(name, at, JAMO_L);
    at += JAMO_L[l].length;
    const v = longestJamo(name, at, JAMO_V);
    if (v < 0) return undefined;
    at += JAMO_V[v].length;
    const t = longestJamo(name, at, JAMO_T);
    at += JAMO_T[t].length;
    return at === name.length ? 0xac00 + (l * 21 + v) * 28 + t : undefined;
  }
  const digits = name.startsWith('CJK UNIFIED IDEOGRAPH-') ? name.slice('CJK UNIFIED IDEOGRAPH-'.length) : '';
  if (!/^[0-9A-F]{4,5}$/.test(digits)) return undefined;
  const cp = parseInt(digits, 16);
  return UNIFIED_IDEOGRAPHS.some(([a, z]) => a <= cp && cp <= z) ? cp : undefined;
}

// ---------------------------------------------------------------- numbers

export type NumberValue =
  { kind: 'int'; value: bigint } | { kind: 'float'; value: number } | { kind: 'complex'; value: number };

/** Parse a Python number literal (already validated by the scanner). Complex → imaginary part. */
export function parseNumber(text: string): NumberValue {
  const t = text.replace(/_/g, '');
  const last = t[t.length - 1];
  if (last === 'j' || last === 'J') return { kind: 'complex', value: Number(t.slice(0, -1)) };
  if (/^0[xXoObB]/.test(t)) {
    try {
      return { kind: 'int', value: BigInt(t.toLowerCase()) };
    } catch {
      return { kind: 'int', value: 0n };
    }
  }
  if (/[.eE]/.test(t)) return { kind: 'float', value: Number(t) };
  try {
    return { kind: 'int', value: BigInt(t) };
  } catch {
    return { kind: 'int', value: 0n };
  }
}

// ---------------------------------------------------------------- docstrings

/**
 * CPython 3.13 strips the common indentation from docstrings at compile time
 * (`_PyCompile_CleanDoc`): tabs expanded, the first line's leading spaces removed, and the
 * smallest indentation of the following non-blank lines removed from each of them.
 * Unlike `inspect.cleandoc`, leading/trailing blank lines are kept.
 */
export function cleanDocstring(doc: string): string {
  const lines = expandTabs(doc).split('\n');
  let margin = Infinity;
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    const content = line.replace(/^ +/, '');
    if (content.length > 0) margin = Math.min(margin, line.length - content.length);
  }
  if (margin === Infinity) margin = 0;
  lines[0] = lines[0].replace(/^ +/, '');
  for (let k = 1; k < lines.length; k++) {
    let cut = 0;
    while (cut < margin && lines[k][cut] === ' ') cut++;
    lines[k] = lines[k].slice(cut);
  }
  return lines.join('\n');
}

/** `str.expandtabs()` with the default tab size 8. */
function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += c;
      col = c === '\n' || c === '\r' ? 0 : col + 1;
    }
  }
  return out;
}
