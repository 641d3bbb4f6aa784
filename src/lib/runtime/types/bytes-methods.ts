/**
 * The text methods of bytes and bytearray (find, split, strip, replace, case, padding, hex ...)
 * and their comparisons, with CPython's results and messages. A value's bytes are taken as a latin-1 string (one char
 * per byte) so that the algorithms are str's own (text-core.ts); results are made back into the
 * receiver's type.
 */
import {
  PyBytes,
  NotImplemented,
  PyClass,
  PyNativeMethod,
  PyStaticMethod,
  PyList,
  PyTuple,
  bytesClass,
  pyError,
  typeName,
  type PyValue,
} from '../core';
import { defNative, defNativeMethod } from '../native';
import { compareBytes, getIter, isIntLike, toIndex } from '../ops';
import { run } from '../run';
import { signature } from '../signature';
import { PyByteArray, bytearrayClass } from './bytearray';
import { bufferOf, bufferOrNull } from './buffer';
import { indexArg, isExcInstance } from './util';
import { hexOf } from './bytes-hex';
import {
  findIn,
  countIn,
  adjust,
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
  isSpaceIn,
  BYTE_SPACES,
  BYTE_BREAKS,
} from './text-core';
import { builtinClassMethod } from './descriptor-types';

/** A run of bytes as a latin-1 string. */
function latin1(data: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192)
    s += String.fromCharCode(...Array.prototype.slice.call(data, i, i + 8192));
  return s;
}

function codes(s: string): number[] {
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** The latin-1 string of a bytes-like value, or null for any other value (a view that cannot give its bytes raises). */
function bytesLike(v: PyValue): string | null {
  const b = bufferOf(v);
  return b === null ? null : latin1(b);
}

/** A bytes-like argument, with CPython's message for anything else. */
function buffer(v: PyValue): string {
  const s = bytesLike(v);
  if (s === null) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(v)}'`);
  return s;
}

/** find/count/index's first argument: bytes-like or one byte as an int. */
function subArg(v: PyValue): string {
  const s = bytesLike(v);
  if (s !== null) return s;
  if (isIntLike(v)) {
    const b = toIndex(v);
    if (b < 0n || b > 255n) throw pyError('ValueError', 'byte must be in range(0, 256)');
    return String.fromCharCode(Number(b));
  }
  throw pyError('TypeError', `argument should be integer or bytes-like object, not '${typeName(v)}'`);
}

const isByteSpace = (c: number) => isSpaceIn(BYTE_SPACES, c);
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlpha = (c: number) => isUpper(c) || isLower(c);

function mapCodes(s: string, f: (c: number) => number): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(f(s.charCodeAt(i)));
  return out;
}
const up = (c: number) => (isLower(c) ? c - 32 : c);
const low = (c: number) => (isUpper(c) ? c + 32 : c);

function allCodes(s: string, test: (c: number) => boolean): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

function cased(s: string, yes: (c: number) => boolean, no: (c: number) => boolean): boolean {
  let found = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (no(c)) return false;
    if (yes(c)) found = true;
  }
  return found;
}

function isTitle(s: string): boolean {
  let found = false;
  let prev = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isUpper(c)) {
      if (prev) return false;
      prev = found = true;
    } else if (isLower(c)) {
      if (!prev) return false;
      prev = found = true;
    } else prev = false;
  }
  return found;
}

function fillArg(name: string, f: PyValue): string {
  if (f === undefined) return ' ';
  const s = bytesLike(f);
  if (s !== null && s.length === 1) return s;
  if (s !== null && run.minor >= 14)
    throw pyError(
      'TypeError',
      `${name}(): argument 2 must be a byte string of length 1, not a ${typeName(f)} object of length ${s.length}`,
    );
  throw pyError('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${typeName(f)}`);
}

function fromHex(s: string): number[] {
  const out: number[] = [];
  const n = s.length;
  const hex = (i: number) => (i < n ? parseInt(s[i], 16) : NaN);
  let i = 0;
  for (;;) {
    while (i < n && isByteSpace(s.charCodeAt(i))) i++;
    if (i >= n) return out;
    const top = hex(i);
    const bot = hex(i + 1);
    if (Number.isNaN(top) || /[^0-9a-fA-F]/.test(s[i]))
      throw pyError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (Number.isNaN(bot) || /[^0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      if (i + 1 >= n && run.minor >= 14)
        throw pyError('ValueError', 'fromhex() arg must contain an even number of hexadecimal digits');
      throw pyError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    }
    out.push(top * 16 + bot);
    i += 2;
  }
}

const FROMHEX_SIG = signature('fromhex', '(string, /)');

/** The methods, for bytes (`make` gives bytes) and for bytearray (`make` gives bytearray). */
function install(cls: PyClass, make: (s: string) => PyValue): void {
  const self_ = (v: PyValue) => latin1((v as PyBytes | PyByteArray).data);
  const list = (parts: string[]) => new PyList(parts.map(make));
  const def = (name: string, sig: string, fn: (s: string, a: PyValue[]) => PyValue) =>
    defNativeMethod(cls, name, sig, (self, a) => fn(self_(self), a));

  const SUB = '(sub[, start[, end]], /)';
  def('find', SUB, (s, [sub, a, b]) => BigInt(findIn(s, subArg(sub), a, b, false)));
  def('rfind', SUB, (s, [sub, a, b]) => BigInt(findIn(s, subArg(sub), a, b, true)));
  for (const [name, reverse] of [
    ['index', false],
    ['rindex', true],
  ] as const)
    def(name, SUB, (s, [sub, a, b]) => {
      const i = findIn(s, subArg(sub), a, b, reverse);
      if (i < 0) throw pyError('ValueError', 'subsection not found');
      return BigInt(i);
    });
  def('count', SUB, (s, [sub, a, b]) => BigInt(countIn(s, subArg(sub), a, b)));

  for (const [name, atEnd] of [
    ['startswith', false],
    ['endswith', true],
  ] as const)
    def(name, `(${atEnd ? 'suffix' : 'prefix'}[, start[, end]], /)`, (s, [p, a, b]) => {
      const [start, end] = adjust(a, b, s.length);
      if (p instanceof PyTuple) return p.items.some((x) => tailMatch(s, buffer(x), start, end, atEnd, false));
      const one = bytesLike(p);
      if (one === null)
        throw pyError('TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
      return tailMatch(s, one, start, end, atEnd, false);
    });

  const splitArgs = (sep: PyValue, max: PyValue): [string | null, number] => {
    const sp = sep === undefined || sep === null ? null : buffer(sep);
    if (sp === '') throw pyError('ValueError', 'empty separator');
    return [sp, max === undefined ? -1 : indexArg(max)];
  };
  def('split', '([sep[, maxsplit]])', (s, [sep, max]) => {
    const [sp, m] = splitArgs(sep, max);
    return list(sp === null ? splitWhitespace(s, m, BYTE_SPACES) : splitSep(s, sp, m));
  });
  def('rsplit', '([sep[, maxsplit]])', (s, [sep, max]) => {
    const [sp, m] = splitArgs(sep, max);
    return list(sp === null ? rsplitWhitespace(s, m, BYTE_SPACES) : rsplitSep(s, sp, m));
  });
  def('splitlines', '([keepends])', (s, [ke]) =>
    list(splitLines(s, ke === undefined ? false : indexArg(ke) !== 0, BYTE_BREAKS)),
  );
  for (const [name, left, right] of [
    ['strip', true, true],
    ['lstrip', true, false],
    ['rstrip', false, true],
  ] as const)
    def(name, '([bytes], /)', (s, [chars]) =>
      make(stripIn(s, chars === undefined || chars === null ? null : buffer(chars), left, right, BYTE_SPACES)),
    );
  def('partition', '(sep, /)', (s, [sepArg]) => {
    const sep = buffer(sepArg);
    if (sep === '') throw pyError('ValueError', 'empty separator');
    const i = s.indexOf(sep);
    const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return new PyTuple(parts.map(make));
  });
  def('rpartition', '(sep, /)', (s, [sepArg]) => {
    const sep = buffer(sepArg);
    if (sep === '') throw pyError('ValueError', 'empty separator');
    const i = s.lastIndexOf(sep);
    const parts = i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
    return new PyTuple(parts.map(make));
  });
  def('join', '(iterable_of_bytes, /)', (sep, [seq]) => {
    let it;
    try {
      it = getIter(seq);
    } catch (e) {
      if (isExcInstance(e, 'TypeError')) throw pyError('TypeError', 'can only join an iterable');
      throw e;
    }
    const parts: string[] = [];
    for (let x = it.next(); x !== undefined; x = it.next()) {
      const b = bufferOrNull(x);
      if (b === null)
        throw pyError('TypeError', `sequence item ${parts.length}: expected a bytes-like object, ${typeName(x)} found`);
      parts.push(latin1(b));
    }
    return make(parts.join(sep));
  });
  def('replace', '(old, new, count=-1, /)', (s, [o, n, c]) =>
    make(replaceIn(s, buffer(o), buffer(n), c === undefined ? -1 : indexArg(c))),
  );
  def('removeprefix', '(prefix, /)', (s, [p]) => {
    const x = buffer(p);
    return make(x !== '' && s.startsWith(x) ? s.slice(x.length) : s);
  });
  def('removesuffix', '(suffix, /)', (s, [p]) => {
    const x = buffer(p);
    return make(x !== '' && s.endsWith(x) ? s.slice(0, s.length - x.length) : s);
  });

  def('upper', '()', (s) => make(mapCodes(s, up)));
  def('lower', '()', (s) => make(mapCodes(s, low)));
  def('swapcase', '()', (s) => make(mapCodes(s, (c) => (isUpper(c) ? c + 32 : isLower(c) ? c - 32 : c))));
  def('title', '()', (s) => make(asciiTitle(s)));
  def('capitalize', '()', (s) => make(mapCodes(s.slice(0, 1), up) + mapCodes(s.slice(1), low)));
  def('isdigit', '()', (s) => allCodes(s, isDigit));
  def('isalpha', '()', (s) => allCodes(s, isAlpha));
  def('isalnum', '()', (s) => allCodes(s, (c) => isAlpha(c) || isDigit(c)));
  def('isspace', '()', (s) => allCodes(s, isByteSpace));
  def('isascii', '()', (s) => !/[^\x00-\x7f]/.test(s));
  def('isupper', '()', (s) => cased(s, isUpper, isLower));
  def('islower', '()', (s) => cased(s, isLower, isUpper));
  def('istitle', '()', (s) => isTitle(s));

  for (const how of ['center', 'ljust', 'rjust'] as const)
    def(how, '(width[, fillchar], /)', (s, [w, f]) => make(padTo(s, s.length, indexArg(w), fillArg(how, f), how)));
  def('zfill', '(width, /)', (s, [w]) => make(zfillTo(s, s.length, indexArg(w))));
  def('expandtabs', '(tabsize=8)', (s, [t]) => make(expandTabs(s, t === undefined ? 8 : indexArg(t))));
  def('translate', '(table, /, [delete])', (s, [table, del]) => {
    const map = table === null ? null : buffer(table);
    if (map !== null && map.length !== 256)
      throw pyError('ValueError', 'translation table must be 256 characters long');
    const drop = del === undefined ? '' : buffer(del);
    let out = '';
    for (const c of s) if (!drop.includes(c)) out += map === null ? c : map[c.charCodeAt(0)];
    return make(out);
  });
  cls.dict!.set(
    'maketrans',
    new PyStaticMethod(
      defNative('maketrans', '(frm, to, /)', ([frm, to]) => {
        const a = buffer(frm);
        const b = buffer(to);
        if (a.length !== b.length) throw pyError('ValueError', 'maketrans arguments must have same length');
        const table = Array.from({ length: 256 }, (_, i) => i);
        for (let i = 0; i < a.length; i++) table[a.charCodeAt(i)] = b.charCodeAt(i);
        return new PyBytes(Uint8Array.from(table));
      }),
    ),
  );
  for (const [name, test] of [
    ['__eq__', (c: number) => c === 0],
    ['__ne__', (c: number) => c !== 0],
    ['__lt__', (c: number) => c < 0],
    ['__le__', (c: number) => c <= 0],
    ['__gt__', (c: number) => c > 0],
    ['__ge__', (c: number) => c >= 0],
  ] as const)
    defNativeMethod(cls, name, 'wrapper(value, /)', (self, [o]) => {
      // bytes compares with bytes and bytearray; bytearray with anything that gives its bytes
      // (a memoryview too), else the other operand answers.
      const other =
        o instanceof PyBytes || o instanceof PyByteArray ? o.data : cls === bytesClass ? null : bufferOrNull(o);
      return other === null ? NotImplemented : test(compareBytes((self as PyBytes | PyByteArray).data, other));
    });
  defNativeMethod(cls, 'hex', '([sep[, bytes_per_sep]])', (self, [sep, per]) =>
    hexOf((self as PyBytes | PyByteArray).data, sep, per),
  );
  cls.dict!.set(
    'fromhex',
    builtinClassMethod(
      cls,
      new PyNativeMethod(
        'fromhex',
        (_cls, args, kw) => {
          const [arg] = FROMHEX_SIG.bind(args, kw);
          let text: string;
          if (typeof arg === 'string') text = arg;
          else {
            const b = run.minor >= 14 ? bytesLike(arg) : null;
            if (b === null) throw pyError('TypeError', `fromhex() argument must be str, not ${typeName(arg)}`);
            text = b;
          }
          return make(latin1(fromHex(text)));
        },
        cls,
      ),
    ),
  );
}

install(bytesClass, (s) => new PyBytes(Uint8Array.from(codes(s))));
install(bytearrayClass, (s) => new PyByteArray(codes(s)));
