/**
 * `bytes % args` and `bytearray % args`: str's printf-style formatter (py/format/percent.ts) over
 * latin-1 text, with bytes's own %s/%b (bytes-like or `__bytes__`), %r/%a (ascii()), %c (an int
 * in range(256) or one byte), mapping keys that are bytes, and CPython's messages.
 */
import { PyBytes, PyObject, PyTuple, bytesClass, pyError, typeName, type PyValue } from '../core';
import { callMethod, getitem, hooks } from '../ops';
import { defNativeMethod } from '../native';
import { run } from '../run';
import { percentFormat, type PercentConv } from '../../py/format/percent';
import { FormatError } from '../../py/format/errors';
import { percentConv, asciiRepr } from './format';
import { bytearrayClass, PyByteArray } from './bytearray';
import { wholeBufferOf } from './buffer';

const latin1 = (data: ArrayLike<number>): string => {
  let s = '';
  for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
  return s;
};
const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** The bytes of a bytes-like value or of `__bytes__`'s result; null when the value has neither. */
function bytesOf(v: PyValue): ArrayLike<number> | null {
  const whole = wholeBufferOf(v);
  if (whole !== null) return whole;
  if (v instanceof PyObject && !v.cls.isBuiltin) {
    const m = v.cls.lookup('__bytes__');
    if (m !== undefined) {
      const r = callMethod(m, v, []);
      if (!(r instanceof PyBytes)) throw pyError('TypeError', `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.data;
    }
  }
  return null;
}

function byteChar(v: PyValue): string {
  if (typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? (v ? 1n : 0n) : v;
    if (n < 0n || n > 255n) throw new FormatError('OverflowError', '%c arg not in range(256)');
    return String.fromCharCode(Number(n));
  }
  const isBytes = v instanceof PyBytes || v instanceof PyByteArray;
  if (isBytes && v.data.length === 1) return String.fromCharCode(v.data[0]);
  let message = '%c requires an integer in range(256) or a single byte';
  // 3.14 says what it was given.
  if (run.minor >= 14)
    message += isBytes ? `, not a ${typeName(v)} object of length ${v.data.length}` : `, not ${typeName(v)}`;
  throw new FormatError('TypeError', message);
}

const bytesConv: PercentConv = {
  ...percentConv,
  lookup: (mapping, key) => getitem(mapping as PyValue, new PyBytes(fromLatin1(key))),
  isMapping: (v) => !(v instanceof PyBytes) && percentConv.isMapping!(v),
  bytesArg(ch, v) {
    const value = v as PyValue;
    if (ch === 'c') return byteChar(value);
    if (ch === 'r' || ch === 'a') return asciiRepr(value);
    const data = bytesOf(value);
    if (data === null)
      throw new FormatError(
        'TypeError',
        `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(value)}'`,
      );
    return latin1(data);
  },
};

/** `fmt % args` for a bytes or bytearray format: the formatted bytes. */
function bytesPercent(fmt: ArrayLike<number>, args: PyValue): Uint8Array {
  try {
    return fromLatin1(percentFormat(latin1(fmt), args instanceof PyTuple ? args.items : args, bytesConv));
  } catch (e) {
    throw e instanceof FormatError ? pyError(e.kind, e.message) : e;
  }
}

hooks.bytesPercent = (fmt, args) => new PyBytes(bytesPercent(fmt.data, args));
defNativeMethod(bytesClass, '__mod__', 'wrapper(value, /)', (self, [v]) => hooks.bytesPercent(self as PyBytes, v));
defNativeMethod(
  bytearrayClass,
  '__mod__',
  'wrapper(value, /)',
  (self, [v]) => new PyByteArray(Array.from(bytesPercent((self as PyByteArray).data, v))),
);
