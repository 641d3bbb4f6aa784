/**
 * CPython-exact float -> text conversion.
 *
 * This is a port of the logic in CPython's Python/pystrtod.c
 * (`PyOS_double_to_string` / `format_float_short`). Instead of David Gay's
 * dtoa we use two exact building blocks:
 *   - the engine's shortest round-trip digits (`toExponential()` with no
 *     argument), which is what dtoa mode 0 produces, and
 *   - an exact decimal expansion of the binary value (via bigint), rounded
 *     half-to-even, which is what dtoa modes 2 and 3 produce.
 */

/** Digit string as produced by dtoa: value = 0.DIGITS x 10^decpt. */
interface DtoaResult {
  /** Significant digits, no leading zeros, trailing zeros stripped; may be '' (rounded to zero). */
  digits: string;
  /** Position of the decimal point relative to the start of `digits`. */
  decpt: number;
  /** Sign bit of the input. */
  negative: boolean;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** Split a finite double into |x| = mant * 2^exp (mant is a non-negative integer). */
function decompose(x: number): { mant: bigint; exp: number } {
  f64[0] = x;
  const bits = u64[0]!;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & 0xfffffffffffffn;
  if (biased === 0) return { mant: frac, exp: -1074 }; // subnormal
  return { mant: frac | (1n << 52n), exp: biased - 1075 };
}

/** True when the sign bit is set (distinguishes -0.0 from 0.0). */
function signBit(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return s.slice(0, end);
}

/** Exact decimal expansion of a finite, non-zero |x|: |x| = 0.digits x 10^decpt. */
function exactDigits(x: number): { digits: string; decpt: number } {
  let { mant, exp } = decompose(x);
  // Make the mantissa odd to keep the bigint arithmetic small.
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp += 1;
  }
  let n: bigint;
  let scale: number; // |x| = n / 10^scale
  if (exp >= 0) {
    n = mant << BigInt(exp);
    scale = 0;
  } else {
    // m / 2^k == m * 5^k / 10^k
    n = mant * 5n ** BigInt(-exp);
    scale = -exp;
  }
  const s = n.toString();
  return { digits: stripTrailingZeros(s), decpt: s.length - scale };
}

/**
 * Keep the first `keep` digits of 0.digits x 10^decpt, rounding half to even
 * on the exact value (ties only occur when the dropped part is exactly "5").
 */
function roundDigits(digits: string, decpt: number, keep: number): { digits: string; decpt: number } {
  if (keep >= digits.length) return { digits, decpt };
  if (keep < 0) {
    // The value is below half a unit of the last kept place: rounds to zero.
    return { digits: '', decpt: decpt - keep };
  }
  const kept = digits.slice(0, keep);
  const first = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (first > 5) up = true;
  else if (first < 5) up = false;
  else if (digits.length > keep + 1)
    up = true; // more non-zero digits follow the 5
  else up = keep > 0 && (kept.charCodeAt(keep - 1) - 48) % 2 === 1; // exact tie -> even
  if (!up) {
    const d = stripTrailingZeros(kept);
    return d === '' ? { digits: '', decpt: decpt - keep } : { digits: d, decpt };
  }
  // Increment the kept digits; a carry out of the top digit shifts decpt.
  const arr = kept.split('');
  let i = arr.length - 1;
  while (i >= 0 && arr[i] === '9') {
    arr[i] = '0';
    i--;
  }
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  arr[i] = String.fromCharCode(arr[i]!.charCodeAt(0) + 1);
  return { digits: stripTrailingZeros(arr.join('')), decpt };
}

/**
 * Equivalent of `_Py_dg_dtoa` for finite x.
 *  mode 0: shortest digits that round-trip;
 *  mode 2: `ndigits` significant digits (ndigits >= 1);
 *  mode 3: `ndigits` digits after the decimal point.
 */
function dtoa(x: number, mode: 0 | 2 | 3, ndigits: number): DtoaResult {
  const negative = signBit(x);
  if (x === 0) return { digits: '0', decpt: 1, negative };
  if (mode === 0) {
    // toExponential() without an argument yields the shortest round-trip
    // digits (closest to the true value), like dtoa mode 0.
    const s = Math.abs(x).toExponential();
    const e = s.indexOf('e');
    const digits = stripTrailingZeros(s.slice(0, e).replace('.', ''));
    return { digits, decpt: Number(s.slice(e + 1)) + 1, negative };
  }
  const exact = exactDigits(x);
  const keep = mode === 2 ? Math.max(ndigits, 1) : exact.decpt + ndigits;
  return { ...roundDigits(exact.digits, exact.decpt, keep), negative };
}

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: always emit a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: make integers look like floats ("1.0"). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: alternate form ('#'): keep the decimal point / trailing zeros. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: the 'z' option, turn a rounded -0 into 0. */
  noNegZero?: boolean;
}

/**
 * Port of CPython's `PyOS_double_to_string(val, format_code, precision, flags)`.
 * format_code is one of e E f F g G r.
 */
export function doubleToString(
  x: number,
  formatCode: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r',
  precision: number,
  flags: DoubleToStringFlags = {},
): string {
  const upper = formatCode === 'E' || formatCode === 'F' || formatCode === 'G';
  const code = formatCode.toLowerCase() as 'e' | 'f' | 'g' | 'r';
  let mode: 0 | 2 | 3;
  switch (code) {
    case 'e':
      mode = 2;
      precision++; // one digit before the point plus `precision` after
      break;
    case 'f':
      mode = 3;
      break;
    case 'g':
      mode = 2;
      if (precision === 0) precision = 1; // precision 0 makes no sense for 'g'
      break;
    case 'r':
      mode = 0;
      break;
  }

  if (!Number.isFinite(x)) {
    let out = '';
    if (Number.isNaN(x)) {
      // The sign of a NaN is ignored.
      if (flags.sign) out = '+';
      return out + (upper ? 'NAN' : 'nan');
    }
    out = x < 0 ? '-' : flags.sign ? '+' : '';
    return out + (upper ? 'INF' : 'inf');
  }

  const r = dtoa(x, mode, precision);
  const digits = r.digits;
  let decpt = r.decpt;
  let negative = r.negative;
  const digitsLen = digits.length;
  // 'z': a result that rounded to zero loses its minus sign.
  if (flags.noNegZero && negative && (digitsLen === 0 || digits === '0')) negative = false;

  // We output the slice vdigits[vdigitsStart:vdigitsEnd] of the digit string
  // padded with infinitely many zeros on both sides.
  let vdigitsEnd = digitsLen;
  let useExp = false;
  let exp = 0;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      // With ADD_DOT_0 (format with no type but a precision) the switch to
      // exponent notation happens one digit earlier.
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vdigitsEnd = precision;
      break;
    case 'r':
      // repr switches to exponent notation at 1e16 and below 1e-4.
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
  else vdigitsEnd = Math.max(vdigitsEnd, decpt);

  let out = negative ? '-' : flags.sign ? '+' : '';
  // Zero padding on the left of the digit string.
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vdigitsStart);
  }
  // The digits, including the decimal point if it falls inside them.
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  // Zero padding on the right.
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else {
    out += '0'.repeat(vdigitsEnd - digitsLen);
  }
  // A trailing decimal point is dropped unless using the alternate form.
  if (out.endsWith('.') && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}

/** CPython `repr(float)` (== `str(float)`). */
export function floatRepr(x: number): string {
  return doubleToString(x, 'r', 0, { addDot0: true });
}
