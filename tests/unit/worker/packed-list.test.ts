/**
 * A packed list (src/lib/worker/packed-list.ts) reads back item for item as the list it was made
 * from, numbers JSON cannot carry included, and behaves as an array for the code that reads it.
 */
import { describe, it, expect } from 'vitest';
import { packItems, unpackedList, type PackedSlice } from '../../../src/lib/worker/packed-list';

const items: unknown[] = [
  { step: 0, ready: ['step Task-1'], timers: [[0.5, 'Task-1 sleep']], why: { kind: 'start' } },
  { step: 1, ready: [], timers: [[Infinity, 'never']], waitsOn: null },
  { step: 2, locals: [['x', 'nan']], due: NaN },
  { step: 3, late: -0 },
  { step: 4, frames: [{ call: 'main()', line: 3, locals: [['s', 'é ✓ "q"\n']] }] },
  null,
  { step: 6 },
];

/** The list in slices of `size`, sent through structured clone (as postMessage does), in reverse order. */
function roundTrip(list: unknown[], size: number): unknown[] {
  const slices: PackedSlice[] = [];
  for (let from = 0; from < list.length; from += size) slices.push(packItems(list.slice(from, from + size), from));
  return unpackedList(list.length, structuredClone(slices).reverse());
}

describe('a packed list', () => {
  for (const size of [1, 3, 100])
    it(`reads back every item as it was, in slices of ${size}`, () => {
      const back = roundTrip(items, size);
      expect(back.length).toBe(items.length);
      for (let i = 0; i < items.length; i++) expect(back[i]).toEqual(items[i]);
      expect((back[1] as { timers: [number, string][] }).timers[0][0]).toBe(Infinity);
      expect(Number.isNaN((back[2] as { due: number }).due)).toBe(true);
      expect(Object.is((back[3] as { late: number }).late, -0)).toBe(true);
    });

  it('behaves as an array', () => {
    const back = roundTrip(items, 2);
    expect(Array.isArray(back)).toBe(true);
    expect(back).toEqual(items);
    expect(back.map((d) => (d as { step?: number } | null)?.step ?? -1)).toEqual([0, 1, 2, 3, 4, -1, 6]);
    expect(back.some((d) => d === null)).toBe(true);
    expect([...back].length).toBe(items.length);
    expect(back[items.length]).toBeUndefined();
    expect(back[-1]).toBeUndefined();
    expect(JSON.stringify(back.slice(4))).toBe(JSON.stringify(items.slice(4)));
  });

  it('refuses a list with a slice missing', () => {
    const slices = [packItems(items.slice(0, 3), 0), packItems(items.slice(6), 6)];
    expect(() => unpackedList(items.length, slices)).toThrow(/missing/);
  });
});
