/**
 * Numbers: `int(...)`, `float(...)`, `bool(...)`, `complex(...)` and the methods of int and float.
 */
import {
  PyObject,
  PyBytes,
  PyTuple,
  PyComplex,
  intClass,
  boolClass,
  floatClass,
  complexClass,
  pyError,
  typeName,
  type KwArgs,
  type PyValue,
} from '../core';
import { callMethod, repr, toFloat, toIndex, truthy, bigToFloat } from '../ops';
import { isPyWhitespace, defBuiltinAttr } from './util';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { run } from '../run';
import { pyFormat } from './format';
import { MAX_STR_DIGITS } from '../../py/format/int-digits';
import { since } from '../since';

// ------------------------------------------------------------------ parsing

const NON_ASCII = /[^\x00-\x7f]/;
const ND = /\p{Nd}/u;
const zeroCache = new Map<number, number>();

/** Value of a Unicode decimal digit (blocks of Nd characters come in runs of ten). */
function unicodeDigit(cp: number): number {
  let start = zeroCache.get(cp);
  if (start === undefined) {
    start = cp;
    while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
    zeroCache.set(cp, start);
  }
  return (cp - start) % 10;
}

/** CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: other digits and spaces become ASCII. */
function toAsciiDigits(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (cp < 128) out += c;
    else if (isPyWhitespace(cp)) out += ' ';
    else if (ND.test(c)) out += String.fromCharCode(48 + unicodeDigit(cp));
    else out += c;
  }
  return out;
}

function stripWs(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isPyWhitespace(s.charCodeAt(i))) i++;
  while (j > i && isPyWhitespace(s.charCodeAt(j - 1))) j--;
  return s.slice(i, j);
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/** Python's int(str, base); null when the literal is invalid. */
function parseIntLiteral(text: string, base: number): bigint | null {
  let s = stripWs(toAsciiDigits(text));
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  let afterPrefix = false;
  if (s.length >= 2 && s[0] === '0') {
    const p = s[1].toLowerCase();
    const pb = p === 'x' ? 16 : p === 'o' ? 8 : p === 'b' ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      s = s.slice(2);
      afterPrefix = true;
    }
  }
  if (b === 0) {
    b = 10;
    // Base 0: a decimal literal may not have leading zeros ("010" is invalid, "00" is fine).
    if (s[0] === '0') {
      for (let i = 0; i < s.length; i++) if (s[i] !== '0' && s[i] !== '_') return null;
    }
  }
  if (s.length === 0) return null;
  let i = 0;
  if (s[0] === '_') {
    if (!afterPrefix) return null;
    i = 1;
  }
  let digits = '';
  let prevUnderscore = true;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= b) return null;
    digits += s[i];
    prevUnderscore = false;
  }
  if (digits === '' || prevUnderscore) return null;
  if ((b & (b - 1)) !== 0 && digits.length > MAX_STR_DIGITS)
    throw pyError(
      'ValueError',
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  let v: bigint;
  if (b === 10) v = BigInt(digits);
  else if (b === 16) v = BigInt('0x' + digits);
  else if (b === 8) v = BigInt('0o' + digits);
  else if (b === 2) v = BigInt('0b' + digits);
  else {
    v = 0n;
    const bb = BigInt(b);
    for (let k = 0; k < digits.length; k++) v = v * bb + BigInt(digitValue(digits.charCodeAt(k)));
  }
  return neg ? -v : v;
}

const FLOAT_RE = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Python's float(str); null when invalid. */
function parseFloatLiteral(text: string): number | null {
  const s = stripWs(toAsciiDigits(text));
  if (FLOAT_RE.test(s)) return Number(s.includes('_') ? s.replace(/_/g, '') : s);
  const m = SPECIAL_RE.exec(s);
  if (m) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return m[1] === '-' ? -v : v;
  }
  return null;
}

function bytesText(b: PyBytes): string {
  let s = '';
  for (const x of b.data) s += String.fromCharCode(x);
  return s;
}

// ------------------------------------------------------------------ int()

export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** int(x) for one argument. */
function toInt(v: PyValue): bigint {
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1n : 0n;
    case 'number':
      return floatToInt(v);
    case 'string': {
      const r = parseIntLiteral(v, 10);
      if (r === null) throw pyError('ValueError', `invalid literal for int() with base 10: ${repr(v)}`);
      return r;
    }
  }
  if (v instanceof PyBytes) {
    const r = parseIntLiteral(bytesText(v), 10);
    if (r === null) throw pyError('ValueError', `invalid literal for int() with base 10: ${repr(v)}`);
    return r;
  }
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const m = v.cls.lookup('__int__');
    if (m !== undefined) {
      const r = callMethod(m, v, []);
      if (typeof r !== 'bigint' && typeof r !== 'boolean')
        throw pyError('TypeError', `__int__ returned non-int (type ${typeName(r)})`);
      return r === true ? 1n : r === false ? 0n : r;
    }
    if (v.cls.lookup('__index__') !== undefined) return toIndex(v);
    const t = v.cls.lookup('__trunc__');
    if (t !== undefined) {
      const r = callMethod(t, v, []);
      if (typeof r === 'bigint') return r;
      return toIndex(r);
    }
  }
  throw pyError(
    'TypeError',
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

const INT_SIG = signature('int', 'PyArg_CheckPositional([x], /, [base])');

/** Up to 3.12 int() read its arguments with Argument Clinic's keyword parser, whose messages differ. */
function clinicArgs312(args: PyValue[], kw: KwArgs): void {
  const n = args.length + (kw === null ? 0 : kw.size);
  if (n > 2) throw pyError('TypeError', `int() takes at most 2 arguments (${n} given)`);
  if (kw !== null)
    for (const k of kw.keys())
      if (k !== 'base') throw pyError('TypeError', `'${k}' is an invalid keyword argument for int()`);
}

intClass.slots.call = (_cls, args, kw) => {
  if (run.minor <= 12 && (args.length > 2 || (kw !== null && kw.size > 0))) clinicArgs312(args, kw);
  const [x, b] = INT_SIG.bind(args, kw);
  if (b === undefined) return x === undefined ? 0n : toInt(x);
  if (x === undefined) throw pyError('TypeError', 'int() missing string argument');
  const base = Number(toIndex(b));
  if (base !== 0 && (base < 2 || base > 36)) throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  let text: string;
  if (typeof x === 'string') text = x;
  else if (x instanceof PyBytes) text = bytesText(x);
  else throw pyError('TypeError', "int() can't convert non-string with explicit base");
  const r = parseIntLiteral(text, base);
  if (r === null) throw pyError('ValueError', `invalid literal for int() with base ${base}: ${repr(x)}`);
  return r;
};

// ------------------------------------------------------------------ float()

function toFloatArg(v: PyValue): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return bigToFloat(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const r = parseFloatLiteral(v);
      if (r === null) throw pyError('ValueError', `could not convert string to float: ${repr(v)}`);
      return r;
    }
  }
  if (v instanceof PyBytes) {
    const r = parseFloatLiteral(bytesText(v));
    if (r === null) throw pyError('ValueError', `could not convert string to float: ${repr(v)}`);
    return r;
  }
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const m = v.cls.lookup('__float__');
    if (m !== undefined) {
      const r = callMethod(m, v, []);
      if (typeof r !== 'number')
        throw pyError('TypeError', `${v.cls.name}.__float__ returned non-float (type ${typeName(r)})`);
      return r;
    }
    if (v.cls.lookup('__index__') !== undefined) return bigToFloat(toIndex(v));
  }
  throw pyError('TypeError', `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

const FLOAT_SIG = signature('float', 'PyArg_CheckPositional([x], /)');
floatClass.slots.call = (_cls, args, kw) => {
  const [x] = FLOAT_SIG.bind(args, kw);
  return x !== undefined ? toFloatArg(x) : 0;
};

const BOOL_SIG = signature('bool', 'PyArg_CheckPositional([x], /)');
boolClass.slots.call = (_cls, args, kw) => {
  const [x] = BOOL_SIG.bind(args, kw);
  return x !== undefined ? truthy(x) : false;
};

// ------------------------------------------------------------------ complex()

const COMPLEX_RE =
  /^\(?\s*([+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan))?(?:([+-](?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)?)([jJ]))?\s*\)?$/i;

function parseComplex(text: string): PyComplex | null {
  const s = stripWs(text);
  if ((s.startsWith('(') && !s.endsWith(')')) || (!s.startsWith('(') && s.endsWith(')'))) return null;
  const inner = s.startsWith('(') ? stripWs(s.slice(1, -1)) : s;
  if (inner === '') return null;
  // Pure imaginary: "2j", "-j"
  const m =
    /^([+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)?)[jJ]$/i.exec(
      inner,
    );
  const num = (t: string) => {
    if (t === '' || t === '+') return 1;
    if (t === '-') return -1;
    return parseFloatLiteral(t);
  };
  if (m) {
    const im = num(m[1]);
    return im === null ? null : new PyComplex(0, im);
  }
  const r = parseFloatLiteral(inner);
  if (r !== null) return new PyComplex(r, 0);
  const c = COMPLEX_RE.exec(inner);
  if (!c || c[1] === undefined || c[3] === undefined) return null;
  const re = parseFloatLiteral(c[1]);
  const im = num(c[2]);
  if (re === null || im === null) return null;
  return new PyComplex(re, im);
}

function complexParts(v: PyValue): [number, number] {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return [toFloat(v), 0];
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const m = v.cls.lookup('__complex__');
    if (m !== undefined) {
      const r = callMethod(m, v, []);
      if (!(r instanceof PyComplex))
        throw pyError('TypeError', `__complex__ returned non-complex (type ${typeName(r)})`);
      return [r.re, r.im];
    }
    return [toFloatArg(v), 0];
  }
  throw pyError('TypeError', `complex() first argument must be a string or a number, not '${typeName(v)}'`);
}

const COMPLEX_SIG = signature('complex', '([real[, imag]])');
complexClass.slots.call = (_cls, args, kw) => {
  const [re, im] = COMPLEX_SIG.bind(args, kw);
  if (re === undefined && im === undefined) return new PyComplex(0, 0);
  if (typeof re === 'string') {
    if (im !== undefined) throw pyError('TypeError', "complex() can't take second arg if first is a string");
    const c = parseComplex(re);
    if (c === null) throw pyError('ValueError', 'complex() arg is a malformed string');
    return c;
  }
  if (typeof im === 'string') throw pyError('TypeError', "complex() second arg can't be a string");
  const [a, b] = re === undefined ? [0, 0] : complexParts(re);
  if (im === undefined) return new PyComplex(a, b);
  const [c, d] = complexParts(im);
  // As CPython: a real argument's part is taken as is (complex(1, -0.0) keeps its -0.0 imaginary part).
  const real = (v: PyValue) => typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
  return new PyComplex(real(im) ? a : a - d, real(re) ? c : b + c);
};

function C(v: PyValue): PyComplex {
  return v as PyComplex;
}
defNativeMethod(complexClass, 'conjugate', '()', (self) => {
  return new PyComplex(C(self).re, -C(self).im);
});

// ------------------------------------------------------------------ int methods

function I(v: PyValue): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : (v as bigint);
}

function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  return x === 0n ? 0 : x.toString(2).length;
}

defNativeMethod(intClass, 'bit_length', '()', (self) => {
  return BigInt(bitLength(I(self)));
});
defNativeMethod(intClass, 'bit_count', '()', (self) => {
  let x = I(self);
  if (x < 0n) x = -x;
  let n = 0;
  for (const c of x.toString(2)) if (c === '1') n++;
  return BigInt(n);
});
defNativeMethod(intClass, 'conjugate', '()', (self) => {
  return I(self);
});
defNativeMethod(intClass, 'as_integer_ratio', '()', (self) => {
  return new PyTuple([I(self), 1n]);
});
defNativeMethod(intClass, 'is_integer', '()', () => {
  return true;
});
since(12, intClass, 'is_integer');
defNativeMethod(intClass, '__index__', 'wrapper()', (self) => I(self));
defNativeMethod(intClass, '__int__', 'wrapper()', (self) => I(self));
defNativeMethod(intClass, '__float__', 'wrapper()', (self) => bigToFloat(I(self)));
defNativeMethod(intClass, '__abs__', 'wrapper()', (self) => {
  const x = I(self);
  return x < 0n ? -x : x;
});
defNativeMethod(intClass, '__bool__', 'wrapper()', (self) => I(self) !== 0n);
defNativeMethod(intClass, '__format__', '(format_spec, /)', (self, [spec]) => {
  if (typeof spec !== 'string') throw pyError('TypeError', `argument to __format__ must be str, not ${typeName(spec)}`);
  return pyFormat(self, spec);
});

defBuiltinAttr(intClass, 'real', (s) => I(s));
defBuiltinAttr(intClass, 'imag', () => 0n);
defBuiltinAttr(intClass, 'numerator', (s) => I(s));
defBuiltinAttr(intClass, 'denominator', () => 1n);

// ------------------------------------------------------------------ float methods

function F(v: PyValue): number {
  return v as number;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** |x| = mant * 2^exp for a finite double. */
export function decomposeFloat(x: number): [bigint, number] {
  f64[0] = x;
  const bits = u64[0];
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (biased === 0) return [frac, -1074];
  return [frac | (1n << 52n), biased - 1075];
}

defNativeMethod(floatClass, 'is_integer', '()', (self) => {
  return Number.isInteger(F(self));
});
defNativeMethod(floatClass, 'as_integer_ratio', '()', (self) => {
  const x = F(self);
  if (Number.isNaN(x)) throw pyError('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw pyError('OverflowError', 'cannot convert Infinity to integer ratio');
  let [m, e] = decomposeFloat(x);
  if (m === 0n) return new PyTuple([0n, 1n]);
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (x < 0) m = -m;
  if (e >= 0) return new PyTuple([m << BigInt(e), 1n]);
  return new PyTuple([m, 1n << BigInt(-e)]);
});
defNativeMethod(floatClass, 'conjugate', '()', (self) => {
  return F(self);
});
defNativeMethod(floatClass, '__int__', 'wrapper()', (self) => floatToInt(F(self)));
defNativeMethod(floatClass, '__float__', 'wrapper()', (self) => F(self));
defNativeMethod(floatClass, '__trunc__', '()', (self) => floatToInt(F(self)));
defNativeMethod(floatClass, '__abs__', 'wrapper()', (self) => Math.abs(F(self)));
defNativeMethod(floatClass, '__bool__', 'wrapper()', (self) => F(self) !== 0);
defNativeMethod(floatClass, '__format__', '(format_spec, /)', (self, [spec]) => {
  if (typeof spec !== 'string') throw pyError('TypeError', `argument to __format__ must be str, not ${typeName(spec)}`);
  return pyFormat(self, spec);
});
defBuiltinAttr(floatClass, 'real', (s) => F(s));
defBuiltinAttr(floatClass, 'imag', () => 0);
defBuiltinAttr(complexClass, 'real', (s) => C(s).re, 'member');
defBuiltinAttr(complexClass, 'imag', (s) => C(s).im, 'member');
