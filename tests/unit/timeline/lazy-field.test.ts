/** Lazy fields (timeline/lazy-field.ts): made at the first read, once; a write replaces them; copies see them. */
import { describe, it, expect } from 'vitest';
import { isUnmade, lazyFields, lazySpec } from '../../../src/lib/timeline/lazy-field';

describe('lazyFields', () => {
  it('makes a field at its first read, once, with the shared maker', () => {
    const calls: string[] = [];
    const make = (o: { id: number }, key: string) => {
      calls.push(`${o.id}.${key}`);
      return [o.id, key];
    };
    const a = { id: 1 } as { id: number; xs: unknown; ys: unknown };
    const b = { id: 2 } as { id: number; xs: unknown; ys: unknown };
    const spec = lazySpec(['xs', 'ys'], make);
    lazyFields(a, spec);
    lazyFields(b, spec);
    expect(calls).toEqual([]);
    expect(isUnmade(a, 'xs')).toBe(true);
    expect(a.xs).toEqual([1, 'xs']);
    expect(a.xs).toBe(a.xs);
    expect(b.ys).toEqual([2, 'ys']);
    expect(calls).toEqual(['1.xs', '2.ys']);
    expect(isUnmade(a, 'xs')).toBe(false);
    expect(isUnmade(a, 'ys')).toBe(true);
    expect(isUnmade(a, 'id')).toBe(false);
    // A write replaces the field without making it.
    a.ys = 'written';
    expect(a.ys).toBe('written');
    expect(isUnmade(a, 'ys')).toBe(false);
    expect(calls).toEqual(['1.xs', '2.ys']);
    // Copies and comparisons see every field.
    expect({ ...b }).toEqual({ id: 2, xs: [2, 'xs'], ys: [2, 'ys'] });
    expect(Object.keys(b)).toEqual(['id', 'xs', 'ys']);
  });
});
