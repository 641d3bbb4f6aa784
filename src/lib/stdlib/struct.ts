/**
 * struct's functions (the module's `error` and `Struct` are in py/struct.py): pack, unpack,
 * calcsize, pack_into, unpack_from and iter_unpack over formats compiled by struct-format.ts,
 * with CPython's conversions and messages (3.12's range messages; 3.11 words them as
 * its C conversions did).
 */
import {
  PyBytes,
  PyExc,
  PyExceptionObject,
  PyList,
  PyObject,
  PyTuple,
  pyError,
  typeName,
  type PyValue,
} from '../runtime/core';
import { call, isIntLike, toFloat, toIndex, truthy } from '../runtime/ops';
import { defNative } from '../runtime/native';
import { run } from '../runtime/run';
import { PyByteArray } from '../runtime/types/bytearray';
import { compileStruct, StructFormatError, type CompiledStruct } from './struct-format';
import { bufferArg, writableBufferOf } from '../runtime/types/buffer';
import { packHalf, unpackHalf } from '../runtime/half-float';

type Fail = (message: string) => PyExc;

function formatArg(fmt: PyValue, fail: Fail): CompiledStruct {
  let text: string;
  if (typeof fmt === 'string') text = fmt;
  else if (fmt instanceof PyBytes) text = String.fromCharCode(...fmt.data);
  else throw pyError('TypeError', `Struct() argument 1 must be a str or bytes object, not ${typeName(fmt)}`);
  try {
    return compileStruct(text);
  } catch (e) {
    throw e instanceof StructFormatError ? fail(e.message) : e;
  }
}

const SIGNED = 'bhilqn';
const RANGE_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

function intValue(v: PyValue, code: string, s: CompiledStruct, size: number, fail: Fail): bigint {
  const hasIndex = v instanceof PyObject && !v.cls.isBuiltin && v.cls.lookup('__index__') !== undefined;
  if (!isIntLike(v) && !hasIndex) throw fail('required argument is not an integer');
  const x = toIndex(v);
  if (code === 'P') {
    if (x < -(1n << 63n) || x >= 1n << 64n) throw fail('int too large to convert');
    return BigInt.asUintN(64, x);
  }
  const signed = SIGNED.includes(code);
  const bits = BigInt(size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (x >= lo && x <= hi) return x;
  const range = `format requires ${lo} <= number <= ${hi}`;
  if (run.minor >= 12) throw fail(`'${code}' ${range}`);
  throw fail(range311(x, code, s, size, range));
}

/**
 * 3.11's message for an int out of range: the value went through a C long first (an unsigned
 * one for I, L, Q and N), by the native functions wherever the standard size is the native one
 * and the order little-endian; big-endian q and Q went through a byte array.
 */
function range311(x: bigint, code: string, s: CompiledStruct, size: number, range: string): string {
  const nativeFn =
    s.native ||
    'bB'.includes(code) ||
    (s.littleEndian && (code === 'q' || code === 'Q' || size === 2 || size === 1 || code === 'i' || code === 'I'));
  if (!nativeFn && (code === 'q' || code === 'Q')) return 'int too large to convert';
  const viaUnsigned = code === 'I' || code === 'L' || code === 'Q' || code === 'N' || (!nativeFn && code === 'H');
  const cLo = viaUnsigned ? 0n : -(1n << 63n);
  const cHi = viaUnsigned ? (1n << 64n) - 1n : (1n << 63n) - 1n;
  if (x < cLo || x > cHi || size === 8) return 'argument out of range';
  const name = nativeFn ? RANGE_NAMES[code] : undefined;
  return name ? `${name} ${range}` : `'${code}' ${range}`;
}

function floatValue(v: PyValue, fail: Fail): number {
  if (typeof v === 'number') return v;
  try {
    if (typeof v === 'bigint' || typeof v === 'boolean') return toFloat(v);
    if (v instanceof PyObject && !v.cls.isBuiltin && (v.cls.lookup('__float__') || v.cls.lookup('__index__')))
      return toFloat(v);
  } catch (e) {
    if (e instanceof PyExc) throw fail('required argument is not a float');
    throw e;
  }
  throw fail('required argument is not a float');
}

function bytesValue(v: PyValue): Uint8Array | number[] | null {
  return v instanceof PyBytes || v instanceof PyByteArray ? v.data : null;
}

function packValues(s: CompiledStruct, args: PyValue[], out: Uint8Array, at: number, fail: Fail): void {
  const view = new DataView(out.buffer, out.byteOffset + at);
  const le = s.littleEndian;
  let k = 0;
  for (const item of s.items) {
    for (let n = 0; n < item.count; n++) {
      const v = args[k++];
      const off = item.offset + n * item.size;
      switch (item.code) {
        case 's':
        case 'p': {
          const data = bytesValue(v);
          if (data === null) throw fail(`argument for '${item.code}' must be a bytes object`);
          const room = item.code === 'p' ? Math.max(0, item.size - 1) : item.size;
          const len = Math.min(data.length, room, item.code === 'p' ? 255 : room);
          if (item.code === 'p' && item.size > 0) view.setUint8(off, len);
          const start = off + (item.code === 'p' ? 1 : 0);
          for (let i = 0; i < len; i++) view.setUint8(start + i, data[i]);
          break;
        }
        case 'c': {
          const data = bytesValue(v);
          if (data === null || data.length !== 1) throw fail('char format requires a bytes object of length 1');
          view.setUint8(off, data[0]);
          break;
        }
        case '?':
          view.setUint8(off, truthy(v) ? 1 : 0);
          break;
        case 'e':
          view.setUint16(off, packHalf(floatValue(v, fail)), le);
          break;
        case 'f': {
          const x = floatValue(v, fail);
          if (!s.native && !Number.isFinite(Math.fround(x)) && Number.isFinite(x))
            throw pyError('OverflowError', 'float too large to pack with f format');
          view.setFloat32(off, x, le);
          break;
        }
        case 'd':
          view.setFloat64(off, floatValue(v, fail), le);
          break;
        default: {
          const x = BigInt.asUintN(item.size * 8, intValue(v, item.code, s, item.size, fail));
          for (let i = 0; i < item.size; i++)
            view.setUint8(off + (le ? i : item.size - 1 - i), Number((x >> BigInt(8 * i)) & 255n));
        }
      }
    }
  }
}

function unpackValues(s: CompiledStruct, data: ArrayLike<number>, at: number): PyTuple {
  const bytes = Uint8Array.from({ length: s.size }, (_, i) => data[at + i]);
  const view = new DataView(bytes.buffer);
  const le = s.littleEndian;
  const out: PyValue[] = [];
  for (const item of s.items) {
    for (let n = 0; n < item.count; n++) {
      const off = item.offset + n * item.size;
      switch (item.code) {
        case 's':
          out.push(new PyBytes(bytes.slice(off, off + item.size)));
          break;
        case 'p': {
          const len = item.size === 0 ? 0 : Math.min(bytes[off], item.size - 1);
          out.push(new PyBytes(bytes.slice(off + 1, off + 1 + len)));
          break;
        }
        case 'c':
          out.push(new PyBytes(bytes.slice(off, off + 1)));
          break;
        case '?':
          out.push(bytes[off] !== 0);
          break;
        case 'e':
          out.push(unpackHalf(view.getUint16(off, le)));
          break;
        case 'f':
          out.push(view.getFloat32(off, le));
          break;
        case 'd':
          out.push(view.getFloat64(off, le));
          break;
        default: {
          let x = 0n;
          for (let i = 0; i < item.size; i++) x = (x << 8n) | BigInt(bytes[off + (le ? item.size - 1 - i : i)]);
          out.push(SIGNED.includes(item.code) ? BigInt.asIntN(item.size * 8, x) : x);
        }
      }
    }
  }
  return new PyTuple(out);
}

/** A position in a buffer of `len` bytes for `size` bytes at `offset`, as unpack_from and pack_into check it. */
function place(offset: PyValue, len: number, size: number, what: 'unpack' | 'pack', fail: Fail): number {
  let at = Number(toIndex(offset));
  const given = at;
  if (at < 0) {
    if (at + len < 0) throw fail(`offset ${given} out of range for ${len}-byte buffer`);
    at += len;
    if (len - at < size)
      throw fail(
        what === 'unpack'
          ? `not enough data to unpack ${size} bytes at offset ${given}`
          : `no space to pack ${size} bytes at offset ${given}`,
      );
  } else if (len - at < size) {
    const verb = what === 'unpack' ? 'unpacking' : 'packing';
    throw fail(
      `${what}_${what === 'unpack' ? 'from' : 'into'} requires a buffer of at least ${size + at} bytes for ` +
        `${verb} ${size} bytes at offset ${at} (actual buffer size is ${len})`,
    );
  }
  return at;
}

/** The natives of py/struct.py; `errorClass` names the module's `error` once it is defined. */
export function makeStructNative(errorClass: () => PyValue): [string, PyValue][] {
  const fail: Fail = (message) => new PyExc(call(errorClass(), [message], null) as PyExceptionObject);
  const def = (name: string, sig: string, fn: (a: PyValue[]) => PyValue): [string, PyValue] => [
    name,
    defNative(name, sig, fn, name),
  ];
  const checkCount = (s: CompiledStruct, got: number, what: string) => {
    if (got !== s.values) throw fail(`${what} expected ${s.values} items for packing (got ${got})`);
  };
  return [
    def('calcsize', '(format, /)', ([f]) => BigInt(formatArg(f, fail).size)),
    def('pack', '(format, /, *values)', ([f, values]) => {
      const s = formatArg(f, fail);
      const args = (values as PyTuple).items;
      checkCount(s, args.length, 'pack');
      const out = new Uint8Array(s.size);
      packValues(s, args, out, 0, fail);
      return new PyBytes(out);
    }),
    def('pack_into', '(format, buffer, offset, /, *values)', ([f, buffer, offset, values]) => {
      const s = formatArg(f, fail);
      const args = (values as PyTuple).items;
      checkCount(s, args.length, 'pack_into');
      const target = writableBufferOf(buffer);
      if (target === null)
        throw pyError('TypeError', `argument must be read-write bytes-like object, not ${typeName(buffer)}`);
      const at = place(offset, target.length, s.size, 'pack', fail);
      const out = new Uint8Array(s.size);
      packValues(s, args, out, 0, fail);
      target.write(at, out);
      return null;
    }),
    def('unpack', '(format, buffer, /)', ([f, buffer]) => {
      const s = formatArg(f, fail);
      const data = bufferArg(buffer);
      if (data.length !== s.size) throw fail(`unpack requires a buffer of ${s.size} bytes`);
      return unpackValues(s, data, 0);
    }),
    def('unpack_from', '(format, /, buffer, offset=0)', ([f, buffer, offset]) => {
      const s = formatArg(f, fail);
      const data = bufferArg(buffer);
      return unpackValues(s, data, place(offset ?? 0n, data.length, s.size, 'unpack', fail));
    }),
    def('_iter_unpack', '(format, buffer, /)', ([f, buffer]) => {
      const s = formatArg(f, fail);
      const data = bufferArg(buffer);
      if (s.size === 0) throw fail('cannot iteratively unpack with a struct of length 0');
      if (data.length % s.size) throw fail(`iterative unpacking requires a buffer of a multiple of ${s.size} bytes`);
      const out: PyValue[] = [];
      for (let at = 0; at < data.length; at += s.size) out.push(unpackValues(s, data, at));
      return new PyList(out);
    }),
  ];
}
