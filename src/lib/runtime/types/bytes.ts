/**
 * `bytes(...)`, decode, and the sequence and operator dunders (the text methods are in bytes-methods.ts).
 */
import {
  PyBytes,
  PyList,
  PyTuple,
  NotImplemented,
  bytesClass,
  defMethod,
  pyError,
  typeName,
  type PyValue,
} from '../core';
import { defNativeMethod } from '../native';
import { getIter, toIndex, getitem, isIntLike, binop, pyHash, builtinRepr } from '../ops';
import { bufferOf, wholeBufferOf } from './buffer';
import { signature } from '../signature';
import { countedIterator, makeIterator } from './iterator';
import { decodeBytes, encodeStr } from './str';

function B(v: PyValue): PyBytes {
  return v as PyBytes;
}

defNativeMethod(bytesClass, 'decode', '([encoding[, errors]])', (self, [e, er]) => {
  if (e !== undefined && typeof e !== 'string')
    throw pyError('TypeError', `decode() argument 'encoding' must be str, not ${typeName(e)}`);
  if (er !== undefined && typeof er !== 'string')
    throw pyError('TypeError', `decode() argument 'errors' must be str, not ${typeName(er)}`);
  return decodeBytes(B(self).data, (e as string | undefined) ?? 'utf-8', (er as string | undefined) ?? 'strict');
});

defMethod(bytesClass, '__len__', (self) => BigInt(B(self).data.length));
// `super().__repr__()` in a subclass's own __repr__: the value's repr.
defNativeMethod(bytesClass, '__repr__', 'wrapper()', (self) => builtinRepr(B(self)));
// str() of bytes is its own repr, even for a subclass with a __repr__ of its own.
bytesClass.slots.str = (self) => builtinRepr(self);
defNativeMethod(bytesClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => getitem(B(self), key));
defMethod(bytesClass, '__iter__', (self) =>
  makeIterator(countedIterator(getIter(B(self)), B(self).data.length), 'bytes_iterator'),
);
defNativeMethod(bytesClass, '__contains__', 'wrapper(key, /)', (self, [x]) => {
  const d = B(self).data;
  if (isIntLike(x)) {
    const v = Number(toIndex(x));
    if (v < 0 || v > 255) throw pyError('ValueError', 'byte must be in range(0, 256)');
    return d.includes(v);
  }
  const sub = bufferOf(x);
  if (sub === null) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(x)}'`);
  outer: for (let i = 0; i + sub.length <= d.length; i++) {
    for (let j = 0; j < sub.length; j++) if (d[i + j] !== sub[j]) continue outer;
    return true;
  }
  return false;
});

// The operators' methods, as `b.__add__(x)` calls them (the operators themselves take the fast paths in ops.ts).
defNativeMethod(bytesClass, '__mul__', 'wrapper(value, /)', (self, [n]) =>
  isIntLike(n) ? binop('*', self, n) : NotImplemented,
);
bytesClass.dict!.set('__rmul__', bytesClass.dict!.get('__mul__')!);
defNativeMethod(bytesClass, '__hash__', 'wrapper()', (self) => pyHash(self));

const BYTES_SIG = signature('bytes', '([source[, encoding[, errors]]])');
bytesClass.slots.call = (_cls, args, kw) => {
  const [src, enc, errs] = BYTES_SIG.bind(args, kw);
  if (src === undefined) {
    if (enc !== undefined || errs !== undefined)
      throw pyError(
        'TypeError',
        enc !== undefined ? 'encoding without a string argument' : 'errors without a string argument',
      );
    return new PyBytes(new Uint8Array(0));
  }
  if (typeof src === 'string') {
    if (enc === undefined) throw pyError('TypeError', 'string argument without an encoding');
    if (typeof enc !== 'string')
      throw pyError('TypeError', `bytes() argument 'encoding' must be str, not ${typeName(enc)}`);
    return new PyBytes(encodeStr(src, enc, typeof errs === 'string' ? errs : 'strict'));
  }
  if (enc !== undefined) throw pyError('TypeError', 'encoding without a string argument');
  if (errs !== undefined) throw pyError('TypeError', 'errors without a string argument');
  // The same bytes (a subclass's instance copied into a plain bytes).
  if (src instanceof PyBytes) return src.cls === bytesClass ? src : new PyBytes(src.data);
  if (isIntLike(src)) {
    const n = Number(toIndex(src));
    if (n < 0) throw pyError('ValueError', 'negative count');
    return new PyBytes(new Uint8Array(n));
  }
  const whole = wholeBufferOf(src);
  if (whole !== null) return new PyBytes(Uint8Array.from(whole));
  const out: number[] = [];
  let items: PyValue[] | null = src instanceof PyList || src instanceof PyTuple ? src.items : null;
  if (items === null) {
    items = [];
    let it;
    try {
      it = getIter(src);
    } catch {
      throw pyError('TypeError', `cannot convert '${typeName(src)}' object to bytes`);
    }
    for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
  }
  for (const x of items) {
    if (!isIntLike(x) && !(typeof x === 'object' && x !== null && x.cls.lookup('__index__')))
      throw pyError('TypeError', `'${typeName(x)}' object cannot be interpreted as an integer`);
    const v = Number(toIndex(x));
    if (v < 0 || v > 255) throw pyError('ValueError', 'bytes must be in range(0, 256)');
    out.push(v);
  }
  return new PyBytes(Uint8Array.from(out));
};
