/**
 * A program file's bytes as CPython reads them (PEP 263, Parser/tokenizer): a UTF-8 byte-order
 * mark is dropped, a `coding` comment on line 1 or 2 names the encoding, and bytes the encoding
 * cannot decode are a SyntaxError with CPython's text and line, never replacement characters.
 */

/** The source text, or a SyntaxError (CPython's message and, where it gives one, line). */
export type Decoded = { source: string } | { error: string; line: number | null };

const BOM = [0xef, 0xbb, 0xbf];
/** PEP 263's cookie, on a line holding only a comment. */
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** Lines a cookie may follow: blank or comment-only. */
const BLANK_OR_COMMENT = /^[ \t\f]*(#.*)?$/;

export function decodeSource(bytes: Uint8Array, file: string): Decoded {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: 'source code cannot contain null bytes', line: lineOf(bytes, nul) };
  const bom = BOM.every((b, i) => bytes[i] === b);
  const body = bom ? bytes.subarray(3) : bytes;
  const declared = cookie(body);
  const encoding = declared === null ? 'utf-8' : normalise(declared);
  if (bom && encoding !== 'utf-8') return { error: `encoding problem: ${encoding} with BOM`, line: null };
  if (encoding === 'utf-8') return decodeUtf8(body, file, declared !== null);
  if (encoding === 'iso-8859-1') return { source: latin1(body) };
  return decodeOther(body, encoding);
}

/** The encoding a cookie on the first two lines names (the second only after a blank or comment line). */
function cookie(bytes: Uint8Array): string | null {
  const lines = latin1(bytes.subarray(0, 400)).split(/\r\n|\r|\n/, 2);
  const first = COOKIE.exec(lines[0]);
  if (first) return first[1];
  if (lines.length > 1 && BLANK_OR_COMMENT.test(lines[0])) return COOKIE.exec(lines[1])?.[1] ?? null;
  return null;
}

/** CPython's get_normal_name(): the spellings of UTF-8 and Latin-1 it treats as those two. */
function normalise(name: string): string {
  const n = name.slice(0, 12).toLowerCase().replaceAll('_', '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  for (const latin of ['latin-1', 'iso-8859-1', 'iso-latin-1'])
    if (n === latin || n.startsWith(latin + '-')) return 'iso-8859-1';
  return name;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function decodeUtf8(bytes: Uint8Array, file: string, declared: boolean): Decoded {
  try {
    return { source: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = lineOf(bytes, at);
    const hex = bytes[at].toString(16).padStart(2, '0');
    if (declared) return { error: `(unicode error) 'utf-8' codec can't decode byte 0x${hex}`, line };
    return {
      error:
        `Non-UTF-8 code starting with '\\x${hex}' in file ${file} on line ${line}, ` +
        'but no encoding declared; see https://peps.python.org/pep-0263/ for details',
      line,
    };
  }
}

/** Python's cp1252 for bytes 0x80-0x9f (0: a byte the codec refuses); below and above, Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Another encoding: ASCII and cp1252 by their tables, the rest by the platform's decoder of that
 * name (whose "windows-1252" is not Python's). Bytes it cannot decode, or a name nobody knows,
 * are CPython's "encoding problem".
 */
function decodeOther(bytes: Uint8Array, encoding: string): Decoded {
  const problem = { error: `encoding problem: ${encoding}`, line: null };
  const name = encoding.toLowerCase().replaceAll('_', '-');
  if (name === 'ascii' || name === 'us-ascii')
    return bytes.every((b) => b < 0x80) ? { source: latin1(bytes) } : problem;
  if (name === 'cp1252' || name === 'windows-1252') {
    let s = '';
    for (const b of bytes) {
      const c = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
      if (c === 0) return problem;
      s += String.fromCharCode(c);
    }
    return { source: s };
  }
  try {
    const decoder = new TextDecoder(encoding, { fatal: true });
    if (decoder.encoding !== 'windows-1252') return { source: decoder.decode(bytes) };
  } catch {
    // An unknown name, or bytes not in that encoding.
  }
  return problem;
}

/** Index of the first byte where UTF-8 decoding fails. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length - 1;
}

/** 1-based line of byte `at`. */
function lineOf(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
