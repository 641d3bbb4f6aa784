/**
 * What a memoryview does with its items: indexing and slicing (a slice is another view on the
 * same bytes), item and slice assignment, iteration, tolist/tobytes/hex, `==` item by item
 * against another view or bytes-like object, hashing (read-only byte views, as their bytes hash),
 * and 3.14's count and index.
 */
import {
  Ellipsis,
  NotImplemented,
  PyBytes,
  PyList,
  PyObject,
  PySlice,
  PyTuple,
  defMethod,
  pyError,
  typeName,
  type PyValue,
} from '../core';
import { eq, isIntLike, normIndex, sliceIndices, type PyIterator } from '../ops';
import { defNativeMethod } from '../native';
import { since } from '../since';
import { signature } from '../signature';
import { pythonHash } from '../hash';
import { PyByteArray } from './bytearray';
import { hexOf } from './bytes-hex';
import { makeIterator } from './iterator';
import { isByteCode, packItem, unpackItem } from './memoryview-items';
import { PyMemoryView, memoryviewClass } from './memoryview';

const MV = (v: PyValue) => v as PyMemoryView;

const isIndexLike = (k: PyValue): boolean =>
  isIntLike(k) || (k instanceof PyObject && k.cls.lookup('__index__') !== undefined);

const at = (m: PyMemoryView, offset: number): PyValue => unpackItem(m.data, offset, m.code);

/** The byte offset of item `i` of dimension `dim` from `offset` (IndexError out of bounds). */
function step(m: PyMemoryView, offset: number, dim: number, key: PyValue): number {
  const i = normIndex(key, m.shape[dim]);
  if (i < 0) throw pyError('IndexError', `index out of bounds on dimension ${dim + 1}`);
  return offset + i * m.strides[dim];
}

/** The offset a tuple of indices names (all of the view's dimensions). */
function offsetOfTuple(m: PyMemoryView, key: PyTuple): number {
  const n = key.items.length;
  if (n < m.ndim) throw pyError('NotImplementedError', 'sub-views are not implemented');
  if (n > m.ndim) throw pyError('TypeError', `cannot index ${m.ndim}-dimension view with ${n}-element tuple`);
  let offset = m.start;
  key.items.forEach((k, dim) => (offset = step(m, offset, dim, k)));
  return offset;
}

const isMultiIndex = (k: PyValue): k is PyTuple => k instanceof PyTuple && k.items.every(isIndexLike);
const isMultiSlice = (k: PyValue): k is PyTuple =>
  k instanceof PyTuple && k.items.length > 0 && k.items.every((x) => x instanceof PySlice);

/** Offset, length and stride of a slice of the first dimension. */
function sliced(m: PyMemoryView, key: PySlice): [number, number, number] {
  const [start, stop, by] = sliceIndices(key, m.shape[0]);
  let n = 0;
  if (by > 0 && stop > start) n = Math.floor((stop - start - 1) / by) + 1;
  else if (by < 0 && start > stop) n = Math.floor((start - stop - 1) / -by) + 1;
  return [m.start + start * m.strides[0], n, m.strides[0] * by];
}

const zeroDim = () => pyError('TypeError', 'invalid indexing of 0-dim memory');
const badKey = () => pyError('TypeError', 'memoryview: invalid slice key');

defNativeMethod(memoryviewClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => {
  const m = MV(self).live();
  if (m.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return at(m, m.start);
    if (key === Ellipsis) return m;
    throw zeroDim();
  }
  if (isIndexLike(key)) {
    const offset = step(m, m.start, 0, key);
    if (m.ndim > 1) throw pyError('NotImplementedError', 'multi-dimensional sub-views are not implemented');
    return at(m, offset);
  }
  if (key instanceof PySlice) {
    const [start, n, stride] = sliced(m, key);
    return m.derive(start, [n, ...m.shape.slice(1)], [stride, ...m.strides.slice(1)]);
  }
  if (isMultiIndex(key)) return at(m, offsetOfTuple(m, key));
  if (isMultiSlice(key)) throw pyError('NotImplementedError', 'multi-dimensional slicing is not implemented');
  throw badKey();
});

/** The items of a bytes-like value as a 1-D layout; a view's own. */
interface Layout {
  data: ArrayLike<number>;
  shape: number[];
  format: string;
  itemsize: number;
  code: string;
  offsets(): number[];
}

function layoutOf(v: PyValue): Layout | null {
  if (v instanceof PyMemoryView) return v.live();
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    const data = v.data;
    return {
      data,
      shape: [data.length],
      format: 'B',
      itemsize: 1,
      code: 'B',
      offsets: () => Array.from({ length: data.length }, (_, i) => i),
    };
  }
  return null;
}

defNativeMethod(memoryviewClass, '__setitem__', 'wrapper(key, value, /)', (self, [key, value]) => {
  const m = MV(self).live();
  if (m.readOnly) throw pyError('TypeError', 'cannot modify read-only memory');
  if (m.ndim === 0) {
    if (key !== Ellipsis && !(key instanceof PyTuple && key.items.length === 0)) throw zeroDim();
    m.writeBytes(0, packItem(value, m.code));
    return null;
  }
  if (isIndexLike(key)) {
    if (m.ndim > 1) throw pyError('NotImplementedError', 'sub-views are not implemented');
    m.writeBytes(step(m, m.start, 0, key) - m.start, packItem(value, m.code));
    return null;
  }
  if (key instanceof PySlice && m.ndim === 1) {
    const src = layoutOf(value);
    if (src === null) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(value)}'`);
    const [start, n, stride] = sliced(m, key);
    const bare = (f: string) => (f.startsWith('@') ? f.slice(1) : f);
    if (
      bare(src.format) !== bare(m.format) ||
      src.itemsize !== m.itemsize ||
      src.shape.length !== 1 ||
      src.shape[0] !== n
    )
      throw pyError('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
    // Read every source item before writing any: the two may overlap.
    const size = m.itemsize;
    const items = src.offsets().map((o) => Array.from({ length: size }, (_, k) => src.data[o + k]));
    items.forEach((bytes, i) => m.writeBytes(start + i * stride - m.start, bytes));
    return null;
  }
  if (isMultiIndex(key)) {
    m.writeBytes(offsetOfTuple(m, key) - m.start, packItem(value, m.code));
    return null;
  }
  if (key instanceof PySlice || isMultiSlice(key))
    throw pyError('NotImplementedError', 'memoryview slice assignments are currently restricted to ndim = 1');
  throw badKey();
});

defNativeMethod(memoryviewClass, '__delitem__', 'wrapper(key, /)', (self) => {
  if (MV(self).live().readOnly) throw pyError('TypeError', 'cannot modify read-only memory');
  throw pyError('TypeError', 'cannot delete memory');
});

// ------------------------------------------------------------------ iteration and conversions

/** The items of a 1-D view, one at a time (each checks that the view is still not released). */
function items(m: PyMemoryView): PyIterator {
  m.live();
  if (m.ndim === 0) throw zeroDim();
  if (m.ndim > 1) throw pyError('NotImplementedError', 'multi-dimensional sub-views are not implemented');
  const n = m.shape[0];
  let i = 0;
  return {
    next: () => {
      if (i >= n) return undefined;
      return at(m.live(), m.start + m.strides[0] * i++);
    },
  };
}
(PyMemoryView.prototype as unknown as { pyIter(): PyIterator }).pyIter = function (this: PyMemoryView) {
  return items(this);
};
defNativeMethod(memoryviewClass, '__iter__', 'wrapper()', (self) => makeIterator(items(MV(self)), 'memory_iterator'));

defNativeMethod(memoryviewClass, 'tolist', '()', (self) => {
  const m = MV(self).live();
  const build = (dim: number, offset: number): PyValue => {
    if (dim === m.ndim) return at(m, offset);
    return new PyList(Array.from({ length: m.shape[dim] }, (_, i) => build(dim + 1, offset + i * m.strides[dim])));
  };
  return build(0, m.start);
});

defNativeMethod(memoryviewClass, 'tobytes', "(order='C')", (self, [order]) => {
  const m = MV(self).live();
  if (order !== null && typeof order !== 'string')
    throw pyError('TypeError', `tobytes() argument 'order' must be str or None, not ${typeName(order)}`);
  if (order !== null && order !== 'C' && order !== 'F' && order !== 'A')
    throw pyError('ValueError', "order must be 'C', 'F' or 'A'");
  return new PyBytes(m.bytes(order === 'F'));
});

defNativeMethod(memoryviewClass, 'hex', '([sep[, bytes_per_sep]])', (self, [sep, per]) =>
  hexOf(MV(self).live().bytes(), sep, per),
);

// ------------------------------------------------------------------ comparison and hashing

/** CPython's memory_richcompare for ==: null when `w` has no buffer (NotImplemented). */
function equal(v: PyMemoryView, w: PyValue): boolean | null {
  // A released view equals only itself.
  if (v.released || (w instanceof PyMemoryView && w.released)) return v === w;
  const other = layoutOf(w);
  if (other === null) return null;
  if (v.ndim !== other.shape.length) return false;
  for (let d = 0; d < v.ndim; d++) {
    if (v.shape[d] !== other.shape[d]) return false;
    if (v.shape[d] === 0) return true;
  }
  // Item by item as values (formats may differ: 'B' 97 is not 'c' b'a'; a NaN is not equal to itself).
  const a = v.offsets();
  const b = other.offsets();
  for (let i = 0; i < a.length; i++) if (!eq(at(v, a[i]), unpackItem(other.data, b[i], other.code))) return false;
  return true;
}

defNativeMethod(memoryviewClass, '__eq__', 'wrapper(value, /)', (self, [o]) => equal(MV(self), o) ?? NotImplemented);
defNativeMethod(memoryviewClass, '__ne__', 'wrapper(value, /)', (self, [o]) => {
  const r = equal(MV(self), o);
  return r === null ? NotImplemented : !r;
});

/** The bytes a hashable view hashes as (those of its items, as a latin-1 string), computed once. */
function hashText(m: PyMemoryView): string {
  if (m.hashed !== null) return m.hashed;
  m.live();
  if (!m.readOnly) throw pyError('ValueError', 'cannot hash writable memoryview object');
  if (!isByteCode(m.code)) throw pyError('ValueError', "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  // The exporter is hashed too: a read-only view of a bytearray is not hashable.
  if (m.base instanceof PyByteArray) throw pyError('TypeError', `unhashable type: '${typeName(m.base)}'`);
  let s = '';
  for (const b of m.bytes()) s += String.fromCharCode(b);
  return (m.hashed = s);
}
const hashProto = PyMemoryView.prototype as unknown as { hashText(): string; structuralKey(): string };
// hash() and dict keys: as the bytes of the same items (hash(memoryview(b'ab')) == hash(b'ab')).
hashProto.hashText = function (this: PyMemoryView) {
  return hashText(this);
};
hashProto.structuralKey = function (this: PyMemoryView) {
  return 'b' + Array.from(hashText(this), (c) => c.charCodeAt(0)).join(',');
};
defNativeMethod(memoryviewClass, '__hash__', 'wrapper()', (self) => {
  hashText(MV(self));
  return pythonHash(self);
});

// ------------------------------------------------------------------ 3.14: count and index

const COUNT_SIG = signature('count', '(value, /)', 'memoryview.count');
const INDEX_SIG = signature('index', '(value, start=0, stop=9223372036854775807, /)', 'memoryview.index');

defMethod(memoryviewClass, 'count', (self, args, kw) => {
  const [value] = COUNT_SIG.bind(args, kw);
  const it = items(MV(self));
  let n = 0n;
  for (let x = it.next(); x !== undefined; x = it.next()) if (eq(x, value)) n++;
  return n;
});

defMethod(memoryviewClass, 'index', (self, args, kw) => {
  const [value, a, b] = INDEX_SIG.bind(args, kw);
  const m = MV(self).live();
  if (m.ndim === 0) throw pyError('TypeError', 'invalid lookup on 0-dim memory');
  if (m.ndim > 1) throw pyError('NotImplementedError', 'multi-dimensional lookup is not implemented');
  const [start, stop] = sliceIndices(new PySlice(a, b, null), m.shape[0]);
  for (let i = start; i < stop; i++) if (eq(at(m, m.start + i * m.strides[0]), value)) return BigInt(i);
  throw pyError('ValueError', 'memoryview.index(x): x not found');
});
since(14, memoryviewClass, 'count');
since(14, memoryviewClass, 'index');
