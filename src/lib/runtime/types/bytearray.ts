/**
 * bytearray: a mutable sequence of bytes, as CPython prints and checks it. Its dunders are its
 * class's methods (the class is not one of the runtime's fast-path types), so `==` with bytes,
 * `+=`, indexing, slicing and iteration go through them; slices reuse the list's slice rules.
 * A subclass's instances are bytearrays too, filled by bytearray's `__init__` as in CPython.
 * While a memoryview of it is alive (buffer.ts), any operation that would change its size
 * raises BufferError.
 */
import {
  PyBytes,
  PyClass,
  PyList,
  PyObject,
  PySlice,
  NotImplemented,
  bytesClass,
  objectClass,
  pyError,
  typeName,
  type PyValue,
} from '../core';
import {
  call,
  callMethodByName,
  delitem,
  getitem,
  isIntLike,
  iterToArray,
  normIndex,
  repr,
  setitem,
  sliceIndices,
  toIndex,
} from '../ops';
import { defNativeMethod } from '../native';
import { run } from '../run';
import { signature } from '../signature';
import {
  bufferOf,
  bufferOrNull,
  hasBuffer,
  checkResizable,
  wholeBufferOf,
  type BufferExporter,
  type WritableBytes,
} from './buffer';
import { isExcInstance } from './util';

export const bytearrayClass = new PyClass('bytearray', [objectClass]);
bytearrayClass.dict!.set('__hash__', null);

export class PyByteArray extends PyObject implements BufferExporter {
  constructor(
    public data: number[],
    cls: PyClass = bytearrayClass,
  ) {
    super(cls, cls === bytearrayClass ? null : new Map());
  }
  exportBytes(): ArrayLike<number> {
    return this.data;
  }
  canExport(): boolean {
    return true;
  }
  allBytes(): ArrayLike<number> {
    return this.data;
  }
  writable(): WritableBytes {
    return {
      length: this.data.length,
      write: (at, bytes) => {
        for (let k = 0; k < bytes.length; k++) this.data[at + k] = bytes[k];
      },
    };
  }
  /** Before a change of size: refused while views of it are alive (`extra`: the call's arguments, which it holds). */
  mayResize(extra: PyValue[] = []): void {
    checkResizable(this, extra);
  }
  /** Its bytes become `next` (a change of size checked first). */
  replace(next: number[], extra: PyValue[] = []): void {
    if (next.length !== this.data.length) checkResizable(this, extra);
    this.data = next;
  }
}

function BA(v: PyValue): PyByteArray {
  return v as PyByteArray;
}

/** One byte from an int-like value, with bytearray's own range message. */
function byteOf(v: PyValue): number {
  if (!isIntLike(v) && !(v instanceof PyObject && v.cls.lookup('__index__') !== undefined))
    throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  const b = toIndex(v);
  if (b < 0n || b > 255n) throw pyError('ValueError', 'byte must be in range(0, 256)');
  return Number(b);
}

/** The bytes of a bytes-like value (a strided view's items too) or of an iterable of ints. */
function bytesFrom(v: PyValue): number[] {
  const whole = wholeBufferOf(v);
  if (whole !== null) return Array.from(whole);
  if (typeof v === 'string') throw pyError('TypeError', 'expected a bytes-like object, str found');
  let items: PyValue[];
  try {
    items = iterToArray(v);
  } catch (e) {
    if (isExcInstance(e, 'TypeError') && !hasIter(v))
      throw pyError('TypeError', `cannot convert '${typeName(v)}' object to bytearray`);
    throw e;
  }
  return items.map(byteOf);
}

/** Whether iterating `v` could have got as far as its items (the TypeError was not "not iterable"). */
function hasIter(v: PyValue): boolean {
  return v instanceof PyObject && (v.cls.lookup('__iter__') !== undefined || v.cls.lookup('__getitem__') !== undefined);
}

const asBytes = (self: PyValue) => new PyBytes(Uint8Array.from(BA(self).data));

const INIT = '([source[, encoding[, errors]]])';
const INIT_SIG = signature('bytearray', INIT);
/** What `bytearray(...)` holds: as bytes() makes a str with its encoding or a count of zero bytes. */
function initialBytes(src: PyValue | undefined, encoding: PyValue | undefined, errors: PyValue | undefined): number[] {
  if (
    src === undefined ||
    typeof src === 'string' ||
    isIntLike(src) ||
    encoding !== undefined ||
    errors !== undefined
  ) {
    const kw = new Map<string, PyValue>();
    if (encoding !== undefined) kw.set('encoding', encoding);
    if (errors !== undefined) kw.set('errors', errors);
    return Array.from((call(bytesClass, src === undefined ? [] : [src], kw) as PyBytes).data);
  }
  return bytesFrom(src);
}
bytearrayClass.slots.call = (_cls, args, kw) => {
  const [src, encoding, errors] = INIT_SIG.bind(args, kw);
  return new PyByteArray(initialBytes(src, encoding, errors));
};
// A subclass's instance starts empty; bytearray's __init__ (or the subclass's, through super()) fills it.
bytearrayClass.slots.alloc = (cls) => new PyByteArray([], cls);
defNativeMethod(bytearrayClass, '__init__', INIT, (self, [src, encoding, errors]) => {
  const ba = BA(self);
  // Called again on a live bytearray, it starts over: emptied first (refused while views of it are alive).
  if (ba.data.length > 0) ba.replace([]);
  ba.replace(initialBytes(src, encoding, errors), [src ?? null]);
  return null;
});

/** `bytearray(b'...')`: bytes' repr, except that a ' is escaped even between double quotes (as CPython's bytearray_repr does). */
function bytearrayRepr(self: PyValue): string {
  let r = repr(asBytes(self));
  if (r.startsWith('b"')) r = 'b"' + r.slice(2, -1).replace(/'/g, "\\'") + '"';
  return `${typeName(self)}(${r})`;
}
defNativeMethod(bytearrayClass, '__repr__', 'wrapper()', bytearrayRepr);
// str() is that repr too, even for a subclass with a __repr__ of its own.
bytearrayClass.slots.str = bytearrayRepr;
defNativeMethod(bytearrayClass, '__len__', 'wrapper()', (self) => BigInt(BA(self).data.length));
defNativeMethod(bytearrayClass, '__iter__', 'wrapper()', (self) =>
  callMethodByName(new PyList(BA(self).data.map((b) => BigInt(b))), '__iter__', []),
);
defNativeMethod(bytearrayClass, '__contains__', 'wrapper(key, /)', (self, [x]) => {
  const d = BA(self).data;
  if (isIntLike(x)) return d.includes(byteOf(x));
  const sub = bufferOf(x);
  if (sub === null) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(x)}'`);
  outer: for (let i = 0; i + sub.length <= d.length; i++) {
    for (let j = 0; j < sub.length; j++) if (d[i + j] !== sub[j]) continue outer;
    return true;
  }
  return false;
});
defNativeMethod(bytearrayClass, '__getitem__', '(key, /)', (self, [key]) => {
  const d = BA(self).data;
  if (key instanceof PySlice) {
    // A step-1 slice copies its range only (a long buffer read piece by piece stays linear).
    const [start, stop, step] = sliceIndices(key, d.length);
    if (step === 1) return new PyByteArray(d.slice(start, Math.max(start, stop)));
    const part = getitem(new PyList(d.map((b) => BigInt(b))), key) as PyList;
    return new PyByteArray(part.items.map((b) => Number(b)));
  }
  const i = normIndex(key, d.length);
  if (i < 0) throw pyError('IndexError', 'bytearray index out of range');
  return BigInt(d[i]);
});

/** The bytes a slice assignment puts in: anything bytearray() takes but a number or a str. */
function assigned(value: PyValue): number[] {
  if (typeof value === 'string' || typeof value === 'number' || isIntLike(value))
    throw pyError('TypeError', 'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  return bytesFrom(value);
}

defNativeMethod(bytearrayClass, '__setitem__', 'wrapper(key, value, /)', (self, [key, value]) => {
  const ba = BA(self);
  if (key instanceof PySlice) {
    const bytes = assigned(value);
    const tmp = new PyList(ba.data.map((b) => BigInt(b)));
    try {
      setitem(tmp, key, new PyList(bytes.map((b) => BigInt(b))));
    } catch (e) {
      throw bytesWording(e);
    }
    ba.replace(
      tmp.items.map((b) => Number(b)),
      [value],
    );
    return null;
  }
  const i = normIndex(key, ba.data.length);
  if (i < 0) throw pyError('IndexError', 'bytearray index out of range');
  ba.data[i] = byteOf(value);
  return null;
});

/** The list's extended-slice message in bytearray's words ("bytes of size 1", not "sequence"). */
function bytesWording(e: unknown): unknown {
  const exc = (e as { exc?: { args: PyValue[] } }).exc;
  const text = exc?.args[0];
  if (typeof text === 'string' && text.startsWith('attempt to assign sequence of size'))
    exc!.args[0] = text.replace('sequence', 'bytes');
  return e;
}

defNativeMethod(bytearrayClass, '__delitem__', 'wrapper(key, /)', (self, [key]) => {
  const ba = BA(self);
  if (key instanceof PySlice) {
    const tmp = new PyList(ba.data.map((b) => BigInt(b)));
    delitem(tmp, key);
    ba.replace(tmp.items.map((b) => Number(b)));
    return null;
  }
  const i = normIndex(key, ba.data.length);
  if (i < 0) throw pyError('IndexError', 'bytearray index out of range');
  ba.mayResize();
  ba.data.splice(i, 1);
  return null;
});
defNativeMethod(bytearrayClass, '__add__', 'wrapper(value, /)', (self, [o]) => {
  const other = bufferOrNull(o);
  if (other === null) throw pyError('TypeError', `can't concat ${typeName(o)} to bytearray`);
  return new PyByteArray(BA(self).data.concat(Array.from(other)));
});
// bytes + bytearray is bytes (the left operand's type).
defNativeMethod(bytearrayClass, '__radd__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyBytes)) return NotImplemented;
  return new PyBytes(Uint8Array.from([...o.data, ...BA(self).data]));
});
defNativeMethod(bytearrayClass, '__iadd__', 'wrapper(value, /)', (self, [o]) => {
  const other = bufferOrNull(o);
  if (other === null) throw pyError('TypeError', `can't concat ${typeName(o)} to bytearray`);
  const ba = BA(self);
  if (other.length > 0) {
    ba.mayResize([o]);
    for (let i = 0, n = other.length; i < n; i++) ba.data.push(other[i]);
  }
  return self;
});
/** `bytearray * n`: its bytes n times over; a non-int count is refused as CPython's sq_repeat does. */
function repeated(self: PyValue, n: PyValue): number[] {
  if (!isIntLike(n) && !(n instanceof PyObject && n.cls.lookup('__index__') !== undefined))
    throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeName(n)}'`);
  const k = Number(toIndex(n));
  const d = BA(self).data;
  const out: number[] = [];
  for (let i = 0; i < k; i++) for (const b of d) out.push(b);
  return out;
}
defNativeMethod(bytearrayClass, '__mul__', 'wrapper(value, /)', (self, [n]) => new PyByteArray(repeated(self, n)));
bytearrayClass.dict!.set('__rmul__', bytearrayClass.dict!.get('__mul__')!);
defNativeMethod(bytearrayClass, '__imul__', 'wrapper(value, /)', (self, [n]) => {
  BA(self).replace(repeated(self, n));
  return self;
});
defNativeMethod(bytearrayClass, 'append', '(item, /)', (self, [x]) => {
  const ba = BA(self);
  const b = byteOf(x);
  ba.mayResize();
  ba.data.push(b);
  return null;
});
defNativeMethod(bytearrayClass, 'extend', '(iterable_of_ints, /)', (self, [x]) => {
  const ba = BA(self);
  let more: ArrayLike<number>;
  if (hasBuffer(x)) {
    // A buffer goes in as a slice assignment at the end, which takes contiguous bytes only.
    const b = bufferOrNull(x);
    if (b === null) throw pyError('TypeError', `can't set bytearray slice from ${typeName(x)}`);
    more = b;
  } else if (typeof x === 'string' && run.minor >= 13)
    throw pyError('TypeError', "expected iterable of integers; got: 'str'");
  else if (isIntLike(x)) throw pyError('TypeError', `can't extend bytearray with ${typeName(x)}`);
  else more = iterToArray(x).map(byteOf);
  if (more.length > 0) {
    ba.mayResize([x]);
    for (let i = 0, n = more.length; i < n; i++) ba.data.push(more[i]);
  }
  return null;
});
defNativeMethod(bytearrayClass, 'insert', '(index, item, /)', (self, [index, x]) => {
  const ba = BA(self);
  const d = ba.data;
  let i = Number(toIndex(index));
  if (i < 0) i = Math.max(0, i + d.length);
  const b = byteOf(x);
  ba.mayResize();
  d.splice(Math.min(i, d.length), 0, b);
  return null;
});
defNativeMethod(bytearrayClass, 'pop', '(index=-1, /)', (self, [index]) => {
  const ba = BA(self);
  const d = ba.data;
  if (d.length === 0) throw pyError('IndexError', 'pop from empty bytearray');
  const i = normIndex(index, d.length);
  if (i < 0) throw pyError('IndexError', 'pop index out of range');
  ba.mayResize();
  return BigInt(d.splice(i, 1)[0]);
});
defNativeMethod(bytearrayClass, 'remove', '(value, /)', (self, [x]) => {
  const ba = BA(self);
  const i = ba.data.indexOf(byteOf(x));
  if (i < 0) throw pyError('ValueError', 'value not found in bytearray');
  ba.mayResize();
  ba.data.splice(i, 1);
  return null;
});
defNativeMethod(bytearrayClass, 'clear', '()', (self) => {
  const ba = BA(self);
  if (ba.data.length > 0) ba.mayResize();
  ba.data.length = 0;
  return null;
});
defNativeMethod(bytearrayClass, 'copy', '()', (self) => new PyByteArray(BA(self).data.slice()));
defNativeMethod(bytearrayClass, 'reverse', '()', (self) => {
  BA(self).data.reverse();
  return null;
});
// decode() is bytes' own, on the same bytes.
defNativeMethod(bytearrayClass, 'decode', "(encoding='utf-8', errors='strict')", (self, args) =>
  callMethodByName(asBytes(self), 'decode', args),
);
