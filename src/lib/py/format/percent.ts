/**
 * printf-style `str % args`, ported from CPython 3.13's PyUnicode_Format
 * (Objects/unicodeobject.c), and `bytes % args` (_PyBytes_FormatEx) by the
 * `bytesArg` conversion hook over latin-1 text.
 *
 * Native JS values are understood directly: bigint (int), number (float),
 * boolean (bool) and string (str). Everything else goes through the
 * `PercentConv` callbacks supplied by the interpreter.
 */
import { FormatError } from './errors';
import { doubleToString } from './float';
import { decimalDigits } from './int-digits';
import { intToFloat } from './spec';

export interface PercentConv {
  /** Python str(v). */
  str(v: unknown): string;
  /** Python repr(v). */
  repr(v: unknown): string;
  /** Python ascii(v); defaults to repr(v) with non-ASCII characters escaped. */
  ascii?(v: unknown): string;
  /** Python int(v) for a non-native number-like object (may throw). */
  toInt(v: unknown): bigint;
  /** Python float(v) for a non-native number-like object (may throw). */
  toFloat(v: unknown): number;
  /** Whether a non-native object is a number (PyNumber_Check: has __int__/__float__/__index__). */
  isNumber(v: unknown): boolean;
  /** Whether a non-native object has __index__ (%o, %x and %X take nothing else); defaults to isNumber. */
  isIndex?(v: unknown): boolean;
  /** mapping[key] for `%(key)s`; should throw the interpreter's KeyError itself. */
  lookup(mapping: unknown, key: string): unknown;
  /**
   * Whether a non-tuple `args` is a mapping (CPython's PyMapping_Check: true
   * for dict, list and any object with __getitem__). A mapping enables
   * `%(key)s` and never triggers "not all arguments converted".
   * Defaults to `v instanceof Map`.
   */
  isMapping?(v: unknown): boolean;
  /** Python type name, for error messages (defaults handle the native types). */
  typeName?(v: unknown): string;
  /**
   * Present for `bytes % args` (the format and the result are latin-1 strings, one char per
   * byte): converts %s, %b, %r, %a and %c itself, as latin-1 text.
   */
  bytesArg?(ch: string, v: unknown): string;
}

const BYTES_CONVERSIONS = 'sbrac';

// Conversion flags.
const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;

function nativeTypeName(v: unknown, conv: PercentConv): string {
  switch (typeof v) {
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
  }
  if (v === null || v === undefined) return 'NoneType';
  if (Array.isArray(v)) return 'tuple';
  return conv.typeName ? conv.typeName(v) : 'object';
}

/** ascii(): escape every non-ASCII code point of a repr. */
export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

/** Parsed conversion specifier. */
interface Arg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  /** Whether the converted text is numeric (may carry a sign / zero padding). */
  sign: boolean;
}

/**
 * `fmt % args`. A JS array is the tuple of arguments; any other value is a
 * single argument (as in `'%s' % 5`); a mapping enables `%(key)s`.
 */
export function percentFormat(fmt: string, args: unknown, conv: PercentConv): string {
  const isTuple = Array.isArray(args);
  const isMapping =
    !isTuple && typeof args !== 'string' && (conv.isMapping ? conv.isMapping(args) : args instanceof Map);
  const dict = isMapping ? args : null;
  let curArgs: unknown = args;
  // argidx/arglen follow CPython: a non-tuple argument is "length -1" and is
  // handed out exactly once.
  let arglen = isTuple ? (args as unknown[]).length : -1;
  let argidx = isTuple ? 0 : -2;
  const typeName = (v: unknown) => nativeTypeName(v, conv);
  const notAll = `not all arguments converted during ${conv.bytesArg ? 'bytes' : 'string'} formatting`;

  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? curArgs : (curArgs as unknown[])[i];
    }
    throw new FormatError('TypeError', 'not enough arguments for format string');
  };

  const pieces = piecesOf(fmt);
  if (pieces !== null) {
    let text = '';
    for (const p of pieces.convs) {
      text += p.before;
      const arg: Arg = { ch: p.ch, flags: p.flags, width: p.width, prec: p.prec, sign: false };
      text += outputArg(arg, convertArg(arg, nextArg(), conv, typeName, p.index));
      if (dict !== null && argidx < arglen) throw new FormatError('TypeError', notAll);
    }
    if (argidx < arglen && dict === null) throw new FormatError('TypeError', notAll);
    return text + pieces.after;
  }

  const f = Array.from(fmt); // code points
  let out = '';
  let pos = 0;
  const n = f.length;
  while (pos < n) {
    if (f[pos] !== '%') {
      const start = pos;
      while (pos < n && f[pos] !== '%') pos++;
      out += f.slice(start, pos).join('');
      continue;
    }
    pos++; // skip '%'
    if (f[pos] === '%') {
      pos++;
      out += '%';
      continue;
    }
    // `read()` consumes one character into arg.ch; at the end of the format
    // it leaves arg.ch unchanged and sets pos = n + 1, the equivalent of
    // CPython's `fmtcnt < 0` ("incomplete format" unless a conversion follows).
    const arg: Arg = { ch: f[pos] ?? '\0', flags: 0, width: -1, prec: -1, sign: false };
    const read = (): boolean => {
      if (pos >= n) {
        pos = n + 1; // mark "ran past the end" (fmtcnt < 0)
        return false;
      }
      arg.ch = f[pos++]!;
      return true;
    };

    if (arg.ch === '(') {
      if (dict === null) throw new FormatError('TypeError', 'format requires a mapping');
      pos++;
      const keyStart = pos;
      let depth = 1;
      // Skip over balanced parentheses.
      while (depth > 0 && read()) {
        const c: string = arg.ch;
        if (c === ')') depth--;
        else if (c === '(') depth++;
      }
      if (pos > n || depth > 0) throw new FormatError('ValueError', 'incomplete format key');
      const key = f.slice(keyStart, pos - 1).join('');
      curArgs = conv.lookup(dict, key);
      arglen = -1;
      argidx = -2;
    }

    // Flags.
    while (read()) {
      const c = arg.ch;
      if (c === '-') arg.flags |= F_LJUST;
      else if (c === '+') arg.flags |= F_SIGN;
      else if (c === ' ') arg.flags |= F_BLANK;
      else if (c === '#') arg.flags |= F_ALT;
      else if (c === '0') arg.flags |= F_ZERO;
      else break;
    }

    // Width.
    if (arg.ch === '*') {
      const v = nextArg();
      if (typeof v !== 'bigint' && typeof v !== 'boolean') throw new FormatError('TypeError', '* wants int');
      const w = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
      if (w > PY_SSIZE_T_MAX || w < -PY_SSIZE_T_MAX - 1n) {
        throw new FormatError('OverflowError', 'Python int too large to convert to C ssize_t');
      }
      arg.width = Number(w);
      if (arg.width < 0) {
        // A negative '*' width means left-justify.
        arg.flags |= F_LJUST;
        arg.width = -arg.width;
      }
      read();
    } else if (arg.ch >= '0' && arg.ch <= '9') {
      let w = BigInt(arg.ch.charCodeAt(0) - 48);
      while (read()) {
        if (arg.ch < '0' || arg.ch > '9') break;
        w = w * 10n + BigInt(arg.ch.charCodeAt(0) - 48);
        if (w > PY_SSIZE_T_MAX) throw new FormatError('ValueError', 'width too big');
      }
      arg.width = Number(w);
    }

    // Precision.
    if (arg.ch === '.') {
      arg.prec = 0;
      read();
      if ((arg.ch as string) === '*') {
        const v = nextArg();
        if (typeof v !== 'bigint' && typeof v !== 'boolean') throw new FormatError('TypeError', '* wants int');
        const p = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
        if (p > BigInt(INT_MAX) || p < -BigInt(INT_MAX) - 1n) {
          throw new FormatError('OverflowError', 'Python int too large to convert to C int');
        }
        arg.prec = Math.max(0, Number(p)); // negative precision counts as 0
        read();
      } else if (arg.ch >= '0' && arg.ch <= '9') {
        let p = arg.ch.charCodeAt(0) - 48;
        while (read()) {
          if (arg.ch < '0' || arg.ch > '9') break;
          p = p * 10 + (arg.ch.charCodeAt(0) - 48);
          if (p > INT_MAX) throw new FormatError('ValueError', 'precision too big');
        }
        arg.prec = p;
      }
    }

    // Length modifiers h, l and L are ignored.
    if (pos <= n && (arg.ch === 'h' || arg.ch === 'l' || arg.ch === 'L')) read();
    if (pos > n) throw new FormatError('ValueError', 'incomplete format');

    const text = convertArg(arg, nextArg(), conv, typeName, pos - 1);
    out += outputArg(arg, text);

    if (dict !== null && argidx < arglen) throw new FormatError('TypeError', notAll);
  }
  if (argidx < arglen && dict === null) throw new FormatError('TypeError', notAll);
  return out;
}

/** A conversion of a format read ahead: the literal text before it, its specifier, its character's index. */
interface Piece {
  before: string;
  ch: string;
  flags: number;
  width: number;
  prec: number;
  index: number;
}

/** A format as its conversions and the literal text after the last. */
interface Pieces {
  convs: Piece[];
  after: string;
}

const FLAG_BITS: Record<string, number> = { '-': F_LJUST, '+': F_SIGN, ' ': F_BLANK, '#': F_ALT, '0': F_ZERO };
const SURROGATE = /[\uD800-\uDFFF]/;
const MAX_FORMATS = 512;
const formats = new Map<string, Pieces | null>();

/** The digit `c` is, or -1. */
function digit(c: string): number {
  return c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : -1;
}

/**
 * `fmt` read once into its pieces, kept for the next use of the same format (a program formats
 * the same literal in a loop); null for a format that takes the general path: a `%(key)`, a `*`,
 * a width or precision too big, an incomplete specifier, or a character past U+FFFF (indices
 * count code points). Only the specifiers are read here: what depends on the arguments, and an
 * unknown conversion character, is dealt with at each use, in the order the general path does.
 */
function piecesOf(fmt: string): Pieces | null {
  const known = formats.get(fmt);
  if (known !== undefined) return known;
  const pieces = readPieces(fmt);
  if (formats.size >= MAX_FORMATS) formats.clear();
  formats.set(fmt, pieces);
  return pieces;
}

function readPieces(fmt: string): Pieces | null {
  if (SURROGATE.test(fmt)) return null;
  const n = fmt.length;
  const convs: Piece[] = [];
  let text = '';
  let i = 0;
  while (i < n) {
    if (fmt[i] !== '%') {
      const j = fmt.indexOf('%', i);
      const stop = j < 0 ? n : j;
      text += fmt.slice(i, stop);
      i = stop;
      continue;
    }
    i++;
    if (fmt[i] === '%') {
      text += '%';
      i++;
      continue;
    }
    if (i >= n || fmt[i] === '(') return null;
    let flags = 0;
    let ch = fmt[i++];
    while (FLAG_BITS[ch] !== undefined) {
      flags |= FLAG_BITS[ch];
      if (i >= n) return null;
      ch = fmt[i++];
    }
    let width = -1;
    if (ch === '*') return null;
    if (digit(ch) >= 0) {
      width = digit(ch);
      for (;;) {
        if (i >= n) return null;
        ch = fmt[i++];
        if (digit(ch) < 0) break;
        width = width * 10 + digit(ch);
        if (width > 1e15) return null;
      }
    }
    let prec = -1;
    if (ch === '.') {
      prec = 0;
      if (i >= n) return null;
      ch = fmt[i++];
      if (ch === '*') return null;
      if (digit(ch) >= 0) {
        prec = digit(ch);
        for (;;) {
          if (i >= n) return null;
          ch = fmt[i++];
          if (digit(ch) < 0) break;
          prec = prec * 10 + digit(ch);
          if (prec > INT_MAX) return null;
        }
      }
    }
    if (ch === 'h' || ch === 'l' || ch === 'L') {
      if (i >= n) return null;
      ch = fmt[i++];
    }
    convs.push({ before: text, ch, flags, width, prec, index: i - 1 });
    text = '';
  }
  return { convs, after: text };
}

/** Integer value for %d/%i/%u/%o/%x/%X (mainformatlong). */
function toIntArg(v: unknown, ch: string, conv: PercentConv, typeName: (v: unknown) => string): bigint {
  const wrongType = () => {
    const what = ch === 'o' || ch === 'x' || ch === 'X' ? 'an integer' : 'a real number';
    return new FormatError('TypeError', `%${ch} format: ${what} is required, not ${typeName(v)}`);
  };
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') {
    // %o/%x/%X need an exact integer (__index__); %d truncates floats.
    if (ch === 'o' || ch === 'x' || ch === 'X') throw wrongType();
    if (Number.isNaN(v)) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  if (typeof v === 'string' || v === null || v === undefined || Array.isArray(v) || !conv.isNumber(v)) {
    throw wrongType();
  }
  if ((ch === 'o' || ch === 'x' || ch === 'X') && conv.isIndex && !conv.isIndex(v)) throw wrongType();
  return conv.toInt(v);
}

/** Float value for %e/%f/%g (PyFloat_AsDouble). */
function toFloatArg(v: unknown, conv: PercentConv, typeName: (v: unknown) => string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return intToFloat(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string' || v === null || v === undefined || Array.isArray(v) || !conv.isNumber(v)) {
    const what = conv.bytesArg ? 'float argument required' : 'must be real number';
    throw new FormatError('TypeError', `${what}, not ${typeName(v)}`);
  }
  return conv.toFloat(v);
}

/** Convert one argument to text (unicode_format_arg_format). */
function convertArg(arg: Arg, v: unknown, conv: PercentConv, typeName: (v: unknown) => string, index: number): string {
  if (conv.bytesArg && BYTES_CONVERSIONS.includes(arg.ch)) return conv.bytesArg(arg.ch, v);
  switch (arg.ch) {
    case 's':
      return typeof v === 'string' ? v : conv.str(v);
    case 'r':
      return conv.repr(v);
    case 'a':
      return conv.ascii ? conv.ascii(v) : asciiEscape(conv.repr(v));
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      const x = toIntArg(v, arg.ch, conv, typeName);
      arg.sign = true;
      return formatLong(x, (arg.flags & F_ALT) !== 0, arg.prec, arg.ch);
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      const x = toFloatArg(v, conv, typeName);
      arg.sign = true;
      const prec = arg.prec < 0 ? 6 : arg.prec;
      return doubleToString(x, arg.ch, prec, { alt: (arg.flags & F_ALT) !== 0 });
    }
    case 'c': {
      let cp: bigint;
      if (typeof v === 'string') {
        const chars = Array.from(v);
        if (chars.length !== 1) {
          throw new FormatError('TypeError', '%c requires int or char');
        }
        return v;
      } else if (typeof v === 'bigint') cp = v;
      else if (typeof v === 'boolean') cp = v ? 1n : 0n;
      else throw new FormatError('TypeError', '%c requires int or char');
      if (cp < 0n || cp > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
      return String.fromCodePoint(Number(cp));
    }
    default: {
      const cp = arg.ch.codePointAt(0)!;
      // CPython reads a bytes format's character as a signed char: a non-ASCII one fails to be shown.
      if (conv.bytesArg && cp >= 0x80)
        throw new FormatError('OverflowError', 'character argument not in range(0x110000)');
      const shown = cp >= 31 && cp <= 126 ? arg.ch : '?';
      throw new FormatError(
        'ValueError',
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`,
      );
    }
  }
}

/** Integer text with precision as minimum digit count (_PyUnicode_FormatLong). */
function formatLong(x: bigint, alt: boolean, prec: number, ch: string): string {
  const neg = x < 0n;
  const abs = neg ? -x : x;
  let digits: string;
  let prefix = '';
  switch (ch) {
    case 'o':
      digits = abs.toString(8);
      prefix = alt ? '0o' : '';
      break;
    case 'x':
      digits = abs.toString(16);
      prefix = alt ? '0x' : '';
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      prefix = alt ? '0X' : '';
      break;
    default:
      digits = decimalDigits(abs);
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  return (neg ? '-' : '') + prefix + digits;
}

/** Pad and sign the converted text (unicode_format_arg_output). */
function outputArg(arg: Arg, str: string): string {
  // No width, precision or sign: the text as it is (counting its code points would change nothing).
  if (arg.width === -1 && arg.prec === -1 && (arg.flags & (F_SIGN | F_BLANK)) === 0) return str;
  const fill = arg.sign && (arg.flags & F_ZERO) !== 0 ? '0' : ' ';
  const chars = Array.from(str);
  let len = chars.length;
  if (
    (arg.width === -1 || arg.width <= len) &&
    (arg.prec === -1 || arg.prec >= len) &&
    (arg.flags & (F_SIGN | F_BLANK)) === 0
  ) {
    return str;
  }
  // Precision truncates %s, %r and %a (and bytes's %b).
  if ('srab'.includes(arg.ch) && arg.prec >= 0 && len > arg.prec) {
    len = arg.prec;
  }
  let pindex = 0;
  let signchar = '';
  let sign = arg.sign;
  if (sign) {
    const c = chars[0];
    if (c === '-' || c === '+') {
      signchar = c;
      len--;
      pindex++;
    } else if (arg.flags & F_SIGN) signchar = '+';
    else if (arg.flags & F_BLANK) signchar = ' ';
    else sign = false;
  }
  let width = Math.max(arg.width, len);
  let out = '';
  // With zero padding the sign (and 0x prefix) go before the zeros.
  if (sign) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const hasPrefix = (arg.flags & F_ALT) !== 0 && (arg.ch === 'x' || arg.ch === 'X' || arg.ch === 'o');
  if (hasPrefix) {
    if (fill !== ' ') {
      out += chars[pindex]! + chars[pindex + 1]!;
      pindex += 2;
    }
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && (arg.flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signchar;
    if (hasPrefix) {
      out += chars[pindex]! + chars[pindex + 1]!;
      pindex += 2;
    }
  }
  if (len > 0) out += chars.slice(pindex, pindex + len).join('');
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
