/** runtime/small-int.ts: the int a range loop hands out is the number's exact value, shared or not. */
import { describe, it, expect } from 'vitest';
import { smallInt } from '../../../src/lib/runtime/small-int';

describe('smallInt', () => {
  it('gives the exact int inside and outside its table', () => {
    for (const n of [0, 1, 255, 65535, 65536, -1, -65536, 2 ** 52, -(2 ** 52), 2 ** 53]) {
      expect(smallInt(n)).toBe(BigInt(n));
      expect(typeof smallInt(n)).toBe('bigint');
    }
  });

  it('gives the same value again for a number it made before', () => {
    const a = smallInt(40_000);
    expect(smallInt(40_000)).toBe(a);
    expect(smallInt(40_001)).toBe(a + 1n);
  });
});
