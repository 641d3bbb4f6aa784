/**
 * Values whose repr can be reused from an earlier step when the value is `===` the same and is
 * the same Map key: ints, strings, bools and None. Not floats (0.0 === -0.0, and they are one
 * Map key, but their reprs differ), not objects (they change in place).
 */
import type { PyValue } from '../runtime/core';

export function reprStays(v: PyValue): boolean {
  return v === null || typeof v === 'bigint' || typeof v === 'string' || typeof v === 'boolean';
}
