/**
 * runtime/shaped-dict.ts: an instance dict kept as a shared shape and an array of values answers
 * as a Map does (order, deletion, clear, live iteration), and shares shapes between dicts that
 * gained the same names in the same order.
 */
import { describe, it, expect } from 'vitest';
import { ShapedDict, emptyShape } from '../../../src/lib/runtime/shaped-dict';
import type { PyValue } from '../../../src/lib/runtime/core';

/** A small deterministic generator (xorshift), so a failing sequence is the same at every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

const same = (d: ShapedDict, m: Map<string, PyValue>) => {
  expect(d.size).toBe(m.size);
  expect([...d]).toEqual([...m]);
  expect([...d.keys()]).toEqual([...m.keys()]);
  expect([...d.values()]).toEqual([...m.values()]);
  const seen: [string, PyValue][] = [];
  d.forEach((v, k, map) => {
    expect(map).toBe(d);
    seen.push([k, v]);
  });
  expect(seen).toEqual([...m.entries()]);
};

describe('ShapedDict', () => {
  it('shares a shape between dicts given the same names in the same order', () => {
    const a = new ShapedDict();
    const b = new ShapedDict();
    expect(a.shape).toBe(emptyShape);
    a.set('x', 1n).set('y', 2n);
    b.set('x', 3n);
    expect(b.shape).not.toBe(a.shape);
    b.set('y', 4n);
    expect(b.shape).toBe(a.shape);
    expect(a.shape!.names).toEqual(['x', 'y']);
    expect(b.vals).toEqual([3n, 4n]);
    // Replacing a value keeps the shape; another order is another shape.
    b.set('x', 5n);
    expect(b.shape).toBe(a.shape);
    const c = new ShapedDict().set('y', 1n).set('x', 2n);
    expect(c.shape).not.toBe(a.shape);
    expect([...c.keys()]).toEqual(['y', 'x']);
  });

  it('leaves its shape at a deletion or clear, keeping the order a Map keeps', () => {
    const d = new ShapedDict().set('a', 1n).set('b', 2n).set('c', 3n);
    expect(d.delete('zz')).toBe(false);
    expect(d.shape).not.toBe(null);
    expect(d.delete('b')).toBe(true);
    expect(d.shape).toBe(null);
    d.set('b', 4n);
    expect([...d]).toEqual([
      ['a', 1n],
      ['c', 3n],
      ['b', 4n],
    ]);
    d.clear();
    expect(d.size).toBe(0);
    d.set('z', null);
    expect(d.get('z')).toBe(null);
    expect(d.has('a')).toBe(false);
  });

  it('keeps a dict with very many names in Map storage', () => {
    const d = new ShapedDict();
    for (let i = 0; i < 200; i++) {
      d.set(`n${i}`, BigInt(i));
      if (i < 64) expect(d.vals.length).toBe(i + 1);
    }
    expect(d.shape).toBe(null);
    expect(d.size).toBe(200);
    expect([...d.keys()].slice(-2)).toEqual(['n198', 'n199']);
    expect(d.get('n64')).toBe(64n);
  });

  it('is used as a Map (Map copies, spread, toStringTag)', () => {
    const d = new ShapedDict().set('p', 'q');
    expect(Object.prototype.toString.call(d)).toBe('[object Map]');
    expect(new Map(d)).toEqual(new Map([['p', 'q']]));
    expect(Object.fromEntries(d)).toEqual({ p: 'q' });
  });

  it('answers as a Map under random operations, with iterators running meanwhile', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (let seed = 1; seed <= 150; seed++) {
      const r = rng(seed);
      const d = new ShapedDict();
      const m = new Map<string, PyValue>();
      // Pairs of live iterators, one over each, stepped together between operations.
      const its: [Iterator<[string, PyValue]>, Iterator<[string, PyValue]>][] = [];
      for (let step = 0; step < 40; step++) {
        const k = names[Math.floor(r() * names.length)];
        const op = r();
        if (op < 0.55) {
          const v = BigInt(step);
          d.set(k, v);
          m.set(k, v);
        } else if (op < 0.75) expect(d.delete(k)).toBe(m.delete(k));
        else if (op < 0.78) {
          d.clear();
          m.clear();
        } else if (op < 0.88) its.push([d.entries(), m.entries()]);
        else {
          for (const [x, y] of its) expect(x.next()).toEqual(y.next());
        }
        expect(d.get(k)).toBe(m.get(k));
        expect(d.has(k)).toBe(m.has(k));
      }
      same(d, m);
      for (const [x, y] of its) {
        for (let i = 0; i < 10; i++) expect(x.next()).toEqual(y.next());
      }
    }
  });
});
