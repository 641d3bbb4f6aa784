/**
 * CPython's limit on decimal int/str conversion (sys.int_info.default_max_str_digits, 4300 since
 * 3.11): str(), repr(), format and %-formatting of a larger int raise ValueError rather than spend
 * quadratic time on the digits. Other bases are not limited.
 */
import { FormatError } from './errors';

export const MAX_STR_DIGITS = 4300;

/** The smallest magnitude with more than MAX_STR_DIGITS decimal digits. */
const TOO_MANY = 10n ** BigInt(MAX_STR_DIGITS);
/** Its negation, made once: negating a 4,300-digit BigInt at every check allocated 1.8 KB a call. */
const NEG_TOO_MANY = -TOO_MANY;

/** CPython's message for an int too long to write in decimal. */
export const TOO_MANY_DIGITS = `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;

/** Whether `x` has more decimal digits than CPython writes. */
export function tooManyDigits(x: bigint): boolean {
  return x >= TOO_MANY || x <= NEG_TOO_MANY;
}

/** `x` in decimal, or CPython's ValueError (as a FormatError) when it has more than 4,300 digits. */
export function decimalDigits(x: bigint): string {
  // Below 2**53 in magnitude the double is exact (a larger BigInt never converts to a safe integer),
  // and V8 writes a small number's digits far faster than a BigInt's.
  const n = Number(x);
  if (Number.isSafeInteger(n)) return '' + n;
  if (tooManyDigits(x)) throw new FormatError('ValueError', TOO_MANY_DIGITS);
  return x.toString();
}
