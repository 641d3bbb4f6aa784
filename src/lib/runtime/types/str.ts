/**
 * Methods of `str` and the `str(...)` constructor, with CPython 3.13's behaviour and messages.
 * Strings are JS strings; Python indexes by code point, so positions are converted when a string
 * has astral characters (surrogate pairs).
 */
import { decodeFailure, encodeFailure } from '../unicode-errors';
import {
  PyList,
  PySet,
  PyTuple,
  PyDict,
  PyBytes,
  PyStaticMethod,
  NotImplemented,
  strClass,
  excClass,
  typeName,
  pyError,
  defMethod,
  PyExc,
  unbox,
  type PyValue,
} from '../core';
import { run } from '../run';
import { noteHashOrder } from '../hash-order';
import { defNative, defNativeMethod } from '../native';
import { signature } from '../signature';
import { str as pyStr, repr, getIter, getitem, getattr, len as pyLen, hashKey, pyHash, toIndex } from '../ops';
import { indexArg, hasSurrogates, isPyWhitespace, isExcInstance } from './util';
import {
  adjust,
  findIn,
  countIn,
  tailMatch,
  splitWhitespace,
  rsplitWhitespace,
  splitSep,
  rsplitSep,
  splitLines,
  stripIn,
  replaceIn,
  padTo,
  zfillTo,
  expandTabs,
  asciiTitle,
  STR_SPACES,
  STR_BREAKS,
} from './text-core';
import { pyFormat, asciiRepr, strPercent } from './format';
import { makeIterator } from './iterator';
import { wideCodec, encodeWide, decodeWide, type WideCodec } from './utf16-32';
import { bufferOrNull } from './buffer';
import { CPYTHON_ENCODINGS, NON_TEXT_ENCODINGS } from './cpython-encodings';
import { decodeReplacement } from './decode-errors';
import { compareStr } from './code-points';

excClass('UnicodeEncodeError', 'UnicodeError');
excClass('UnicodeDecodeError', 'UnicodeError');

function self_(v: PyValue): string {
  return v as string;
}

// ------------------------------------------------------------------ helpers

function cpLen(s: string): number {
  return hasSurrogates(s) ? pyLen(s) : s.length;
}

function subArg(v: PyValue, fname?: string): string {
  if (typeof v !== 'string')
    throw pyError('TypeError', `${fname ? fname + '() argument 1 ' : ''}must be str, not ${typeName(v)}`);
  return v;
}

/** The signature of find, rfind, index, rindex and count (bound as [sub, start, end]). */
const SUB_SIG = '(sub[, start[, end]], /)';

function findImpl(s: string, [subArgV, startArg, endArg]: PyValue[], name: string, reverse: boolean): number {
  return findIn(s, subArg(subArgV, name), startArg, endArg, reverse);
}

function countImpl(s: string, [subArgV, startArg, endArg]: PyValue[]): number {
  return countIn(s, subArg(subArgV, 'count'), startArg, endArg);
}

function startsEnds(self: PyValue, [prefix, startArg, endArg]: PyValue[], name: string, atEnd: boolean): boolean {
  const s = self_(self);
  const surr = hasSurrogates(s);
  const n = surr ? pyLen(s) : s.length;
  const [start, end] = adjust(startArg, endArg, n);
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, atEnd, surr || hasSurrogates(prefix));
  if (prefix instanceof PyTuple) {
    for (const p of prefix.items) {
      if (typeof p !== 'string')
        throw pyError('TypeError', `tuple for ${name} must only contain str, not ${typeName(p)}`);
      if (tailMatch(s, p, start, end, atEnd, surr || hasSurrogates(p))) return true;
    }
    return false;
  }
  throw pyError('TypeError', `${name} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
}

// ------------------------------------------------------------------ split family

/** split and rsplit: `(sep=None, maxsplit=-1)`, absent arguments left undefined so that the usual call binds without allocating. */
const SPLIT_SIG = '([sep[, maxsplit]])';

function splitArgs([sep, max]: PyValue[]): [string | null, number] {
  if (sep !== undefined && sep !== null && typeof sep !== 'string')
    throw pyError('TypeError', `must be str or None, not ${typeName(sep)}`);
  const maxsplit = max === undefined ? -1 : indexArg(max);
  if (sep === '') throw pyError('ValueError', 'empty separator');
  return [sep === undefined ? null : sep, maxsplit];
}

defNativeMethod(strClass, 'split', SPLIT_SIG, (self, a) => {
  const s = self_(self);
  const [sep, maxsplit] = splitArgs(a);
  return new PyList(sep === null ? splitWhitespace(s, maxsplit, STR_SPACES) : splitSep(s, sep, maxsplit));
});

defNativeMethod(strClass, 'rsplit', SPLIT_SIG, (self, a) => {
  const s = self_(self);
  const [sep, maxsplit] = splitArgs(a);
  return new PyList(sep === null ? rsplitWhitespace(s, maxsplit, STR_SPACES) : rsplitSep(s, sep, maxsplit));
});

defNativeMethod(
  strClass,
  'splitlines',
  '([keepends])',
  (self, [ke]) => new PyList(splitLines(self_(self), ke === undefined ? false : indexArg(ke) !== 0, STR_BREAKS)),
);

defNativeMethod(strClass, 'join', '(iterable, /)', (self, [seq]) => {
  const sep = self_(self);
  if (seq instanceof PyList || seq instanceof PyTuple) {
    const items = seq.items;
    const n = items.length;
    if (n === 1 && typeof items[0] === 'string') return items[0];
    if (n <= JOIN_CHUNK) {
      const parts: string[] = new Array(n);
      for (let i = 0; i < n; i++) parts[i] = joinPart(i, items[i]);
      return parts.join(sep);
    }
    const joined: string[] = [];
    for (let i = 0; i < n; i += JOIN_CHUNK) {
      const m = Math.min(JOIN_CHUNK, n - i);
      const parts: string[] = new Array(m);
      for (let j = 0; j < m; j++) parts[j] = joinPart(i + j, items[i + j]);
      joined.push(parts.join(sep));
    }
    return joined.join(sep);
  }
  if (seq instanceof PySet && run.toolReprs === 0) noteHashOrder(seq, 'joined');
  let it;
  try {
    it = getIter(seq);
  } catch (e) {
    if (isExcInstance(e, 'TypeError')) throw pyError('TypeError', 'can only join an iterable');
    throw e;
  }
  // CPython makes a list of the items first, then checks them: the iterable is consumed to its
  // end before a non-str item is reported.
  let parts: string[] = [];
  let joined: string[] | null = null;
  let i = 0;
  let bad: PyValue | undefined;
  let badAt = -1;
  for (let x = it.next(); x !== undefined; x = it.next(), i++) {
    if (badAt >= 0) continue;
    const v = unbox(x);
    if (typeof v === 'string') {
      parts.push(v);
      if (parts.length === JOIN_CHUNK) {
        (joined ??= []).push(parts.join(sep));
        parts = [];
      }
    } else {
      bad = v;
      badAt = i;
    }
  }
  if (badAt >= 0) throw notStr(badAt, bad as PyValue);
  if (joined === null) return parts.join(sep);
  if (parts.length > 0) joined.push(parts.join(sep));
  return joined.join(sep);
});

/**
 * How many items a join puts in one array: a longer one is joined a chunk at a time, and the
 * chunks' strings then joined. V8 keeps an array of more than some 16K items in its large-object
 * space, where growing it, collecting around it and Array.prototype.join over it all cost several
 * times more per item (100K short strings: about 6x).
 */
const JOIN_CHUNK = 4096;

/**
 * Item `i` of a join, which must be a str. The items are joined by Array.prototype.join, which
 * writes one flat string: concatenating them made a rope of a node per item, which V8 flattens
 * when the result is first read (a split, a search), walking nodes scattered over the heap.
 */
function joinPart(i: number, item: PyValue): string {
  const x = unbox(item);
  if (typeof x !== 'string') throw notStr(i, x);
  return x;
}

function notStr(i: number, x: PyValue): PyExc {
  return pyError('TypeError', `sequence item ${i}: expected str instance, ${typeName(x)} found`);
}

defNativeMethod(strClass, 'partition', '(sep, /)', (self, [sepArg]) => {
  const s = self_(self);
  const sep = subArg(sepArg);
  if (sep === '') throw pyError('ValueError', 'empty separator');
  const i = s.indexOf(sep);
  if (i < 0) return new PyTuple([s, '', '']);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});

defNativeMethod(strClass, 'rpartition', '(sep, /)', (self, [sepArg]) => {
  const s = self_(self);
  const sep = subArg(sepArg);
  if (sep === '') throw pyError('ValueError', 'empty separator');
  const i = s.lastIndexOf(sep);
  if (i < 0) return new PyTuple(['', '', s]);
  return new PyTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
});

// ------------------------------------------------------------------ strip

function stripImpl(self: PyValue, [charsArg]: PyValue[], name: string, left: boolean, right: boolean): string {
  const chars = charsArg === undefined ? null : charsArg;
  if (chars !== null && typeof chars !== 'string') throw pyError('TypeError', `${name} arg must be None or str`);
  return stripIn(self_(self), chars, left, right, STR_SPACES);
}

defNativeMethod(strClass, 'strip', '([chars], /)', (self, a) => stripImpl(self, a, 'strip', true, true));
defNativeMethod(strClass, 'lstrip', '([chars], /)', (self, a) => stripImpl(self, a, 'lstrip', true, false));
defNativeMethod(strClass, 'rstrip', '([chars], /)', (self, a) => stripImpl(self, a, 'rstrip', false, true));

defNativeMethod(strClass, 'removeprefix', '(prefix, /)', (self, [p]) => {
  const s = self_(self);
  if (typeof p !== 'string') throw pyError('TypeError', `removeprefix() argument must be str, not ${typeName(p)}`);
  return p !== '' && s.startsWith(p) ? s.slice(p.length) : s;
});
defNativeMethod(strClass, 'removesuffix', '(suffix, /)', (self, [p]) => {
  const s = self_(self);
  if (typeof p !== 'string') throw pyError('TypeError', `removesuffix() argument must be str, not ${typeName(p)}`);
  return p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
});

// ------------------------------------------------------------------ case

const CASED = /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u;
const UPPER = /\p{Uppercase}/u;
const LOWER = /\p{Lowercase}/u;
const TITLE = /\p{Lt}/u;
const TITLE_SPECIAL: Record<string, string> = {
  ß: 'Ss',
  Ǆ: 'ǅ',
  ǅ: 'ǅ',
  ǆ: 'ǅ',
  Ǉ: 'ǈ',
  ǈ: 'ǈ',
  ǉ: 'ǈ',
  Ǌ: 'ǋ',
  ǋ: 'ǋ',
  ǌ: 'ǋ',
  Ǳ: 'ǲ',
  ǲ: 'ǲ',
  ǳ: 'ǲ',
  ﬀ: 'Ff',
  ﬁ: 'Fi',
  ﬂ: 'Fl',
  ﬃ: 'Ffi',
  ﬄ: 'Ffl',
  ﬅ: 'St',
  ﬆ: 'St',
};

function titleChar(c: string): string {
  return TITLE_SPECIAL[c] ?? c.toUpperCase();
}

const ASCII = /^[\x00-\x7f]*$/;

defNativeMethod(strClass, 'upper', '()', (self) => {
  return self_(self).toUpperCase();
});
defNativeMethod(strClass, 'lower', '()', (self) => {
  return self_(self).toLowerCase();
});
defNativeMethod(strClass, 'casefold', '()', (self) => {
  const s = self_(self);
  if (ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of s) out += c === 'İ' ? 'i̇' : c.toUpperCase().toLowerCase();
  return out;
});
defNativeMethod(strClass, 'title', '()', (self) => {
  const s = self_(self);
  if (ASCII.test(s)) return asciiTitle(s);
  let out = '';
  let prevCased = false;
  for (const c of s) {
    out += prevCased ? c.toLowerCase() : titleChar(c);
    prevCased = CASED.test(c);
  }
  return out;
});
defNativeMethod(strClass, 'capitalize', '()', (self) => {
  const s = self_(self);
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return titleChar(first) + s.slice(first.length).toLowerCase();
});
defNativeMethod(strClass, 'swapcase', '()', (self) => {
  let out = '';
  for (const c of self_(self)) {
    if (UPPER.test(c)) out += c.toLowerCase();
    else if (LOWER.test(c)) out += c.toUpperCase();
    else out += c;
  }
  return out;
});

// ------------------------------------------------------------------ predicates

function allChars(s: string, test: (c: string) => boolean): boolean {
  if (s === '') return false;
  for (const c of s) if (!test(c)) return false;
  return true;
}

const DECIMAL = /^\p{Nd}$/u;
const DIGIT_EXTRA =
  /^[\u00B2\u00B3\u00B9\u1369-\u1371\u19DA\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247C\u2488-\u2490\u24EA\u24F5-\u24FD\u24FF\u2776-\u277E\u2780-\u2788\u278A-\u2792\u{1F100}-\u{1F10A}]$/u;
const NUMERIC = /^[\p{N}〇一二三四五六七八九十百千万萬億兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]$/u;
const ALPHA = /^\p{L}$/u;
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const IDENT = /^[\p{XID_Start}_][\p{XID_Continue}]*$/u;

const isDecimalCh = (c: string) => {
  const k = c.charCodeAt(0);
  return k < 128 ? k >= 48 && k <= 57 : DECIMAL.test(c);
};
const isDigitCh = (c: string) => isDecimalCh(c) || DIGIT_EXTRA.test(c);
const isNumericCh = (c: string) => isDigitCh(c) || NUMERIC.test(c);
const isAlphaCh = (c: string) => {
  const k = c.charCodeAt(0);
  return k < 128 ? (k >= 65 && k <= 90) || (k >= 97 && k <= 122) : ALPHA.test(c);
};

function defPredicate(name: string, fn: (s: string) => boolean): void {
  defNativeMethod(strClass, name, '()', (self) => fn(self_(self)));
}

defPredicate('isdigit', (s) => allChars(s, isDigitCh));
defPredicate('isdecimal', (s) => allChars(s, isDecimalCh));
defPredicate('isnumeric', (s) => allChars(s, isNumericCh));
defPredicate('isalpha', (s) => allChars(s, isAlphaCh));
defPredicate('isalnum', (s) => allChars(s, (c) => isAlphaCh(c) || isNumericCh(c)));
defPredicate('isspace', (s) => allChars(s, (c) => isPyWhitespace(c.charCodeAt(0))));
defPredicate('isascii', (s) => ASCII.test(s));
defPredicate('isidentifier', (s) => IDENT.test(s));
defPredicate('isprintable', (s) => {
  for (const c of s) if (c !== ' ' && NOT_PRINTABLE.test(c)) return false;
  return true;
});
defPredicate('isupper', (s) => {
  let cased = false;
  for (const c of s) {
    if (LOWER.test(c) || TITLE.test(c)) return false;
    if (!cased && UPPER.test(c)) cased = true;
  }
  return cased;
});
defPredicate('islower', (s) => {
  let cased = false;
  for (const c of s) {
    if (UPPER.test(c) || TITLE.test(c)) return false;
    if (!cased && LOWER.test(c)) cased = true;
  }
  return cased;
});
defPredicate('istitle', (s) => {
  let cased = false;
  let prev = false;
  for (const c of s) {
    if (UPPER.test(c) || TITLE.test(c)) {
      if (prev) return false;
      prev = true;
      cased = true;
    } else if (LOWER.test(c)) {
      if (!prev) return false;
      prev = true;
      cased = true;
    } else prev = false;
  }
  return cased;
});

// ------------------------------------------------------------------ searching

defNativeMethod(strClass, 'find', SUB_SIG, (self, a) => BigInt(findImpl(self_(self), a, 'find', false)));
defNativeMethod(strClass, 'rfind', SUB_SIG, (self, a) => BigInt(findImpl(self_(self), a, 'rfind', true)));
defNativeMethod(strClass, 'index', SUB_SIG, (self, a) => {
  const i = findImpl(self_(self), a, 'index', false);
  if (i < 0) throw pyError('ValueError', 'substring not found');
  return BigInt(i);
});
defNativeMethod(strClass, 'rindex', SUB_SIG, (self, a) => {
  const i = findImpl(self_(self), a, 'rindex', true);
  if (i < 0) throw pyError('ValueError', 'substring not found');
  return BigInt(i);
});
defNativeMethod(strClass, 'count', SUB_SIG, (self, a) => BigInt(countImpl(self_(self), a)));
defNativeMethod(strClass, 'startswith', '(prefix[, start[, end]], /)', (self, a) =>
  startsEnds(self, a, 'startswith', false),
);
defNativeMethod(strClass, 'endswith', '(suffix[, start[, end]], /)', (self, a) =>
  startsEnds(self, a, 'endswith', true),
);

defNativeMethod(strClass, 'replace', '(old, new, /, [count])', (self, [old, nw, cnt]) => {
  const s = self_(self);
  if (typeof old !== 'string') throw pyError('TypeError', `replace() argument 1 must be str, not ${typeName(old)}`);
  if (typeof nw !== 'string') throw pyError('TypeError', `replace() argument 2 must be str, not ${typeName(nw)}`);
  return replaceIn(s, old, nw, cnt === undefined ? -1 : indexArg(cnt));
});

// ------------------------------------------------------------------ padding

/** The signature of center, ljust and rjust (bound as [width, fillchar]). */
const FILL_SIG = '(width[, fillchar], /)';

function fillArg([widthArg, f]: PyValue[]): [number, string] {
  const width = indexArg(widthArg);
  let fill = ' ';
  if (f !== undefined) {
    if (typeof f !== 'string')
      throw pyError('TypeError', `The fill character must be a unicode character, not ${typeName(f)}`);
    if (pyLen(f) !== 1) throw pyError('TypeError', 'The fill character must be exactly one character long');
    fill = f;
  }
  return [width, fill];
}

for (const how of ['center', 'ljust', 'rjust'] as const)
  defNativeMethod(strClass, how, FILL_SIG, (self, a) => {
    const s = self_(self);
    const [width, fill] = fillArg(a);
    return padTo(s, cpLen(s), width, fill, how);
  });
defNativeMethod(strClass, 'zfill', '(width, /)', (self, [w]) => {
  const s = self_(self);
  return zfillTo(s, cpLen(s), indexArg(w));
});

defNativeMethod(strClass, 'expandtabs', '([tabsize])', (self, [ts]) =>
  expandTabs(self_(self), ts === undefined ? 8 : indexArg(ts)),
);

// ------------------------------------------------------------------ format

interface AutoNumber {
  state: 0 | 1 | 2; // init, auto, manual
  n: number;
}

/** `str.format` / `format_map`: `args` null for format_map; `kwargs` a Map (format) or a mapping (format_map). */
function strFormat(
  fmt: string,
  args: PyValue[] | null,
  kwargs: Map<string, PyValue> | PyValue | null,
  depth = 2,
  auto: AutoNumber = { state: 0, n: 0 },
): string {
  if (depth <= 0) throw pyError('ValueError', 'Max string recursion exceeded');
  let out = '';
  const n = fmt.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = fmt.charCodeAt(j);
      if (c === 123 || c === 125) break;
      j++;
    }
    if (j > i) out += fmt.slice(i, j);
    if (j >= n) break;
    const brace = fmt.charCodeAt(j);
    if (brace === 125) {
      if (j + 1 < n && fmt.charCodeAt(j + 1) === 125) {
        out += '}';
        i = j + 2;
        continue;
      }
      throw pyError('ValueError', "Single '}' encountered in format string");
    }
    if (j + 1 >= n) throw pyError('ValueError', "Single '{' encountered in format string");
    if (fmt.charCodeAt(j + 1) === 123) {
      out += '{';
      i = j + 2;
      continue;
    }
    // A replacement field: {field_name!conversion:format_spec}
    let k = j + 1;
    const nameStart = k;
    let c = '';
    while (k < n) {
      c = fmt[k++];
      if (c === '{') throw pyError('ValueError', "unexpected '{' in field name");
      if (c === '[') {
        while (k < n && fmt[k] !== ']') k++;
        continue;
      }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const nameEnd = k - 1;
    let conversion = '';
    let spec = '';
    let expand = false;
    if (c === '!' || c === ':') {
      let specDone = false;
      if (c === '!') {
        if (k >= n) throw pyError('ValueError', 'end of string while looking for conversion specifier');
        const cp = fmt.codePointAt(k)!;
        conversion = String.fromCodePoint(cp);
        k += conversion.length;
        if (k < n) {
          const c2 = fmt[k++];
          if (c2 === '}') specDone = true;
          else if (c2 !== ':') throw pyError('ValueError', "expected ':' after conversion specifier");
        }
      }
      if (!specDone) {
        const specStart = k;
        let count = 1;
        let closed = false;
        while (k < n) {
          const ch = fmt.charCodeAt(k++);
          if (ch === 123) {
            expand = true;
            count++;
          } else if (ch === 125) {
            if (--count === 0) {
              spec = fmt.slice(specStart, k - 1);
              closed = true;
              break;
            }
          }
        }
        if (!closed) throw pyError('ValueError', "unmatched '{' in format spec");
      }
    } else if (c !== '}') throw pyError('ValueError', "expected '}' before end of string");
    i = k;
    let obj = fieldObject(fmt.slice(nameStart, nameEnd), args, kwargs, auto);
    if (conversion !== '') {
      if (conversion === 'r') obj = repr(obj);
      else if (conversion === 's') obj = pyStr(obj);
      else if (conversion === 'a') obj = asciiRepr(obj);
      else {
        const code = conversion.codePointAt(0)!;
        if (code > 32 && code < 127) throw pyError('ValueError', `Unknown conversion specifier ${conversion}`);
        throw pyError('ValueError', `Unknown conversion specifier \\x${code.toString(16)}`);
      }
    }
    if (expand) spec = strFormat(spec, args, kwargs, depth - 1, auto);
    out += typeof obj === 'string' && spec === '' ? obj : pyFormat(obj, spec);
  }
  return out;
}

/** get_integer: a non-negative decimal number, or -1. */
function fieldInt(s: string): number {
  if (s === '') return -1;
  let acc = 0;
  for (const ch of s) {
    if (!isDecimalCh(ch)) return -1;
    const d = ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) - 48 : Number.parseInt(ch.normalize('NFKD'), 10);
    if (Number.isNaN(d)) return -1;
    acc = acc * 10 + d;
    if (acc > Number.MAX_SAFE_INTEGER) throw pyError('ValueError', 'Too many decimal digits in format string');
  }
  return acc;
}

function fieldObject(
  field: string,
  args: PyValue[] | null,
  kwargs: Map<string, PyValue> | PyValue | null,
  auto: AutoNumber,
): PyValue {
  let p = 0;
  while (p < field.length && field[p] !== '.' && field[p] !== '[') p++;
  const first = field.slice(0, p);
  let idx = fieldInt(first);
  const empty = first === '';
  const numeric = empty || idx !== -1;
  if (auto.state === 0 && numeric) auto.state = empty ? 1 : 2;
  if (numeric) {
    if (auto.state === 2 && empty)
      throw pyError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    if (auto.state === 1 && !empty)
      throw pyError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
  }
  if (empty) idx = auto.n++;
  let obj: PyValue;
  if (idx === -1) {
    if (kwargs === null) throw keyErr(first);
    if (kwargs instanceof Map) {
      const v = kwargs.get(first);
      if (v === undefined) throw keyErr(first);
      obj = v;
    } else obj = getitem(kwargs, first);
  } else {
    if (args === null) throw pyError('ValueError', 'Format string contains positional fields');
    if (idx >= args.length)
      throw pyError('IndexError', `Replacement index ${idx} out of range for positional args tuple`);
    obj = args[idx];
  }
  // The rest: .attr and [key] lookups.
  const n = field.length;
  while (p < n) {
    const c = field[p++];
    let name: string;
    if (c === '.') {
      const st = p;
      while (p < n && field[p] !== '.' && field[p] !== '[') p++;
      name = field.slice(st, p);
      if (name === '') throw pyError('ValueError', 'Empty attribute in format string');
      obj = getattr(obj, name);
    } else if (c === '[') {
      const st = p;
      while (p < n && field[p] !== ']') p++;
      if (p >= n) throw pyError('ValueError', "Missing ']' in format string");
      name = field.slice(st, p);
      p++;
      if (name === '') throw pyError('ValueError', 'Empty attribute in format string');
      const k = fieldInt(name);
      obj = getitem(obj, k === -1 ? name : BigInt(k));
    } else throw pyError('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

function keyErr(key: string): PyExc {
  const e = pyError('KeyError');
  e.exc.args = [key];
  return e;
}

defMethod(strClass, 'format', (self, args, kw) => {
  const s = self_(self);
  if (s.indexOf('{') < 0 && s.indexOf('}') < 0) return s;
  return strFormat(s, args, kw);
});
defNativeMethod(strClass, 'format_map', '(mapping, /)', (self, [m]) => {
  return strFormat(self_(self), null, m);
});
defNativeMethod(strClass, '__format__', '(format_spec, /)', (self, [spec]) => {
  if (typeof spec !== 'string') throw pyError('TypeError', `argument to __format__ must be str, not ${typeName(spec)}`);
  return pyFormat(self_(self), spec);
});

// ------------------------------------------------------------------ encode / translate

function normEncoding(e: string, use: 'encode' | 'decode'): string {
  const n = e.toLowerCase().replace(/[-_ ]/g, '');
  if (n === 'utf8' || n === 'u8' || n === 'utf') return 'utf-8';
  if (n === 'ascii' || n === 'usascii' || n === '646') return 'ascii';
  if (n === 'latin1' || n === 'latin' || n === 'iso88591' || n === 'l1' || n === '8859' || n === 'cp819')
    return 'latin-1';
  const wide = wideCodec(n);
  if (wide !== null) return wide;
  // Only CPython's own spellings of it ('utf-8-sig', 'UTF_8_SIG'; not 'utf8-sig').
  if (n === 'utf8sig') {
    if (e.toLowerCase().replace(/[^a-z0-9.]+/g, '_') === 'utf_8_sig') return 'utf-8-sig';
    throw pyError('LookupError', `unknown encoding: ${e}`);
  }
  if (NON_TEXT_ENCODINGS.has(n))
    throw pyError('LookupError', `'${e}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
  if (CPYTHON_ENCODINGS.has(n)) throw pyError('NotSimulatedError', `the '${e}' codec is not simulated in Loopline`);
  throw pyError('LookupError', `unknown encoding: ${e}`);
}

function escapeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function encodeError(enc: string, s: string, cps: string[], i: number, reason: string): PyExc {
  let j = i + 1;
  const bad = (c: string) =>
    enc === 'ascii' ? c.codePointAt(0)! > 127 : enc === 'latin-1' ? c.codePointAt(0)! > 255 : isLoneSurrogate(c);
  while (j < cps.length && bad(cps[j])) j++;
  return encodeFailure(enc, s, i, j, reason);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isLoneSurrogate(c: string): boolean {
  if (c.length !== 1) return false;
  const k = c.charCodeAt(0);
  return k >= 0xd800 && k <= 0xdfff;
}

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normEncoding(encoding, 'encode');
  if (enc === 'utf-8-sig') {
    // A byte order mark, then UTF-8 (whose name the errors give).
    const body = encodeStr(s, 'utf-8', errors);
    const out = new Uint8Array(body.length + 3);
    out.set(UTF8_BOM);
    out.set(body, 3);
    return out;
  }
  if (enc.startsWith('utf-16') || enc.startsWith('utf-32')) {
    const cps = Array.from(s);
    const text = (t: string) => Array.from(t, (c) => c.codePointAt(0)!);
    return encodeWide(s, enc as WideCodec, (i) => {
      const cp = cps[i].charCodeAt(0);
      // These encoders report one surrogate at a time (UTF-8's a run of them).
      if (errors === 'strict' || errors === 'surrogateescape')
        throw encodeFailure(enc, s, i, i + 1, 'surrogates not allowed');
      if (errors === 'replace') return [63];
      if (errors === 'ignore') return [];
      if (errors === 'xmlcharrefreplace') return text(`&#${cp};`);
      if (errors === 'backslashreplace') return text(escapeChar(cps[i]));
      if (errors === 'surrogatepass') return [cp];
      throw unknownHandler(errors);
    });
  }
  if (enc === 'utf-8') {
    if (!LONE_SURROGATE.test(s)) return new TextEncoder().encode(s);
    const cps = Array.from(s);
    const out: number[] = [];
    // The text since the last raw byte, encoded whole when one comes (or at the end).
    let text = '';
    const flush = () => {
      for (const b of new TextEncoder().encode(text)) out.push(b);
      text = '';
    };
    for (let i = 0; i < cps.length; i++) {
      if (!isLoneSurrogate(cps[i])) {
        text += cps[i];
        continue;
      }
      const cp = cps[i].charCodeAt(0);
      if (errors === 'surrogateescape' && cp >= 0xdc80 && cp <= 0xdcff) {
        flush();
        out.push(cp - 0xdc00);
      } else if (errors === 'surrogatepass') {
        flush();
        out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
      } else if (errors === 'strict' || errors === 'surrogateescape')
        throw encodeError(enc, s, cps, i, 'surrogates not allowed');
      else if (errors === 'replace') text += '?';
      else if (errors === 'xmlcharrefreplace') text += `&#${cp};`;
      else if (errors === 'backslashreplace') text += escapeChar(cps[i]);
      else if (errors !== 'ignore') throw unknownHandler(errors);
    }
    flush();
    return Uint8Array.from(out);
  }
  const limit = enc === 'ascii' ? 128 : 256;
  const cps = Array.from(s);
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i].codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === 'strict' || errors === 'surrogatepass')
      throw encodeError(enc, s, cps, i, `ordinal not in range(${limit})`);
    else if (errors === 'replace') out.push(63);
    else if (errors === 'xmlcharrefreplace') for (const c of `&#${cp};`) out.push(c.charCodeAt(0));
    else if (errors === 'backslashreplace') for (const c of escapeChar(cps[i])) out.push(c.charCodeAt(0));
    else if (errors === 'surrogateescape' && cp >= 0xdc80 && cp <= 0xdcff) out.push(cp - 0xdc00);
    else if (errors === 'surrogateescape') throw encodeError(enc, s, cps, i, `ordinal not in range(${limit})`);
    else if (errors !== 'ignore') throw unknownHandler(errors);
  }
  return Uint8Array.from(out);
}

/** An error handler other than strict/replace/ignore/xmlcharrefreplace/backslashreplace, met on a bad character. */
function unknownHandler(errors: string): PyExc {
  if (['namereplace', 'surrogatepass'].includes(errors))
    return pyError('NotSimulatedError', `the '${errors}' error handler is not simulated in Loopline`);
  return pyError('LookupError', `unknown error handler name '${errors}'`);
}

defNativeMethod(strClass, 'encode', '([encoding[, errors]])', (self, [e, er]) => {
  if (e !== undefined && typeof e !== 'string')
    throw pyError('TypeError', `encode() argument 'encoding' must be str, not ${typeName(e)}`);
  if (er !== undefined && typeof er !== 'string')
    throw pyError('TypeError', `encode() argument 'errors' must be str, not ${typeName(er)}`);
  return new PyBytes(
    encodeStr(self_(self), (e as string | undefined) ?? 'utf-8', (er as string | undefined) ?? 'strict'),
  );
});

defNativeMethod(strClass, 'translate', '(table, /)', (self, [table]) => {
  let out = '';
  for (const c of self_(self)) {
    let v: PyValue;
    try {
      v = getitem(table, BigInt(c.codePointAt(0)!));
    } catch (e) {
      if (isExcInstance(e, 'LookupError')) {
        out += c;
        continue;
      }
      throw e;
    }
    if (v === null) continue;
    if (typeof v === 'string') out += v;
    else if (typeof v === 'bigint' || typeof v === 'boolean') {
      const k = Number(toIndex(v));
      if (k < 0 || k > 0x10ffff) throw pyError('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(k);
    } else throw pyError('TypeError', 'character mapping must return integer, None or str');
  }
  return out;
});

strClass.dict!.set(
  'maketrans',
  new PyStaticMethod(
    defNative('maketrans', '(x[, y[, z]], /)', ([x, y, z]) => {
      const d = new PyDict();
      const put = (k: PyValue, v: PyValue) => d.map.set(hashKey(k), { key: k, value: v });
      if (y === undefined) {
        if (!(x instanceof PyDict))
          throw pyError('TypeError', 'if you give only one argument to maketrans it must be a dict');
        for (const { key, value } of x.map.values()) {
          if (typeof key === 'string') {
            if (pyLen(key) !== 1) throw pyError('ValueError', 'string keys in translate table must be of length 1');
            put(BigInt(key.codePointAt(0)!), value);
          } else if (typeof key === 'bigint' || typeof key === 'boolean') put(key, value);
          else throw pyError('TypeError', 'keys in translate table must be strings or integers');
        }
        return d;
      }
      if (typeof y !== 'string') throw pyError('TypeError', `maketrans() argument 2 must be str, not ${typeName(y)}`);
      if (z !== undefined && typeof z !== 'string')
        throw pyError('TypeError', `maketrans() argument 3 must be str, not ${typeName(z)}`);
      if (typeof x !== 'string')
        throw pyError('TypeError', 'first maketrans argument must be a string if there is a second argument');
      const xs = Array.from(x);
      const ys = Array.from(y);
      if (xs.length !== ys.length)
        throw pyError('ValueError', 'the first two maketrans arguments must have equal length');
      for (let i = 0; i < xs.length; i++) put(BigInt(xs[i].codePointAt(0)!), BigInt(ys[i].codePointAt(0)!));
      if (z !== undefined) for (const c of z as string) put(BigInt(c.codePointAt(0)!), null);
      return d;
    }),
  ),
);

// ------------------------------------------------------------------ dunders

defNativeMethod(strClass, '__len__', 'wrapper()', (self) => BigInt(cpLen(self_(self))));
defNativeMethod(strClass, '__contains__', 'wrapper(key, /)', (self, [x]) => {
  if (typeof x !== 'string')
    throw pyError('TypeError', `'in <string>' requires string as left operand, not ${typeName(x)}`);
  return self_(self).includes(x);
});
defNativeMethod(strClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => getitem(self_(self), key));
defMethod(strClass, '__iter__', (self) => strIterator(self_(self)));
defNativeMethod(strClass, '__add__', 'wrapper(value, /)', (self, [o]) =>
  typeof o === 'string' ? self_(self) + o : NotImplemented,
);
defMethod(strClass, '__mul__', (self, args) => {
  const k = args[0];
  if (typeof k !== 'bigint' && typeof k !== 'boolean') return NotImplemented;
  const n = Number(toIndex(k));
  return n > 0 ? self_(self).repeat(n) : '';
});
strClass.dict!.set('__rmul__', strClass.dict!.get('__mul__')!);
defMethod(strClass, '__mod__', (self, args) => strPercent(self_(self), args[0]));
defMethod(strClass, '__hash__', (self) => pyHash(self_(self)));
defMethod(strClass, '__eq__', (self, args) => (typeof args[0] === 'string' ? self === args[0] : NotImplemented));
defMethod(strClass, '__ne__', (self, args) => (typeof args[0] === 'string' ? self !== args[0] : NotImplemented));
defMethod(strClass, '__lt__', (self, args) =>
  typeof args[0] === 'string' ? compareStr(self_(self), args[0]) < 0 : NotImplemented,
);
defMethod(strClass, '__le__', (self, args) =>
  typeof args[0] === 'string' ? compareStr(self_(self), args[0]) <= 0 : NotImplemented,
);
defMethod(strClass, '__gt__', (self, args) =>
  typeof args[0] === 'string' ? compareStr(self_(self), args[0]) > 0 : NotImplemented,
);
defMethod(strClass, '__ge__', (self, args) =>
  typeof args[0] === 'string' ? compareStr(self_(self), args[0]) >= 0 : NotImplemented,
);

/** `iter(s)`: CPython calls it `str_ascii_iterator` for ASCII strings. */
function strIterator(s: string) {
  const chars = hasSurrogates(s) ? Array.from(s) : null;
  let i = 0;
  const it = chars
    ? { next: () => (i < chars.length ? chars[i++] : undefined), remaining: () => chars.length - i }
    : { next: () => (i < s.length ? s[i++] : undefined), remaining: () => s.length - i };
  return makeIterator(it, ASCII.test(s) ? 'str_ascii_iterator' : 'str_iterator');
}

// ------------------------------------------------------------------ constructor

const STR_SIG = signature('str', '([object[, encoding[, errors]]])');
strClass.slots.call = (_cls, args, kw) => {
  const [obj, enc, errs] = STR_SIG.bind(args, kw);
  if (enc === undefined && errs === undefined) return obj === undefined ? '' : pyStr(obj);
  if (enc !== undefined && typeof enc !== 'string')
    throw pyError('TypeError', `str() argument 'encoding' must be str, not ${typeName(enc)}`);
  if (errs !== undefined && typeof errs !== 'string')
    throw pyError('TypeError', `str() argument 'errors' must be str, not ${typeName(errs)}`);
  const o = obj === undefined ? new PyBytes(new Uint8Array(0)) : obj;
  const data = bufferOrNull(o);
  if (data === null) {
    if (typeof o === 'string') throw pyError('TypeError', 'decoding str is not supported');
    throw pyError('TypeError', `decoding to str: need a bytes-like object, ${typeName(o)} found`);
  }
  const bytes = data instanceof Uint8Array ? data : Uint8Array.from(data);
  return decodeBytes(bytes, (enc as string | undefined) ?? 'utf-8', (errs as string | undefined) ?? 'strict');
};

/** bytes → str for the codecs Loopline knows (utf-8, utf-8-sig, ascii, latin-1, utf-16, utf-32). */
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeBytes(data: Uint8Array, encoding: string, errors: string): string {
  const enc = normEncoding(encoding, 'decode');
  if (enc === 'utf-8-sig') {
    // One leading byte order mark is dropped; the rest is UTF-8 (positions count after the mark).
    const bom = data.length >= 3 && UTF8_BOM.every((b, k) => data[k] === b);
    return decodeBytes(bom ? data.subarray(3) : data, 'utf-8', errors);
  }
  if (enc.startsWith('utf-16') || enc.startsWith('utf-32')) return decodeWide(data, enc as WideCodec, errors);
  if (enc === 'latin-1') {
    let s = '';
    for (const b of data) s += String.fromCharCode(b);
    return s;
  }
  if (enc === 'ascii') {
    let s = '';
    for (let i = 0; i < data.length; i++) {
      const b = data[i];
      if (b < 128) s += String.fromCharCode(b);
      else
        s += decodeReplacement(errors, data.subarray(i, i + 1), () =>
          decodeFailure('ascii', data, i, i + 1, 'ordinal not in range(128)'),
        );
    }
    return s;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    if (errors === 'replace') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    // Each invalid sequence (its maximal valid prefix) goes to the handler; the text between decodes.
    const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
    let s = '';
    let i = 0;
    while (i < data.length) {
      const [p, e, reason] = utf8ErrorAt(data.subarray(i));
      if (p < 0) return s + utf8.decode(data.subarray(i));
      const pos = i + p;
      const end = i + e;
      s += utf8.decode(data.subarray(i, pos));
      s += decodeReplacement(errors, data.subarray(pos, end), () => decodeFailure('utf-8', data, pos, end, reason));
      i = end;
    }
    return s;
  }
}

/** Position, end and reason of the first invalid UTF-8 sequence ([-1, ...] when valid). */
function utf8ErrorAt(d: Uint8Array): [number, number, string] {
  let i = 0;
  while (i < d.length) {
    const b = d[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return [i, i + 1, 'invalid start byte'];
    for (let k = 1; k <= need; k++) {
      if (i + k >= d.length) return [i, d.length, 'unexpected end of data'];
      const c = d[i + k];
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return [i, i + k, 'invalid continuation byte'];
    }
    i += need + 1;
  }
  return [-1, -1, ''];
}
