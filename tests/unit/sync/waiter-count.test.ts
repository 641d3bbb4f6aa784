/**
 * WaiterCount (sim/waiter-count.ts) keeps the number of pending futures in a waiter deque from
 * what changed since its last update: after every random mix of appends, removals, completions
 * and reorders it must say what a walk over the whole deque says.
 */
import { describe, it, expect } from 'vitest';
import { WaiterCount, type WaiterDeque } from '../../../src/lib/sim/waiter-count';
import type { Future } from '../../../src/lib/sim/futures';

class FakeFuture {
  state = 'PENDING';
  done(): boolean {
    return this.state !== 'PENDING';
  }
}

/** A deque as the runtime keeps it: popleft advances `head`, every change bumps `state`. */
class FakeDeque {
  items: FakeFuture[] = [];
  head = 0;
  state = 0;
  live(): FakeFuture[] {
    return this.items.slice(this.head);
  }
  append(f: FakeFuture): void {
    this.state++;
    this.items.push(f);
  }
  appendleft(f: FakeFuture): void {
    this.state++;
    this.items.splice(this.head, 0, f);
  }
  removeAt(i: number): void {
    this.state++;
    if (i === 0) this.items[this.head++] = null as unknown as FakeFuture;
    else this.items.splice(this.head + i, 1);
  }
  rotate(): void {
    this.state++;
    const l = this.live();
    this.items = l.slice(1).concat(l.slice(0, 1));
    this.head = 0;
  }
}

/** A small deterministic random generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The deque as WaiterCount sees it (its items stand for futures). */
const seen = (dq: FakeDeque) => dq as unknown as WaiterDeque;
const walk = (dq: FakeDeque) => dq.live().filter((f) => !f.done()).length;

describe('WaiterCount', () => {
  it('counts what a full walk counts after random changes between updates', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      const dq = new FakeDeque();
      const wc = new WaiterCount();
      for (let step = 0; step < 300; step++) {
        const changes = Math.floor(r() * 4);
        for (let c = 0; c < changes; c++) {
          const x = r();
          const live = dq.live();
          if (x < 0.4) dq.append(new FakeFuture());
          else if (x < 0.45) dq.appendleft(new FakeFuture());
          else if (x < 0.7 && live.length) {
            // Mostly the way asyncio's locks do it: a woken (done) waiter takes itself out.
            const done = live.findIndex((f) => f.done());
            dq.removeAt(done >= 0 && r() < 0.9 ? done : Math.floor(r() * live.length));
          } else if (x < 0.95 && live.length) {
            const f = live[Math.floor(r() * live.length)];
            if (!f.done()) {
              f.state = r() < 0.5 ? 'FINISHED' : 'CANCELLED';
              wc.completed(f as unknown as Future);
            }
          } else if (live.length) dq.rotate();
        }
        expect(wc.update(seen(dq))).toBe(walk(dq));
      }
    }
  });

  it('counts none for no deque, and starts over on another deque', () => {
    const wc = new WaiterCount();
    expect(wc.update(null)).toBe(0);
    const a = new FakeDeque();
    a.append(new FakeFuture());
    expect(wc.update(seen(a))).toBe(1);
    const b = new FakeDeque();
    b.append(new FakeFuture());
    b.append(new FakeFuture());
    expect(wc.update(seen(b))).toBe(2);
    expect(wc.update(null)).toBe(0);
  });
});
