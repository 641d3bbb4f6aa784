/**
 * A packed list (src/lib/worker/packed-list.ts) reads back item for item as the list it was made
 * from, numbers JSON cannot carry included, and behaves as an array for the code that reads it.
 */
import { describe, it, expect } from 'vitest';
import { packList, unpackedList } from '../../../src/lib/worker/packed-list';

/** [1, <hole>, 3]: JSON would fill the hole with null. */
const holey = () => {
  const a = [1, 2, 3];
  delete a[1];
  return a;
};

const items: unknown[] = [
  { step: 0, ready: ['step Task-1'], timers: [[0.5, 'Task-1 sleep']], why: { kind: 'start' } },
  { step: 1, ready: [], timers: [[Infinity, 'never']], waitsOn: null },
  { step: 2, locals: [['x', 'nan']], due: NaN },
  { step: 3, late: -0 },
  { step: 4, frames: [{ call: 'main()', line: 3, locals: [['s', 'é ✓ "q"\n']] }] },
  null,
  { step: 6 },
  { step: 7, gone: undefined, holes: holey() },
];

/** The list in slices of about `chars` characters, sent through structured clone (as postMessage does), in reverse order. */
function roundTrip(list: unknown[], chars: number): unknown[] {
  return unpackedList(list.length, structuredClone(packList(list, chars)).reverse());
}

describe('a packed list', () => {
  for (const chars of [1, 60, Infinity])
    it(`reads back every item as it was, in slices of about ${chars} characters`, () => {
      const back = roundTrip(items, chars);
      expect(back.length).toBe(items.length);
      for (let i = 0; i < items.length; i++) expect(back[i]).toEqual(items[i]);
      expect((back[1] as { timers: [number, string][] }).timers[0][0]).toBe(Infinity);
      expect(Number.isNaN((back[2] as { due: number }).due)).toBe(true);
      expect(Object.is((back[3] as { late: number }).late, -0)).toBe(true);
      expect('gone' in (back[7] as object)).toBe(true);
      expect(1 in (back[7] as { holes: number[] }).holes).toBe(false);
    });

  it('behaves as an array', () => {
    const back = roundTrip(items, 40);
    expect(Array.isArray(back)).toBe(true);
    expect(back).toEqual(items);
    expect(back.map((d) => (d as { step?: number } | null)?.step ?? -1)).toEqual([0, 1, 2, 3, 4, -1, 6, 7]);
    expect(back.some((d) => d === null)).toBe(true);
    expect([...back].length).toBe(items.length);
    expect(back[items.length]).toBeUndefined();
    expect(back[-1]).toBeUndefined();
    expect(JSON.stringify(back.slice(4))).toBe(JSON.stringify(items.slice(4)));
  });

  it('cuts slices at the character budget, each holding at least one item', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => ({ t: i / 10, text: `${'x'.repeat(i % 37)}\n` }));
    const slices = packList(lines, 2000);
    expect(slices.length).toBeGreaterThan(10);
    expect(slices.map((s) => s.from)).toEqual(
      slices.map((_, k) => slices.slice(0, k).reduce((a, s) => a + s.count, 0)),
    );
    // Every slice but the last reached the budget with its last item, and not before it.
    for (const s of slices.slice(0, -1)) {
      expect(s.text.length).toBeGreaterThanOrEqual(2000);
      expect(s.ends[s.count - 2]).toBeLessThan(2000);
    }
    expect(packList([], 10)).toEqual([{ from: 0, count: 0, text: '', ends: new Int32Array(0), odd: [] }]);
    expect(packList([{ big: 'y'.repeat(100) }], 10).map((s) => s.count)).toEqual([1]);
    const back = unpackedList(lines.length, structuredClone(slices));
    for (const i of [0, 1, 499, 998, 999, 3, 600]) expect(back[i]).toEqual(lines[i]);
  });

  it('refuses a list with a slice missing', () => {
    const slices = packList(items, 1);
    expect(() => unpackedList(items.length, [...slices.slice(0, 3), ...slices.slice(4)])).toThrow(/missing/);
  });
});
