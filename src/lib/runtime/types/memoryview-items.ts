/**
 * The items of a memoryview: its native struct formats (one character, an optional '@'), their
 * sizes on 64-bit Linux, and one item read from or written to bytes (little-endian), with the
 * messages memoryview gives a value of the wrong type or range.
 */
import { PyBytes, PyExc, PyObject, pyError, type PyValue } from '../core';
import { isIntLike, toFloat, toIndex, truthy } from '../ops';
import { run } from '../run';
import { packHalf, unpackHalf } from '../half-float';

const SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8,
}; // prettier-ignore
const SIGNED = 'bhilqn';

/** The item code of a native single-character format ('H', '@H'), or null for any other format. */
export function nativeCode(format: string): string | null {
  const f = format.startsWith('@') ? format.slice(1) : format;
  if (f.length !== 1 || !Object.hasOwn(SIZES, f)) return null;
  // memoryview learnt 'e' in 3.12.
  if (f === 'e' && run.minor < 12) return null;
  return f;
}

export const itemSizeOf = (code: string): number => SIZES[code];

/** Whether a code's items are single bytes (casts between two other formats are refused). */
export const isByteCode = (code: string): boolean => code === 'B' || code === 'b' || code === 'c';

/** The item of format `code` at byte offset `at` of `data`. */
export function unpackItem(data: ArrayLike<number>, at: number, code: string): PyValue {
  const size = SIZES[code];
  // A Uint8Array copy reads a missing byte as 0 (a view left over a bytearray that shrank).
  const raw = new Uint8Array(size);
  for (let k = 0; k < size; k++) raw[k] = data[at + k];
  const view = new DataView(raw.buffer);
  switch (code) {
    case 'B':
      return BigInt(raw[0]);
    case 'c':
      return new PyBytes(raw);
    case '?':
      return raw[0] !== 0;
    case 'f':
      return view.getFloat32(0, true);
    case 'd':
      return view.getFloat64(0, true);
    case 'e':
      return unpackHalf(view.getUint16(0, true));
  }
  let x = 0n;
  for (let k = size - 1; k >= 0; k--) x = (x << 8n) | BigInt(raw[k]);
  return SIGNED.includes(code) ? BigInt.asIntN(size * 8, x) : x;
}

const invalidType = (code: string) => pyError('TypeError', `memoryview: invalid type for format '${code}'`);
const invalidValue = (code: string) => pyError('ValueError', `memoryview: invalid value for format '${code}'`);

/** A conversion's TypeError as "invalid type", its ValueError or OverflowError as "invalid value". */
function converted<T>(code: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    const mro = e.exc.cls.mro.map((c) => c.name);
    if (mro.includes('TypeError')) throw invalidType(code);
    if (mro.includes('ValueError') || mro.includes('OverflowError')) throw invalidValue(code);
    throw e;
  }
}

/** The range of each integer code's C type (what PyLong_As* accepts for it). */
function intRange(code: string): [bigint, bigint] {
  if (code === 'P') return [-(1n << 63n), (1n << 64n) - 1n];
  const bits = BigInt(SIZES[code] * 8);
  return SIGNED.includes(code) ? [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n] : [0n, (1n << bits) - 1n];
}

/** The bytes of `value` as one item of format `code`. */
export function packItem(value: PyValue, code: string): Uint8Array {
  const size = SIZES[code];
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  switch (code) {
    case 'c':
      if (!(value instanceof PyBytes)) throw invalidType(code);
      if (value.data.length !== 1) throw invalidValue(code);
      out[0] = value.data[0];
      return out;
    case '?':
      out[0] = truthy(value) ? 1 : 0;
      return out;
    case 'f':
    case 'd':
    case 'e': {
      const x = converted(code, () => toFloat(value));
      if (code === 'f') view.setFloat32(0, x, true);
      else if (code === 'd') view.setFloat64(0, x, true);
      else
        view.setUint16(
          0,
          converted(code, () => packHalf(x)),
          true,
        );
      return out;
    }
  }
  const hasIndex = value instanceof PyObject && value.cls.lookup('__index__') !== undefined;
  if (!isIntLike(value) && !hasIndex) throw invalidType(code);
  const x = converted(code, () => toIndex(value));
  const [lo, hi] = intRange(code);
  if (x < lo || x > hi) throw invalidValue(code);
  let u = BigInt.asUintN(size * 8, x);
  for (let k = 0; k < size; k++) {
    out[k] = Number(u & 255n);
    u >>= 8n;
  }
  return out;
}
