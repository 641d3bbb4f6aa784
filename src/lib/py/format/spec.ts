/**
 * The format-spec mini-language of CPython 3.13 (`format(value, spec)`),
 * ported from Python/formatter_unicode.c.
 *
 * All widths and lengths are counted in code points, as Python does.
 */
import { FormatError } from './errors';
import { doubleToString } from './float';
import { decimalDigits } from './int-digits';

export type Align = '<' | '>' | '^' | '=';

export interface FormatSpec {
  /** Fill character (one code point). */
  fill: string;
  align: Align;
  /** '' when no sign option was given. */
  sign: '' | '+' | '-' | ' ';
  /** The 'z' option: coerce negative zero to zero. */
  noNegZero: boolean;
  /** The '#' option. */
  alternate: boolean;
  /** Minimum width, -1 when absent. */
  width: number;
  /** Thousands separator, '' when absent. */
  thousands: '' | ',' | '_';
  /** Digits per group: 4 for '_' with b/o/x/X, otherwise 3. */
  groupSize: 3 | 4;
  /** Precision, -1 when absent. */
  precision: number;
  /** Presentation type (one code point), or the default type when absent ('' = none). */
  type: string;
}

export interface ParseOptions {
  /** Python type name used in error messages (default 'object'). */
  typeName?: string;
  /** Type used when the spec has none: 'd' for int, 's' for str, '' for float (default ''). */
  defaultType?: string;
  /** Alignment used when the spec has none: '>' for numbers, '<' for str (default '>'). */
  defaultAlign?: Align;
}

const PY_SSIZE_T_MAX = 2n ** 63n - 1n;
const INT_MAX = 2 ** 31 - 1;
const DIGIT_RE = /^\p{Nd}$/u;

/** Split into code points (lone surrogates count as one, like Python). */
function codePoints(s: string): string[] {
  return Array.from(s);
}

/** Length in code points. */
function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Decimal value of a digit character, or -1. Like Py_UNICODE_TODECIMAL, any
 * Unicode decimal digit (category Nd) counts; Nd characters come in
 * contiguous runs of ten starting at zero, so the value is the offset mod 10.
 */
function decimalValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !DIGIT_RE.test(ch)) return -1;
  let k = 0;
  while (DIGIT_RE.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

/** Render a presentation type the way CPython's error messages do. */
function typeForMessage(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

function isAlign(ch: string | undefined): ch is Align {
  return ch === '<' || ch === '>' || ch === '^' || ch === '=';
}

/**
 * Parse a format spec (port of `parse_internal_render_format_spec`).
 * Only validation that does not depend on the value's type happens here.
 */
export function parseFormatSpec(spec: string, options: ParseOptions = {}): FormatSpec {
  const typeName = options.typeName ?? 'object';
  const cps = codePoints(spec);
  const end = cps.length;
  let pos = 0;
  const out: FormatSpec = {
    fill: ' ',
    align: options.defaultAlign ?? '>',
    sign: '',
    noNegZero: false,
    alternate: false,
    width: -1,
    thousands: '',
    groupSize: 3,
    precision: -1,
    type: options.defaultType ?? '',
  };
  let fillSpecified = false;
  let alignSpecified = false;

  // [[fill]align]: a fill character is only recognised when followed by an align char.
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    out.fill = cps[pos]!;
    out.align = cps[pos + 1] as Align;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    out.align = cps[pos] as Align;
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === '+' || cps[pos] === '-' || cps[pos] === ' ')) {
    out.sign = cps[pos] as '+' | '-' | ' ';
    pos++;
  }
  if (pos < end && cps[pos] === 'z') {
    out.noNegZero = true;
    pos++;
  }
  if (pos < end && cps[pos] === '#') {
    out.alternate = true;
    pos++;
  }
  // A leading '0' (without an explicit fill) means zero padding; for types
  // that align right by default (numbers) it also implies '=' alignment.
  if (!fillSpecified && pos < end && cps[pos] === '0') {
    out.fill = '0';
    if (!alignSpecified && (options.defaultAlign ?? '>') === '>') out.align = '=';
    pos++;
  }

  const readInteger = (): number | null => {
    let acc = 0n;
    let n = 0;
    while (pos < end) {
      const v = decimalValue(cps[pos]!);
      if (v < 0) break;
      acc = acc * 10n + BigInt(v);
      if (acc > PY_SSIZE_T_MAX) throw new FormatError('ValueError', 'Too many decimal digits in format string');
      pos++;
      n++;
    }
    return n === 0 ? null : Number(acc);
  };

  const width = readInteger();
  if (width !== null) out.width = width;

  if (pos < end && cps[pos] === ',') {
    out.thousands = ',';
    pos++;
  }
  if (pos < end && cps[pos] === '_') {
    if (out.thousands !== '') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    out.thousands = '_';
    pos++;
  }
  if (pos < end && cps[pos] === ',' && out.thousands === '_') {
    throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
  }

  if (pos < end && cps[pos] === '.') {
    pos++;
    const precision = readInteger();
    if (precision === null) throw new FormatError('ValueError', 'Format specifier missing precision');
    out.precision = precision;
  }

  // At most one character (the type) may remain.
  if (end - pos > 1) {
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) out.type = cps[pos]!;

  if (out.thousands !== '') {
    switch (out.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        // '_' is allowed for bin/oct/hex and groups every four digits.
        if (out.thousands === '_') {
          out.groupSize = 4;
          break;
        }
      // falls through
      default:
        throw new FormatError('ValueError', `Cannot specify '${out.thousands}' with '${typeForMessage(out.type)}'.`);
    }
  }
  return out;
}

function unknownType(type: string, typeName: string): FormatError {
  return new FormatError(
    'ValueError',
    `Unknown format code '${typeForMessage(type)}' for object of type '${typeName}'`,
  );
}

/**
 * Insert thousands separators into `digits`, zero-extending to `minWidth`
 * characters (port of `_PyUnicode_InsertThousandsGrouping`). groupSize 0
 * means no grouping. The zero padding never starts with a separator, so the
 * result can be one character wider than `minWidth`.
 */
function groupDigits(digits: string, minWidth: number, sep: string, groupSize: number): string {
  const groups: string[] = []; // collected right to left
  let remaining = digits.length;
  let end = digits.length;
  let mw = Math.max(0, minWidth);
  const take = (len: number): void => {
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    groups.push('0'.repeat(zeros) + digits.slice(end - chars, end));
    end -= chars;
    remaining -= chars;
  };
  let done = false;
  if (groupSize > 0) {
    for (;;) {
      const len = Math.min(groupSize, Math.max(remaining, mw, 1));
      take(len);
      mw -= len;
      if (remaining <= 0 && mw <= 0) {
        done = true;
        break;
      }
      mw -= sep.length;
    }
  }
  if (!done) take(Math.max(remaining, mw, 1));
  return groups.reverse().join(sep);
}

/** The pieces of a formatted number before padding is applied. */
interface NumberParts {
  /** '-' if the number is negative, else ''. */
  sign: string;
  /** Base prefix such as '0x' (only with '#'). */
  prefix: string;
  /** Integer digits that take part in grouping and zero padding. */
  digits: string;
  hasDecimal: boolean;
  /** Everything after the decimal point (fraction, exponent, '%'), or a 'c' character. */
  remainder: string;
}

/** Lay out a number with sign, padding and grouping (calc_number_widths + fill_number). */
function layoutNumber(parts: NumberParts, spec: FormatSpec, sep: string, groupSize: number, upper: boolean): string {
  let sign = '';
  if (spec.sign === '+') sign = parts.sign === '-' ? '-' : '+';
  else if (spec.sign === ' ') sign = parts.sign === '-' ? '-' : ' ';
  else if (parts.sign === '-') sign = '-';

  const nonDigit = sign.length + parts.prefix.length + (parts.hasDecimal ? 1 : 0) + cpLength(parts.remainder);
  // Zero padding with '=' alignment is done by the grouping code so that
  // separators also appear inside the padding ("0,001,234").
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nonDigit : 0;
  let grouped = parts.digits.length === 0 ? '' : groupDigits(parts.digits, minWidth, sep, groupSize);
  let prefix = parts.prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = spec.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        rpad = padding;
        break;
      case '^':
        lpad = Math.floor(padding / 2);
        rpad = padding - lpad;
        break;
      case '=':
        spad = padding;
        break;
      case '>':
        lpad = padding;
        break;
    }
  }
  const f = spec.fill;
  return (
    f.repeat(lpad) +
    sign +
    prefix +
    f.repeat(spad) +
    grouped +
    (parts.hasDecimal ? '.' : '') +
    parts.remainder +
    f.repeat(rpad)
  );
}

/** Separator and group size in effect; type 'n' uses the C locale, which has no grouping. */
function groupingFor(spec: FormatSpec): { sep: string; size: number } {
  if (spec.type === 'n' || spec.thousands === '') return { sep: '', size: 0 };
  return { sep: spec.thousands, size: spec.groupSize };
}

/** Python's int -> float conversion (PyNumber_Float); rounds half to even. */
export function intToFloat(x: bigint): number {
  const f = Number(x);
  if (!Number.isFinite(f)) throw new FormatError('OverflowError', 'int too large to convert to float');
  return f;
}

function formatIntInternal(x: bigint, spec: FormatSpec): string {
  if (spec.precision !== -1) {
    throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  }
  if (spec.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  let parts: NumberParts;
  if (spec.type === 'c') {
    if (spec.sign !== '') throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (x < -(2n ** 63n) || x >= 2n ** 63n) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    }
    if (x < 0n || x > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    // The character is treated as non-digit "remainder" so it is never grouped.
    parts = { sign: '', prefix: '', digits: '', hasDecimal: false, remainder: String.fromCodePoint(Number(x)) };
  } else {
    let base = 10;
    let prefix = '';
    switch (spec.type) {
      case 'b':
        base = 2;
        prefix = '0b';
        break;
      case 'o':
        base = 8;
        prefix = '0o';
        break;
      case 'x':
      case 'X':
        base = 16;
        prefix = '0x';
        break;
    }
    const neg = x < 0n;
    parts = {
      sign: neg ? '-' : '',
      prefix: spec.alternate ? prefix : '',
      digits: base === 10 ? decimalDigits(neg ? -x : x) : (neg ? -x : x).toString(base),
      hasDecimal: false,
      remainder: '',
    };
  }
  const g = groupingFor(spec);
  return layoutNumber(parts, spec, g.sep, g.size, spec.type === 'X');
}

function formatFloatInternal(value: number, spec: FormatSpec): string {
  if (spec.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big');
  let type = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  const flags = { alt: spec.alternate, noNegZero: spec.noNegZero, addDot0: false };
  if (type === '') {
    // No type: like repr() without precision, else like 'g' but always
    // with at least one digit after the point.
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g'; // 'n' is 'g' in the C locale
  let val = value;
  let pct = false;
  if (type === '%') {
    type = 'f';
    val *= 100; // a float multiplication, exactly as CPython does
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';

  let buf = doubleToString(val, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, flags);
  if (pct) buf += '%';

  const parts = numberParts(buf);
  const g = groupingFor(spec);
  return layoutNumber(parts, spec, g.sep, g.size, false);
}

/** CPython `format(x, spec)` for an int (bigint) or bool. */
export function formatInt(x: bigint | boolean, spec: string): string {
  const isBool = typeof x === 'boolean';
  if (spec === '') {
    // An empty spec is str(x).
    return isBool ? (x ? 'True' : 'False') : x.toString();
  }
  const typeName = isBool ? 'bool' : 'int';
  const v = isBool ? (x ? 1n : 0n) : x;
  const f = parseFormatSpec(spec, { typeName, defaultType: 'd', defaultAlign: '>' });
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntInternal(v, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatInternal(intToFloat(v), f);
    default:
      throw unknownType(f.type, typeName);
  }
}

/** CPython `format(x, spec)` for a float. */
export function formatFloat(x: number, spec: string): string {
  if (spec === '') return doubleToString(x, 'r', 0, { addDot0: true });
  const f = parseFormatSpec(spec, { typeName: 'float', defaultType: '', defaultAlign: '>' });
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatInternal(x, f);
    default:
      throw unknownType(f.type, 'float');
  }
}

/** CPython `format(s, spec)` for a str. */
export function formatStr(s: string, spec: string): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, { typeName: 'str', defaultType: 's', defaultAlign: '<' });
  if (f.type !== 's') throw unknownType(f.type, 'str');
  if (f.sign !== '') {
    throw new FormatError(
      'ValueError',
      f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier',
    );
  }
  if (f.noNegZero) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alternate) throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");

  let text = s;
  let len = cpLength(s);
  // Precision truncates to that many code points.
  if (f.precision >= 0 && len > f.precision) {
    text = codePoints(s).slice(0, f.precision).join('');
    len = f.precision;
  }
  const total = Math.max(f.width, len);
  const lpad = f.align === '>' ? total - len : f.align === '^' ? Math.floor((total - len) / 2) : 0;
  const rpad = total - len - lpad;
  return f.fill.repeat(lpad) + text + f.fill.repeat(rpad);
}

/** A formatted float's text split for layoutNumber: its sign, leading digits, point and the rest. */
function numberParts(buf: string): NumberParts {
  let sign = '';
  if (buf.startsWith('-')) {
    sign = '-';
    buf = buf.slice(1);
  }
  let i = 0;
  while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
  const hasDecimal = buf[i] === '.';
  return { sign, prefix: '', digits: buf.slice(0, i), hasDecimal, remainder: buf.slice(hasDecimal ? i + 1 : i) };
}

/**
 * CPython `format(z, spec)` for a complex (format_complex_internal): each part formatted as a float
 * would be, the imaginary one always signed unless the real part is left out; no type is str()'s
 * layout (the real part and parentheses only when it is not +0.0); padding applies to the whole.
 */
export function formatComplex(re: number, im: number, spec: string): string {
  const f = parseFormatSpec(spec, { typeName: 'complex', defaultType: '', defaultAlign: '>' });
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(f.type)) throw unknownType(f.type, 'complex');
  if (f.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big');
  if (f.fill === '0') throw new FormatError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=')
    throw new FormatError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let parens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const flags = { alt: f.alternate, noNegZero: f.noNegZero, addDot0: false };
  const code = type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r';
  const g = groupingFor(f);
  const bare: FormatSpec = { ...f, fill: ' ', align: '<', width: -1 };
  const rePart = skipRe
    ? ''
    : layoutNumber(numberParts(doubleToString(re, code, precision, flags)), bare, g.sep, g.size, false);
  const imSpec: FormatSpec = skipRe ? bare : { ...bare, sign: '+' };
  const imPart = layoutNumber(numberParts(doubleToString(im, code, precision, flags)), imSpec, g.sep, g.size, false);
  const body = parens ? `(${rePart}${imPart}j)` : `${rePart}${imPart}j`;
  const padding = f.width - cpLength(body);
  if (padding <= 0) return body;
  const left = f.align === '<' ? 0 : f.align === '^' ? Math.floor(padding / 2) : padding;
  return f.fill.repeat(left) + body + f.fill.repeat(padding - left);
}
