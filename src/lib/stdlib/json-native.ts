/**
 * json's natives (the module is py/json.py): the scanner and the encoder, which CPython writes in
 * C (_json's c_make_scanner and c_make_encoder). The scanner reads the decoder's hooks once, when
 * the decoder is made (as CPython's does); errors come out as the json module's JSONDecodeError, and
 * "Expecting value" as the exception the module's raw_decode turns into it, with positions counted
 * in code points. The encoder appends the pieces of the text to a list as it makes them, so that
 * what was made before an error is there.
 */
import {
  PyBoxed,
  PyDict,
  PyExc,
  PyExceptionObject,
  PyList,
  PyObject,
  PyTuple,
  dictClass,
  floatClass,
  intClass,
  isInstance,
  pyError,
  strClass,
  typeName,
  type PyValue,
} from '../runtime/core';
import { defNative } from '../runtime/native';
import { call, callMethodByName, dictKey, getattr, iterToArray, repr, truthy } from '../runtime/ops';
import { run } from '../runtime/run';
import { floatRepr } from '../py/format/float';
import { MAX_STR_DIGITS, TOO_MANY_DIGITS, tooManyDigits } from '../py/format/int-digits';
import { hasSurrogates, pairedCpToUnit, pairedUnitToCp, pairsOf } from '../runtime/types/code-points';
import { interpreter } from '../interp/state';

// ------------------------------------------------------------------ positions

/** Code point index of UTF-16 offset `u` of `s` (a pair counts once, a lone surrogate once). */
function unitToCp(s: string, u: number): number {
  if (!hasSurrogates(s)) return u;
  const pairs = pairsOf(s);
  if (pairs !== null) return pairedUnitToCp(s, pairs, u);
  let cp = 0;
  for (let i = 0; i < u; i++, cp++) if (isPairAt(s, i) && i + 1 < u) i++;
  return cp;
}

/** UTF-16 offset of code point index `cp` of `s`. */
function cpToUnit(s: string, cp: number): number {
  if (!hasSurrogates(s)) return cp;
  const pairs = pairsOf(s);
  if (pairs !== null) return pairedCpToUnit(s, pairs, cp);
  let u = 0;
  for (let n = 0; n < cp && u < s.length; n++, u++) if (isPairAt(s, u)) u++;
  return u;
}

function isPairAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

// ------------------------------------------------------------------ nesting

/**
 * How many containers deep CPython's C scanner and encoder go before RecursionError: 3.11 counts
 * them against the recursion limit with the Python frames below; 3.12 and 3.13 against a C limit of
 * their own (1,500 and 10,000, less the C calls beneath: measured from a program's function).
 */
function nestingLimit(): number {
  if (run.minor <= 11) return run.limits.recursion - run.depth - NESTING_11;
  return run.minor === 12 ? 1497 : 9998;
}

/** The frames 3.11 counts beyond ours (calibrated against python3 3.11.7's deepest document). */
const NESTING_11 = 1;

function tooDeep(what: string): PyExc {
  return pyError('RecursionError', `maximum recursion depth exceeded while ${what}`);
}

// ------------------------------------------------------------------ scanning

/** What a scanner takes from its decoder when made. */
interface Hooks {
  strict: boolean;
  objectHook: PyValue;
  pairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  /** JSONDecodeError, and the exception for "no value starts here" (raw_decode's). */
  error: PyValue;
  noValue: PyValue;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ZERO = 0x30;
const NINE = 0x39;

const isBlank = (c: number) => c === SPACE || c === TAB || c === LF || c === CR;
const isDigit = (c: number) => c >= ZERO && c <= NINE;

function hexValue(c: number): number {
  if (c >= ZERO && c <= NINE) return c - ZERO;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** One document being scanned (indices are UTF-16 offsets until they leave). */
class Scan {
  private depth = 0;
  private readonly maxDepth = nestingLimit();

  constructor(
    private h: Hooks,
    private s: string,
  ) {}

  /** A container's contents, one level deeper. */
  nested(kind: string, scan: () => [PyValue, number]): [PyValue, number] {
    if (++this.depth > this.maxDepth) throw tooDeep(`decoding a JSON ${kind} from a unicode string`);
    try {
      return scan();
    } finally {
      this.depth--;
    }
  }

  fail(msg: string, at: number): never {
    throw new PyExc(call(this.h.error, [msg, this.s, BigInt(unitToCp(this.s, at))], null) as PyExceptionObject);
  }

  noValue(at: number): never {
    throw new PyExc(call(this.h.noValue, [BigInt(unitToCp(this.s, at))], null) as PyExceptionObject);
  }

  skip(i: number): number {
    const s = this.s;
    while (i < s.length && isBlank(s.charCodeAt(i))) i++;
    return i;
  }

  /** The value starting at i and the offset after it. */
  value(i: number): [PyValue, number] {
    const s = this.s;
    if (i >= s.length) this.noValue(i);
    const c = s.charCodeAt(i);
    if (c === QUOTE) return this.string(i + 1);
    if (c === 0x7b) return this.nested('object', () => this.object(i + 1));
    if (c === 0x5b) return this.nested('array', () => this.array(i + 1));
    if (c === 0x6e && s.startsWith('null', i)) return [null, i + 4];
    if (c === 0x74 && s.startsWith('true', i)) return [true, i + 4];
    if (c === 0x66 && s.startsWith('false', i)) return [false, i + 5];
    for (const word of ['NaN', 'Infinity', '-Infinity'])
      if (s.startsWith(word, i)) return [call(this.h.parseConstant, [word], null), i + word.length];
    return this.number(i);
  }

  number(start: number): [PyValue, number] {
    const s = this.s;
    const n = s.length;
    let i = start;
    if (i < n && s.charCodeAt(i) === 0x2d) i++;
    const first = i < n ? s.charCodeAt(i) : -1;
    if (first > ZERO && first <= NINE) {
      i++;
      while (i < n && isDigit(s.charCodeAt(i))) i++;
    } else if (first === ZERO) i++;
    else this.noValue(start);
    let isFloat = false;
    if (i + 1 < n && s.charCodeAt(i) === 0x2e && isDigit(s.charCodeAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (i < n && isDigit(s.charCodeAt(i))) i++;
    }
    if (i < n && (s.charCodeAt(i) | 0x20) === 0x65) {
      let e = i + 1;
      if (e < n && (s.charCodeAt(e) === 0x2b || s.charCodeAt(e) === 0x2d)) e++;
      if (e < n && isDigit(s.charCodeAt(e))) {
        while (e < n && isDigit(s.charCodeAt(e))) e++;
        isFloat = true;
        i = e;
      }
    }
    const text = s.slice(start, i);
    if (isFloat) {
      // JS reads decimal text to the nearest double, as float() does.
      if (this.h.parseFloat === floatClass) return [Number(text), i];
      return [call(this.h.parseFloat, [text], null), i];
    }
    // Past the digit limit int() itself raises CPython's ValueError.
    if (this.h.parseInt === intClass && text.length <= MAX_STR_DIGITS) return [BigInt(text), i];
    return [call(this.h.parseInt, [text], null), i];
  }

  /** The string whose opening quote is before i. */
  string(i: number): [string, number] {
    const s = this.s;
    const n = s.length;
    const begin = i - 1;
    const strict = this.h.strict;
    let out = '';
    for (;;) {
      let j = i;
      let c = 0;
      while (j < n) {
        c = s.charCodeAt(j);
        if (c === QUOTE || c === BACKSLASH) break;
        if (strict && c < SPACE) this.fail('Invalid control character at', j);
        j++;
      }
      if (j >= n) this.fail('Unterminated string starting at', begin);
      out += s.slice(i, j);
      if (c === QUOTE) return [out, j + 1];
      j++;
      if (j >= n) this.fail('Unterminated string starting at', begin);
      const esc = s[j];
      if (esc !== 'u') {
        if (!Object.hasOwn(SIMPLE_ESCAPES, esc)) this.fail('Invalid \\escape', j - 1);
        out += SIMPLE_ESCAPES[esc];
        i = j + 1;
        continue;
      }
      let code = this.hex4(j);
      i = j + 5;
      if (code >= 0xd800 && code <= 0xdbff && i + 6 < n && s.charCodeAt(i) === BACKSLASH && s[i + 1] === 'u') {
        const low = this.hex4(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 6;
        }
      }
      out += String.fromCodePoint(code);
    }
  }

  /** The four hex digits after the 'u' at u (CPython wants one more character after them). */
  hex4(u: number): number {
    const s = this.s;
    if (u + 5 >= s.length) this.fail('Invalid \\uXXXX escape', u);
    let v = 0;
    for (let k = u + 1; k < u + 5; k++) {
      const d = hexValue(s.charCodeAt(k));
      if (d < 0) this.fail('Invalid \\uXXXX escape', u);
      v = v * 16 + d;
    }
    return v;
  }

  object(i: number): [PyValue, number] {
    const s = this.s;
    const h = this.h;
    const pairs: [string, PyValue][] = [];
    i = this.skip(i);
    if (i < s.length && s.charCodeAt(i) === 0x7d) i++;
    else
      for (;;) {
        if (i >= s.length || s.charCodeAt(i) !== QUOTE)
          this.fail('Expecting property name enclosed in double quotes', i);
        const [key, afterKey] = this.string(i + 1);
        i = this.skip(afterKey);
        if (i >= s.length || s.charCodeAt(i) !== 0x3a) this.fail("Expecting ':' delimiter", i);
        const [value, afterValue] = this.value(this.skip(i + 1));
        pairs.push([key, value]);
        i = this.skip(afterValue);
        if (i < s.length && s.charCodeAt(i) === 0x7d) {
          i++;
          break;
        }
        if (i >= s.length || s.charCodeAt(i) !== 0x2c) this.fail("Expecting ',' delimiter", i);
        const comma = i;
        i = this.skip(i + 1);
        // 3.13 names a trailing comma; before, the missing key is reported after it.
        if (i < s.length && s.charCodeAt(i) === 0x7d && run.minor >= 13)
          this.fail('Illegal trailing comma before end of object', comma);
      }
    if (h.pairsHook !== null) {
      const list = new PyList(pairs.map(([k, v]) => new PyTuple([k, v])));
      return [call(h.pairsHook, [list], null), i];
    }
    const d = new PyDict();
    for (const [key, value] of pairs) {
      const k = dictKey(d.map, key);
      const e = d.map.get(k);
      if (e !== undefined) e.value = value;
      else d.map.set(k, { key, value });
    }
    if (h.objectHook !== null) return [call(h.objectHook, [d], null), i];
    return [d, i];
  }

  array(i: number): [PyValue, number] {
    const s = this.s;
    const items: PyValue[] = [];
    i = this.skip(i);
    if (i < s.length && s.charCodeAt(i) === 0x5d) return [new PyList(items), i + 1];
    for (;;) {
      const [value, after] = this.value(i);
      items.push(value);
      i = this.skip(after);
      if (i < s.length && s.charCodeAt(i) === 0x5d) return [new PyList(items), i + 1];
      if (i >= s.length || s.charCodeAt(i) !== 0x2c) this.fail("Expecting ',' delimiter", i);
      const comma = i;
      i = this.skip(i + 1);
      if (i < s.length && s.charCodeAt(i) === 0x5d && run.minor >= 13)
        this.fail('Illegal trailing comma before end of array', comma);
    }
  }
}

/** make_scanner(decoder, error, novalue): scan_once(string, idx) -> (value, end). */
function makeScanner(decoder: PyValue, error: PyValue, noValue: PyValue): PyValue {
  const hooks: Hooks = {
    strict: truthy(getattr(decoder, 'strict')),
    objectHook: getattr(decoder, 'object_hook'),
    pairsHook: getattr(decoder, 'object_pairs_hook'),
    parseFloat: getattr(decoder, 'parse_float'),
    parseInt: getattr(decoder, 'parse_int'),
    parseConstant: getattr(decoder, 'parse_constant'),
    error,
    noValue,
  };
  return defNative('scan_once', '(string, idx, /)', ([s, idx]) => {
    if (typeof s !== 'string') throw pyError('TypeError', `first argument must be a string, not ${typeName(s)}`);
    const start = Number(idx as bigint);
    if (start < 0) throw pyError('ValueError', 'idx cannot be negative');
    const [value, end] = new Scan(hooks, s).value(cpToUnit(s, start));
    return new PyTuple([value, BigInt(unitToCp(s, end))]);
  });
}

// ------------------------------------------------------------------ encoding

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x08: '\\b',
  0x0c: '\\f',
};

const NEEDS_ESCAPE_ASCII = /["\\\u0000-\u001f\u007f-\uffff]/;
const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

/** s as a JSON string literal: each UTF-16 unit escaped on its own gives an astral character's pair. */
function quote(s: string, asciiOnly: boolean): string {
  if (!(asciiOnly ? NEEDS_ESCAPE_ASCII : NEEDS_ESCAPE).test(s)) return '"' + s + '"';
  let out = '"';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= SPACE && c !== QUOTE && c !== BACKSLASH && (c < 0x7f || !asciiOnly)) continue;
    out += s.slice(from, i);
    from = i + 1;
    const short = SHORT_ESCAPES[c];
    out += short ?? '\\u' + c.toString(16).padStart(4, '0');
  }
  return out + s.slice(from) + '"';
}

/** The options of one encode, read from the encoder. */
interface EncodeOptions {
  encoder: PyValue;
  asciiOnly: boolean;
  allowNan: boolean;
  sortKeys: boolean;
  skipKeys: boolean;
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  markers: Set<PyObject> | null;
}

function floatText(x: number, allowNan: boolean): string {
  let text: string;
  if (Number.isNaN(x)) text = 'NaN';
  else if (x === Infinity) text = 'Infinity';
  else if (x === -Infinity) text = '-Infinity';
  else return floatRepr(x);
  if (!allowNan)
    // 3.12 added the value to the message.
    throw pyError(
      'ValueError',
      'Out of range float values are not JSON compliant' + (run.minor >= 12 ? ': ' + floatRepr(x) : ''),
    );
  return text;
}

function intText(x: bigint): string {
  if (tooManyDigits(x)) throw pyError('ValueError', TOO_MANY_DIGITS);
  return x.toString();
}

/** From 3.14 the encoder notes on an error which item of which container it was encoding. */
function noting<T>(what: () => string, body: () => T): T {
  if (run.minor < 14) return body();
  try {
    return body();
  } catch (e) {
    if (e instanceof PyExc) callMethodByName(e.exc, 'add_note', [what()]);
    throw e;
  }
}

/**
 * One encode. CPython has two encoders, which cut the text into different pieces: the C one (what
 * dumps runs) and the generator written in Python (iterencode without _one_shot, dump, and 3.11-3.12
 * with an indent), which hands out a primitive item of an array together with what precedes it
 * ('[1', ', 2.5') and an object's key, its separator and each newline as pieces of their own.
 * `pieces` chooses the second; each piece goes to `emit` as soon as it is made.
 */
class Encoding {
  private depth = 0;
  // 3.11: json.py's _encode_into is one frame CPython does not have.
  private readonly maxDepth = nestingLimit() + (run.minor <= 11 ? 1 : 0);

  constructor(
    private o: EncodeOptions,
    private emit: (piece: string) => void,
    private pieces = false,
  ) {}

  /** The text of a str, None, bool, int or float (or a subclass's), else null. */
  primitive(v: PyValue): string | null {
    if (typeof v === 'string') return quote(v, this.o.asciiOnly);
    if (v === null) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'bigint') return intText(v);
    if (typeof v === 'number') return floatText(v, this.o.allowNan);
    if (v instanceof PyBoxed) {
      if (isInstance(v, strClass)) return quote(v.value as string, this.o.asciiOnly);
      if (isInstance(v, intClass)) return intText(v.value as bigint);
      if (isInstance(v, floatClass)) return floatText(v.value as number, this.o.allowNan);
    }
    return null;
  }

  enter(v: PyObject): void {
    const m = this.o.markers;
    if (m === null) return;
    if (m.has(v)) throw pyError('ValueError', 'Circular reference detected');
    m.add(v);
  }

  leave(v: PyObject): void {
    this.o.markers?.delete(v);
  }

  value(v: PyValue, level: number): void {
    const text = this.primitive(v);
    if (text !== null) {
      this.emit(text);
      return;
    }
    if (++this.depth > this.maxDepth) throw tooDeep('encoding a JSON object');
    try {
      if (v instanceof PyList || v instanceof PyTuple) this.array(v, level);
      else if (v instanceof PyDict) this.object(v, level);
      else this.other(v as PyObject, level);
    } finally {
      this.depth--;
    }
  }

  /**
   * An item or an object's value: the Python encoder hands out a primitive one with `before` (the
   * bracket or separator), and `before` alone ahead of a container or another object.
   */
  member(before: string, v: PyValue, level: number): void {
    if (this.pieces) {
      const text = this.primitive(v);
      if (text !== null) {
        this.emit(before + text);
        return;
      }
    }
    if (before !== '') this.emit(before);
    this.value(v, level);
  }

  /** What the encoder's default() makes of v, encoded in its place. */
  other(v: PyObject, level: number): void {
    this.enter(v);
    const made = call(getattr(this.o.encoder, 'default'), [v], null);
    noting(
      () => `when serializing ${v.cls.name} object`,
      () => this.value(made, level),
    );
    this.leave(v);
  }

  /** The newline and indentation of an item at `level`, or '' without an indent. */
  newline(level: number): string {
    return this.o.indent === null ? '' : '\n' + this.o.indent.repeat(level);
  }

  close(bracket: string, level: number): void {
    if (this.o.indent !== null) this.emit(this.newline(level));
    this.emit(bracket);
  }

  array(v: PyList | PyTuple, level: number): void {
    const items = v.items;
    if (items.length === 0) {
      this.emit('[]');
      return;
    }
    this.enter(v);
    const newline = this.newline(level + 1);
    const separator = this.o.itemSeparator + newline;
    // The C encoder hands out the bracket and its newline apart from the first item.
    let before = '[' + newline;
    if (!this.pieces) {
      this.emit(before);
      before = '';
    }
    for (let i = 0; i < items.length; i++) {
      if (i > 0) before = separator;
      const item = items[i];
      if (run.minor < 14) this.member(before, item, level + 1);
      else
        noting(
          () => `when serializing ${v.cls.name} item ${i}`,
          () => this.member(before, item, level + 1),
        );
    }
    this.close(']', level);
    this.leave(v);
  }

  /** A key's text; null to leave the item out (skipkeys). */
  keyText(key: PyValue): string | null {
    const k = key instanceof PyBoxed ? key.value : key;
    if (typeof k === 'string') return k;
    if (typeof k === 'number') return floatText(k, this.o.allowNan);
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === null) return 'null';
    if (typeof k === 'bigint') return intText(k);
    if (this.o.skipKeys) return null;
    throw pyError('TypeError', `keys must be str, int, float, bool or None, not ${(k as PyObject).cls.name}`);
  }

  object(v: PyDict, level: number): void {
    if (v.map.size === 0) {
      this.emit('{}');
      return;
    }
    this.enter(v);
    const newline = this.newline(level + 1);
    const separator = this.o.itemSeparator + newline;
    // The Python encoder hands out the brace and its newline as two pieces.
    if (this.pieces) {
      this.emit('{');
      if (newline !== '') this.emit(newline);
    } else this.emit('{' + newline);
    // Keys and values, one after the other.
    const items: PyValue[] = [];
    if (this.o.sortKeys || v.cls !== dictClass) {
      const listed = callMethodByName(v, 'items', []);
      const pairs = this.o.sortKeys ? call(builtin('sorted'), [listed], null) : listed;
      for (const p of iterToArray(pairs)) {
        const pair = iterToArray(p);
        items.push(pair[0], pair[1]);
      }
    } else for (const e of v.map.values()) items.push(e.key, e.value);
    let first = true;
    for (let i = 0; i < items.length; i += 2) {
      const value = items[i + 1];
      const key = this.keyText(items[i]);
      if (key === null) continue;
      if (!first) this.emit(separator);
      first = false;
      const quoted = quote(key, this.o.asciiOnly);
      if (this.pieces) {
        this.emit(quoted);
        this.emit(this.o.keySeparator);
      } else this.emit(quoted + this.o.keySeparator);
      if (run.minor < 14) this.member('', value, level + 1);
      else
        noting(
          () => `when serializing ${v.cls.name} item ${repr(key)}`,
          () => this.member('', value, level + 1),
        );
    }
    this.close('}', level);
    this.leave(v);
  }
}

function builtin(name: string): PyValue {
  return run.get(interpreter).builtins.get(name)!;
}

/**
 * _write_json(encoder, indent, o, out, pieces): o's text, piece by piece, appended to the list
 * `out` or passed to the callable `out` as each is made; `pieces` cuts them as CPython's Python
 * encoder does (else as its C one). With `out` None, the text is returned whole.
 */
function encodeInto(encoder: PyValue, indent: PyValue, o: PyValue, out: PyValue, pieces: PyValue): PyValue {
  const separators = (name: string) => {
    const v = getattr(encoder, name);
    return typeof v === 'string' ? v : v instanceof PyBoxed && typeof v.value === 'string' ? v.value : String(v);
  };
  const options: EncodeOptions = {
    encoder,
    asciiOnly: truthy(getattr(encoder, 'ensure_ascii')),
    allowNan: truthy(getattr(encoder, 'allow_nan')),
    sortKeys: truthy(getattr(encoder, 'sort_keys')),
    skipKeys: truthy(getattr(encoder, 'skipkeys')),
    indent: indent === null ? null : String(indent instanceof PyBoxed ? indent.value : indent),
    itemSeparator: separators('item_separator'),
    keySeparator: separators('key_separator'),
    markers: truthy(getattr(encoder, 'check_circular')) ? new Set() : null,
  };
  if (out === null) {
    // The whole text, as CPython's C encoder writes it: one string, no list of pieces to join.
    let text = '';
    new Encoding(options, (piece) => void (text += piece), false).value(o, 0);
    return text;
  }
  const emit =
    out instanceof PyList
      ? (piece: string) => void out.items.push(piece)
      : (piece: string) => void call(out, [piece], null);
  new Encoding(options, emit, truthy(pieces)).value(o, 0);
  return null;
}

/** The natives json.py finds in its namespace. */
export function makeJsonNative(): [string, PyValue][] {
  return [
    [
      '_make_scanner',
      defNative('_make_scanner', '(decoder, error, novalue, /)', ([d, error, noValue]) =>
        makeScanner(d, error, noValue),
      ),
    ],
    [
      '_write_json',
      defNative('_write_json', '(encoder, indent, o, out, pieces=False, /)', ([encoder, indent, o, out, pieces]) =>
        encodeInto(encoder, indent, o, out, pieces ?? false),
      ),
    ],
    [
      '_quote',
      defNative('_quote', '(s, ascii_only, /)', ([s, asciiOnly]) =>
        quote(s instanceof PyBoxed ? (s.value as string) : (s as string), truthy(asciiOnly)),
      ),
    ],
  ];
}
