/**
 * int.to_bytes() and int.from_bytes(): an int as so many bytes, big- or little-endian, two's
 * complement when signed (3.11's defaults: one byte, big-endian, unsigned).
 */
import {
  PyBytes,
  PyNativeMethod,
  bytesClass,
  intClass,
  boolClass,
  pyError,
  typeName,
  type PyClass,
  type PyValue,
} from '../core';
import { call, toIndex, truthy } from '../ops';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { builtinClassMethod } from './descriptor-types';

function byteorderOf(v: PyValue): 'big' | 'little' {
  if (typeof v !== 'string')
    throw pyError('TypeError', `to_bytes() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (v !== 'big' && v !== 'little') throw pyError('ValueError', "byteorder must be either 'little' or 'big'");
  return v;
}

defNativeMethod(
  intClass,
  'to_bytes',
  "(length=1, byteorder='big', *, signed=False)",
  (self, [length, order, signed]) => {
    const n = Number(toIndex(length));
    if (n < 0) throw pyError('ValueError', 'length argument must be non-negative');
    const big = byteorderOf(order) === 'big';
    let x = typeof self === 'boolean' ? (self ? 1n : 0n) : (self as bigint);
    const isSigned = truthy(signed);
    if (x < 0n && !isSigned) throw pyError('OverflowError', "can't convert negative int to unsigned");
    const bits = BigInt(n * 8);
    const fits = isSigned ? x >= -(1n << (bits - 1n)) && x < 1n << (bits - 1n) : x < 1n << bits;
    if (n === 0 ? x !== 0n : !fits) throw pyError('OverflowError', 'int too big to convert');
    if (x < 0n) x += 1n << bits;
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      out[big ? n - 1 - i : i] = Number(x & 0xffn);
      x >>= 8n;
    }
    return new PyBytes(out);
  },
);

const FROM_BYTES_SIG = signature('from_bytes', "(bytes, byteorder='big', *, signed=False)", 'int.from_bytes');

/** The bytes of from_bytes()'s argument: bytes, or bytes(iterable) for anything else. */
function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  // PyObject_Bytes: an int or a str is not a sequence of bytes here.
  if (typeof v !== 'object' || v === null)
    throw pyError('TypeError', `cannot convert '${typeName(v)}' object to bytes`);
  return (call(bytesClass, [v], null) as PyBytes).data;
}

intClass.dict!.set(
  'from_bytes',
  builtinClassMethod(
    intClass,
    new PyNativeMethod(
      'from_bytes',
      (clsv, rest, kw) => {
        const [src, order, signed] = FROM_BYTES_SIG.bind(rest, kw);
        const big = byteorderOf(order) === 'big';
        const data = bytesOf(src);
        let x = 0n;
        for (let i = 0; i < data.length; i++) x = (x << 8n) | BigInt(data[big ? i : data.length - 1 - i]);
        if (truthy(signed) && data.length > 0 && x >= 1n << BigInt(data.length * 8 - 1))
          x -= 1n << BigInt(data.length * 8);
        const cls = clsv as PyClass;
        if (cls === intClass) return x;
        if (cls === boolClass) return x !== 0n;
        return call(cls, [x], null);
      },
      intClass,
    ),
  ),
);
