/**
 * The buffer protocol as far as Loopline has it: bytes, bytearray and memoryview hand their bytes
 * to whatever takes "a bytes-like object" (bufferOf is the one place that asks), and a bytearray
 * knows the memoryviews over it (its exports): while one is alive the bytearray may not change
 * size, as CPython's `Existing exports of data` rule says.
 */
import { PyBytes, PyObject, pyError, typeName, type PyValue } from '../core';
import { callMethod } from '../ops';
import { RunSlot, run } from '../run';

/** An object other than bytes that exports its bytes (bytearray, memoryview). */
export interface BufferExporter {
  /**
   * Its bytes in C order; throws as CPython's getbuffer fails (a released view's ValueError, a
   * non-contiguous view's BufferError).
   */
  exportBytes(): ArrayLike<number>;
  /** Whether exportBytes would give them (a view that is neither released nor strided). */
  canExport(): boolean;
  /** Its bytes in C order, copied together if need be (a released view's ValueError). */
  allBytes(): ArrayLike<number>;
  /** Where its bytes can be written in place; null for read-only (or released, or strided) memory. */
  writable(): WritableBytes | null;
}

/** Bytes a function may write into (struct.pack_into's `w*` argument). */
export interface WritableBytes {
  length: number;
  write(at: number, bytes: ArrayLike<number>): void;
}

function exporter(v: PyValue): BufferExporter | null {
  if (!(v instanceof PyObject)) return null;
  if (typeof (v as Partial<BufferExporter>).exportBytes === 'function') return v as unknown as BufferExporter;
  const view = pythonExport(v);
  return view === null ? null : exporter(view);
}

/**
 * What an object written in Python exports: the memoryview its class's `__buffer__` returns (PEP
 * 688, from 3.12), or, in every version, that of a library class CPython writes in C (array.array).
 */
function pythonExport(v: PyObject): PyValue | null {
  if (v.cls.isBuiltin || (run.minor < 12 && v.cls.tpName === undefined)) return null;
  const m = v.cls.lookup('__buffer__');
  if (m === undefined) return null;
  const view = callMethod(m, v, [0n]);
  return view instanceof PyObject && typeof (view as Partial<BufferExporter>).exportBytes === 'function' ? view : null;
}

/** The memoryview a Python-written exporter gives (see pythonExport); null for anything else. */
export function pythonBufferView(v: PyValue): PyValue | null {
  return v instanceof PyObject && typeof (v as Partial<BufferExporter>).exportBytes !== 'function'
    ? pythonExport(v)
    : null;
}

/** Does `v` support the buffer protocol (bytes, bytearray, memoryview, their subclasses)? */
export function hasBuffer(v: PyValue): boolean {
  return v instanceof PyBytes || exporter(v) !== null;
}

/** The bytes of a bytes-like value (a view's failure raised); null for a value that has no buffer. */
export function bufferOf(v: PyValue): ArrayLike<number> | null {
  if (v instanceof PyBytes) return v.data;
  const e = exporter(v);
  return e === null ? null : e.exportBytes();
}

/** Every byte of a bytes-like value in C order, a strided view's too (what bytes() copies); null without a buffer. */
export function wholeBufferOf(v: PyValue): ArrayLike<number> | null {
  if (v instanceof PyBytes) return v.data;
  const e = exporter(v);
  return e === null ? null : e.allBytes();
}

/** The writable bytes of a read-write bytes-like value (bytearray, a view of one); null for anything else. */
export function writableBufferOf(v: PyValue): WritableBytes | null {
  const e = exporter(v);
  return e === null ? null : e.writable();
}

/**
 * The bytes of a bytes-like value, or null where a consumer that words its own TypeError (`can't
 * concat`, `expected a bytes-like object`) would refuse it: no buffer, or a view that cannot give one.
 */
export function bufferOrNull(v: PyValue): ArrayLike<number> | null {
  if (v instanceof PyBytes) return v.data;
  const e = exporter(v);
  return e === null || !e.canExport() ? null : e.exportBytes();
}

/** A bytes-like argument, with CPython's message for anything else. */
export function bufferArg(v: PyValue): ArrayLike<number> {
  const b = bufferOf(v);
  if (b === null) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

// ------------------------------------------------------------------ exports

/**
 * The views over each exporting object. Kept outside the objects (a WeakMap is never followed by
 * a reachability search): a bytearray does not hold its views alive, they hold it.
 */
const exportsOf = new WeakMap<PyObject, Set<PyObject>>();

export function addExport(base: PyObject, view: PyObject): void {
  let s = exportsOf.get(base);
  if (s === undefined) exportsOf.set(base, (s = new Set()));
  s.add(view);
}

export function removeExport(base: PyObject, view: PyObject): void {
  exportsOf.get(base)?.delete(view);
}

/**
 * Which of `objects` the program still holds, the values `extra` (a call's own arguments) counted
 * as held. CPython frees a view the moment its last reference goes; Loopline has no reference
 * counts, so the simulation answers by a reachability search (sim/runners.ts sets this). Without a
 * simulation every view counts as held.
 */
export const heldObjects = new RunSlot<{ held(objects: PyObject[], extra: PyValue[]): Set<PyObject> } | null>(
  'held objects',
  () => null,
);

/**
 * Before `base` changes size: BufferError while a view over it is alive. A view the program no
 * longer reaches is one CPython has already freed (and so released).
 */
export function checkResizable(base: PyObject, extra: PyValue[] = []): void {
  const views = exportsOf.get(base);
  if (views === undefined || views.size === 0) return;
  const h = run.get(heldObjects);
  if (h !== null) {
    const held = h.held([...views], extra);
    for (const v of views) if (!held.has(v)) views.delete(v);
  }
  if (views.size > 0) throw pyError('BufferError', 'Existing exports of data: object cannot be re-sized');
}
