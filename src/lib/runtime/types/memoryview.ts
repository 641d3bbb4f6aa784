/**
 * memoryview: a window on the bytes of a bytes or bytearray object, without copying them. A view
 * is its exporter plus a geometry (byte offset, shape, strides, item format) as CPython keeps it:
 * slicing makes another window on the same bytes, so writes through a view of a bytearray show
 * in the bytearray and the other way round. Views of one object are its exports (buffer.ts)
 * until released. The item access and comparison methods are in memoryview-methods.ts.
 */
import { PyBytes, PyList, PyObject, PyTuple, addressOf, builtinClass, pyError, typeName, type PyValue } from '../core';
import { defNativeMethod } from '../native';
import { run } from '../run';
import { signature } from '../signature';
import { PyByteArray } from './bytearray';
import { addExport, pythonBufferView, removeExport, type BufferExporter, type WritableBytes } from './buffer';
import { isByteCode, itemSizeOf, nativeCode } from './memoryview-items';

export const memoryviewClass = builtinClass('memoryview');
// Its operators are its own dunders (==, [], len, iteration), as collections.deque's are.
memoryviewClass.nativeDunders = true;
memoryviewClass.final = true;

type Exporter = PyBytes | PyByteArray;

export class PyMemoryView extends PyObject implements BufferExporter {
  released = false;
  /** hash() once computed: CPython keeps it, even after release. */
  hashed: string | null = null;
  constructor(
    /** The object whose bytes these are (`obj`). */
    readonly base: Exporter,
    /** Byte offset of the first item. */
    readonly start: number,
    readonly shape: number[],
    /** Bytes from one item to the next, per dimension (negative for a reversed slice). */
    readonly strides: number[],
    readonly format: string,
    readonly itemsize: number,
    readonly readOnly: boolean,
  ) {
    super(memoryviewClass);
    if (base instanceof PyByteArray) addExport(base, this);
  }

  /** The exporter's bytes now (a bytearray's array is replaced by some of its operations). */
  get data(): ArrayLike<number> {
    return this.base.data;
  }
  get ndim(): number {
    return this.shape.length;
  }
  get nbytes(): number {
    return this.shape.reduce((a, b) => a * b, 1) * this.itemsize;
  }
  /** The item format without its '@' (every format a view can have is a native single character). */
  get code(): string {
    return nativeCode(this.format) ?? 'B';
  }

  /** ValueError once released: most operations start with this. */
  live(): this {
    if (this.released) throw pyError('ValueError', 'operation forbidden on released memoryview object');
    return this;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    removeExport(this.base, this);
  }

  /** A new view on the same bytes (an export of its own, as CPython registers it). */
  derive(
    start: number,
    shape: number[],
    strides: number[],
    format = this.format,
    itemsize = this.itemsize,
  ): PyMemoryView {
    return new PyMemoryView(this.base, start, shape, strides, format, itemsize, this.readOnly);
  }

  /** C-contiguous, as CPython's view flags say (a 1-D view: one item, or items side by side). */
  get cContiguous(): boolean {
    if (this.ndim === 1) return this.shape[0] === 1 || this.strides[0] === this.itemsize;
    return this.contiguousIn([...this.shape.keys()].reverse());
  }
  get fContiguous(): boolean {
    if (this.ndim === 1) return this.cContiguous;
    return this.contiguousIn([...this.shape.keys()]);
  }
  private contiguousIn(dims: number[]): boolean {
    if (this.shape.includes(0)) return true;
    let step = this.itemsize;
    for (const d of dims) {
      if (this.shape[d] > 1 && this.strides[d] !== step) return false;
      step *= this.shape[d];
    }
    return true;
  }

  /** Byte offsets of every item, in C order (the last dimension fastest) or Fortran order. */
  offsets(fortran = false): number[] {
    const out: number[] = [];
    const dims = [...this.shape.keys()];
    if (fortran) dims.reverse();
    const walk = (k: number, at: number) => {
      if (k === dims.length) {
        out.push(at);
        return;
      }
      const d = dims[k];
      for (let i = 0; i < this.shape[d]; i++) walk(k + 1, at + i * this.strides[d]);
    };
    walk(0, this.start);
    return out;
  }

  /** The bytes of the items in C order (or Fortran order), copied. */
  bytes(fortran = false): Uint8Array {
    const d = this.data;
    if (this.cContiguous && (!fortran || this.fContiguous)) return Uint8Array.from(this.window());
    const size = this.itemsize;
    const offs = this.offsets(fortran);
    const out = new Uint8Array(offs.length * size);
    offs.forEach((o, i) => {
      for (let k = 0; k < size; k++) out[i * size + k] = d[o + k];
    });
    return out;
  }

  /** The bytes of a contiguous view, without copying where the exporter's own array will do. */
  private window(): ArrayLike<number> {
    const d = this.base.data;
    const end = this.start + this.nbytes;
    if (this.start === 0 && end === d.length) return d;
    return d instanceof Uint8Array ? d.subarray(this.start, end) : d.slice(this.start, end);
  }

  exportBytes(): ArrayLike<number> {
    this.live();
    if (!this.cContiguous) throw pyError('BufferError', 'memoryview: underlying buffer is not C-contiguous');
    return this.window();
  }

  canExport(): boolean {
    return !this.released && this.cContiguous;
  }

  allBytes(): ArrayLike<number> {
    return this.live().bytes();
  }

  writable(): WritableBytes | null {
    if (this.released || this.readOnly || !this.cContiguous) return null;
    return { length: this.nbytes, write: (at, bytes) => this.writeBytes(at, bytes) };
  }

  /** Writes `bytes` at byte `at` of this (contiguous, writable) view. */
  writeBytes(at: number, bytes: ArrayLike<number>): void {
    const d = (this.base as PyByteArray).data;
    for (let k = 0; k < bytes.length; k++) {
      const i = this.start + at + k;
      // A view left over a bytearray that shrank writes nothing past its end.
      if (i < d.length) d[i] = bytes[k];
    }
  }

  pyLen(): number {
    this.live();
    if (this.ndim === 0) {
      // 3.11 counted a 0-dim view as one item.
      if (run.minor < 12) return 1;
      throw pyError('TypeError', '0-dim memory has no length');
    }
    return this.shape[0];
  }
}

const MV = (v: PyValue) => v as PyMemoryView;

/** A view of all of `obj` (bytes-like), or of what another view shows. */
function memoryviewOf(obj: PyValue): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    obj.live();
    return obj.derive(obj.start, obj.shape.slice(), obj.strides.slice());
  }
  if (obj instanceof PyBytes || obj instanceof PyByteArray) {
    const n = obj.data.length;
    return new PyMemoryView(obj, 0, [n], [1], 'B', 1, obj instanceof PyBytes);
  }
  const exported = pythonBufferView(obj);
  if (exported instanceof PyMemoryView) return memoryviewOf(exported);
  throw pyError('TypeError', `memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
}

const NEW_SIG = signature('memoryview', '(object)');
memoryviewClass.slots.call = (_cls, args, kw) => memoryviewOf(NEW_SIG.bind(args, kw)[0]);

defNativeMethod(memoryviewClass, '__repr__', 'wrapper()', (self) =>
  MV(self).released ? `<released memory at ${addressOf(MV(self))}>` : `<memory at ${addressOf(MV(self))}>`,
);
defNativeMethod(memoryviewClass, '__len__', 'wrapper()', (self) => BigInt(MV(self).pyLen()));
defNativeMethod(memoryviewClass, 'release', '()', (self) => (MV(self).release(), null));
defNativeMethod(memoryviewClass, '__enter__', '()', (self) => MV(self).live());
defNativeMethod(memoryviewClass, '__exit__', '(*exc_info)', (self) => (MV(self).release(), null));
defNativeMethod(memoryviewClass, 'toreadonly', '()', (self) => {
  const m = MV(self).live();
  return new PyMemoryView(m.base, m.start, m.shape.slice(), m.strides.slice(), m.format, m.itemsize, true);
});

// ------------------------------------------------------------------ attributes

const ints = (xs: number[]) => new PyTuple(xs.map((x) => BigInt(x)));
const ATTRIBUTES: Record<string, (m: PyMemoryView) => PyValue> = {
  obj: (m) => m.base,
  nbytes: (m) => BigInt(m.nbytes),
  readonly: (m) => m.readOnly,
  itemsize: (m) => BigInt(m.itemsize),
  format: (m) => m.format,
  ndim: (m) => BigInt(m.ndim),
  shape: (m) => ints(m.shape),
  strides: (m) => ints(m.strides),
  suboffsets: () => new PyTuple([]),
  c_contiguous: (m) => m.cContiguous,
  f_contiguous: (m) => m.fContiguous,
  contiguous: (m) => m.cContiguous || m.fContiguous,
};

const proto = PyMemoryView.prototype as unknown as {
  getAttr(o: PyObject, name: string): PyValue | undefined;
  setAttr(name: string, v: PyValue): boolean;
};
proto.getAttr = function (this: PyMemoryView, _o: PyObject, name: string): PyValue | undefined {
  const get = Object.hasOwn(ATTRIBUTES, name) ? ATTRIBUTES[name] : undefined;
  return get === undefined ? undefined : get(this.live());
};
// The attributes are read-only getters (CPython's getset descriptors).
proto.setAttr = function (name: string): boolean {
  if (Object.hasOwn(ATTRIBUTES, name))
    throw pyError('AttributeError', `attribute '${name}' of 'memoryview' objects is not writable`);
  return false;
};

// ------------------------------------------------------------------ cast

const BAD_FORMAT =
  "memoryview: destination format must be a native single character format prefixed with an optional '@'";

defNativeMethod(memoryviewClass, 'cast', '(format[, shape])', (self, [format, shape]) => {
  const m = MV(self).live();
  if (typeof format !== 'string')
    throw pyError('TypeError', `cast() argument 'format' must be str, not ${typeName(format)}`);
  if (!m.cContiguous) throw pyError('TypeError', 'memoryview: casts are restricted to C-contiguous views');
  if ((shape !== undefined || m.ndim !== 1) && m.shape.includes(0))
    throw pyError('TypeError', 'memoryview: cannot cast view with zeros in shape or strides');
  let dims: PyValue[] | null = null;
  if (shape !== undefined) {
    if (!(shape instanceof PyList || shape instanceof PyTuple))
      throw pyError('TypeError', 'shape must be a list or a tuple');
    dims = shape.items;
    if (dims.length > 64) throw pyError('ValueError', 'memoryview: number of dimensions must not exceed 64');
    if (m.ndim !== 1 && dims.length !== 1) throw pyError('TypeError', 'memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  const code = nativeCode(format);
  if (code === null) throw pyError('ValueError', BAD_FORMAT);
  if (!isByteCode(m.code) && !isByteCode(code))
    throw pyError('TypeError', 'memoryview: cannot cast between two non-byte formats');
  const size = itemSizeOf(code);
  const total = m.nbytes;
  if (total % size) throw pyError('TypeError', 'memoryview: length is not a multiple of itemsize');
  if (dims === null) return m.derive(m.start, [total / size], [size], format, size);
  const lengths = dims.map((x) => {
    if (typeof x !== 'bigint' && typeof x !== 'boolean')
      throw pyError('TypeError', 'memoryview.cast(): elements of shape must be integers');
    const n = Number(x);
    if (n <= 0) throw pyError('ValueError', 'memoryview.cast(): elements of shape must be integers > 0');
    return n;
  });
  if (lengths.reduce((a, b) => a * b, size) !== total)
    throw pyError('TypeError', 'memoryview: product(shape) * itemsize != buffer size');
  const strides = lengths.map(() => 0);
  let step = size;
  for (let d = lengths.length - 1; d >= 0; d--) {
    strides[d] = step;
    step *= lengths[d];
  }
  return m.derive(m.start, lengths, strides, format, size);
});
