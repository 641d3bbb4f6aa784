/**
 * bytearray: a mutable sequence of bytes, as CPython prints and checks it. Its dunders are its
 * class's methods (the class is not one of the runtime's fast-path types), so `==` with bytes,
 * `+=`, indexing, slicing and iteration go through them; slices reuse the list's slice rules.
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
  toIndex,
} from '../ops';
import { defNativeMethod } from '../native';
import { signature } from '../signature';

export const bytearrayClass = new PyClass('bytearray', [objectClass]);
bytearrayClass.dict!.set('__hash__', null);

export class PyByteArray extends PyObject {
  constructor(public data: number[]) {
    super(bytearrayClass);
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

/** The bytes of a bytes-like value or of an iterable of ints. */
function bytesFrom(v: PyValue): number[] {
  if (v instanceof PyBytes) return Array.from(v.data);
  if (v instanceof PyByteArray) return v.data.slice();
  if (typeof v === 'string') throw pyError('TypeError', 'expected a bytes-like object, str found');
  return iterToArray(v).map(byteOf);
}

const asBytes = (self: PyValue) => new PyBytes(Uint8Array.from(BA(self).data));

const INIT_SIG = signature('bytearray', '([source[, encoding[, errors]]])');
bytearrayClass.slots.call = (_cls, args, kw) => {
  const [src, encoding, errors] = INIT_SIG.bind(args, kw);
  // A str with its encoding, a count of zero bytes, or no source: as bytes() makes them.
  if (src === undefined || typeof src === 'string' || isIntLike(src) || encoding !== undefined || errors !== undefined)
    return new PyByteArray(Array.from((call(bytesClass, args, kw) as PyBytes).data));
  return new PyByteArray(bytesFrom(src));
};

defNativeMethod(bytearrayClass, '__repr__', 'wrapper()', (self) => `bytearray(${repr(asBytes(self))})`);
defNativeMethod(bytearrayClass, '__len__', 'wrapper()', (self) => BigInt(BA(self).data.length));
defNativeMethod(bytearrayClass, '__iter__', 'wrapper()', (self) =>
  callMethodByName(new PyList(BA(self).data.map((b) => BigInt(b))), '__iter__', []),
);
defNativeMethod(bytearrayClass, '__contains__', 'wrapper(key, /)', (self, [x]) => {
  const d = BA(self).data;
  if (isIntLike(x)) return d.includes(byteOf(x));
  const sub = bytesFrom(x);
  outer: for (let i = 0; i + sub.length <= d.length; i++) {
    for (let j = 0; j < sub.length; j++) if (d[i + j] !== sub[j]) continue outer;
    return true;
  }
  return false;
});
defNativeMethod(bytearrayClass, '__getitem__', '(key, /)', (self, [key]) => {
  const d = BA(self).data;
  if (key instanceof PySlice) {
    const part = getitem(new PyList(d.map((b) => BigInt(b))), key) as PyList;
    return new PyByteArray(part.items.map((b) => Number(b)));
  }
  const i = normIndex(key, d.length);
  if (i < 0) throw pyError('IndexError', 'bytearray index out of range');
  return BigInt(d[i]);
});
defNativeMethod(bytearrayClass, '__setitem__', 'wrapper(key, value, /)', (self, [key, value]) => {
  const ba = BA(self);
  if (key instanceof PySlice) {
    const tmp = new PyList(ba.data.map((b) => BigInt(b)));
    setitem(tmp, key, new PyList(bytesFrom(value).map((b) => BigInt(b))));
    ba.data = tmp.items.map((b) => Number(b));
    return null;
  }
  const i = normIndex(key, ba.data.length);
  if (i < 0) throw pyError('IndexError', 'bytearray index out of range');
  ba.data[i] = byteOf(value);
  return null;
});
defNativeMethod(bytearrayClass, '__delitem__', 'wrapper(key, /)', (self, [key]) => {
  const ba = BA(self);
  if (key instanceof PySlice) {
    const tmp = new PyList(ba.data.map((b) => BigInt(b)));
    delitem(tmp, key);
    ba.data = tmp.items.map((b) => Number(b));
    return null;
  }
  const i = normIndex(key, ba.data.length);
  if (i < 0) throw pyError('IndexError', 'bytearray index out of range');
  ba.data.splice(i, 1);
  return null;
});
defNativeMethod(bytearrayClass, '__add__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyBytes || o instanceof PyByteArray))
    throw pyError('TypeError', `can't concat ${typeName(o)} to bytearray`);
  return new PyByteArray(BA(self).data.concat(bytesFrom(o)));
});
// bytes + bytearray is bytes (the left operand's type).
defNativeMethod(bytearrayClass, '__radd__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyBytes)) return NotImplemented;
  return new PyBytes(Uint8Array.from([...o.data, ...BA(self).data]));
});
defNativeMethod(bytearrayClass, '__iadd__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyBytes || o instanceof PyByteArray))
    throw pyError('TypeError', `can't concat ${typeName(o)} to bytearray`);
  BA(self).data.push(...bytesFrom(o));
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
  BA(self).data = repeated(self, n);
  return self;
});
defNativeMethod(bytearrayClass, 'append', '(item, /)', (self, [x]) => {
  BA(self).data.push(byteOf(x));
  return null;
});
defNativeMethod(bytearrayClass, 'extend', '(iterable_of_ints, /)', (self, [x]) => {
  BA(self).data.push(...bytesFrom(x));
  return null;
});
defNativeMethod(bytearrayClass, 'insert', '(index, item, /)', (self, [index, x]) => {
  const d = BA(self).data;
  let i = Number(toIndex(index));
  if (i < 0) i = Math.max(0, i + d.length);
  d.splice(Math.min(i, d.length), 0, byteOf(x));
  return null;
});
defNativeMethod(bytearrayClass, 'pop', '(index=-1, /)', (self, [index]) => {
  const d = BA(self).data;
  if (d.length === 0) throw pyError('IndexError', 'pop from empty bytearray');
  const i = normIndex(index, d.length);
  if (i < 0) throw pyError('IndexError', 'pop index out of range');
  return BigInt(d.splice(i, 1)[0]);
});
defNativeMethod(bytearrayClass, 'remove', '(value, /)', (self, [x]) => {
  const d = BA(self).data;
  const i = d.indexOf(byteOf(x));
  if (i < 0) throw pyError('ValueError', 'value not found in bytearray');
  d.splice(i, 1);
  return null;
});
defNativeMethod(bytearrayClass, 'clear', '()', (self) => {
  BA(self).data.length = 0;
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
