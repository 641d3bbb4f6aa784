/**
 * `id(v)`: an object's address; an int, float, str, bool or None (values the runtime keeps
 * unboxed) gets one address per distinct value for the run, as CPython's cached and interned
 * objects have.
 */
import { PyBytes, PyObject, PyTuple, addressOf, bytesClass, tupleClass, type PyValue } from './core';
import { run } from './run';

/**
 * CPython's empty tuple and empty bytes are single objects (`() is tuple()`, `b'' is bytes()`):
 * the key every one of them shares here, or null for any other value.
 */
export function emptySingleton(v: PyValue): string | null {
  if (v instanceof PyTuple) return v.cls === tupleClass && v.items.length === 0 ? 'tuple:()' : null;
  if (v instanceof PyBytes) return v.cls === bytesClass && v.data.length === 0 ? "bytes:b''" : null;
  return null;
}

export function objectId(v: PyValue): bigint {
  const single = v instanceof PyObject ? emptySingleton(v) : null;
  if (v instanceof PyObject && single === null) return BigInt(Number.parseInt(addressOf(v).slice(2), 16));
  const key = single ?? typeof v + ':' + String(v);
  const primitiveIds = run.primitiveIds;
  let id = primitiveIds.get(key);
  if (id === undefined) {
    id = 0x7e0000000000n + BigInt(primitiveIds.size + 1) * 32n;
    primitiveIds.set(key, id);
  }
  return id;
}

/** The address repr() shows: `0x7f...`. */
export function addressOfValue(v: PyValue): string {
  return '0x' + objectId(v).toString(16);
}
