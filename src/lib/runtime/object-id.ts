/**
 * `id(v)`: an object's address; an int, float, str, bool or None (values the runtime keeps
 * unboxed) gets one address per distinct value for the run, as CPython's cached and interned
 * objects have.
 */
import { PyObject, addressOf, type PyValue } from './core';
import { run } from './run';

export function objectId(v: PyValue): bigint {
  if (v instanceof PyObject) return BigInt(Number.parseInt(addressOf(v).slice(2), 16));
  const key = typeof v + ':' + String(v);
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
