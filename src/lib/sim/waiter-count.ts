/**
 * How many futures in a lock's waiter deque are still pending, kept up to date from what changed
 * since the last step instead of a walk over the whole deque after every step (a Semaphore that
 * 2,000 tasks queue on would cost 2,000 checks a step). The deque's change counter tells how many
 * changes there were: appends at the tail and removals of futures already done are followed one
 * by one; anything else (appendleft, rotate, a pending future taken out) recounts.
 */
import type { PyValue } from '../runtime/core';
import type { Future } from './futures';

/** A deque as the runtime keeps it: live items are items[head..]; `state` counts its changes. */
export interface WaiterDeque {
  items: PyValue[];
  head: number;
  state?: number;
}

/** Done futures followed one by one at most; past that a removal recounts. */
const DONE_FOLLOWED = 8;

export class WaiterCount {
  private dq: WaiterDeque | null = null;
  private state = 0;
  private size = 0;
  private first: PyValue | undefined = undefined;
  private last: PyValue | undefined = undefined;
  /** The deque's futures at the last update, and those of them that are done. */
  private members = new Set<Future>();
  private doneIn = new Set<Future>();
  /** Pending futures in the deque at the last update. */
  pending = 0;

  /** Future `f` completed (told of every completion: most are not in this deque). */
  completed(f: Future): void {
    if (this.members.has(f) && !this.doneIn.has(f)) {
      this.doneIn.add(f);
      this.pending--;
    }
  }

  /** The number of pending futures in `dq` now (null: no deque, none). */
  update(dq: WaiterDeque | null): number {
    if (dq === null) {
      if (this.dq !== null) this.reset(null);
      return 0;
    }
    if (dq !== this.dq || typeof dq.state !== 'number') return this.recount(dq);
    const changes = dq.state - this.state;
    if (changes === 0) return this.pending;
    const grown = dq.items.length - dq.head - this.size;
    const followed = changes === grown ? this.appended(dq, grown) : changes === -grown && this.removed(dq, -grown);
    if (!followed) return this.recount(dq);
    this.mark(dq);
    return this.pending;
  }

  /** Only appends happened: the old ends are where they were and the new futures follow. */
  private appended(dq: WaiterDeque, n: number): boolean {
    const { items, head } = dq;
    if (n <= 0) return false;
    if (this.size > 0 && (items[head] !== this.first || items[head + this.size - 1] !== this.last)) return false;
    for (let i = head + this.size; i < items.length; i++) {
      const f = items[i] as Future;
      this.members.add(f);
      if (f.done()) this.doneIn.add(f);
      else this.pending++;
    }
    return true;
  }

  /** Only removals happened: they must be exactly done futures the deque held (then `pending` stands). */
  private removed(dq: WaiterDeque, n: number): boolean {
    if (this.doneIn.size > DONE_FOLLOWED) return false;
    const { items, head } = dq;
    const gone: Future[] = [];
    for (const f of this.doneIn) if (items.indexOf(f, head) < 0) gone.push(f);
    if (gone.length !== n) return false;
    if (
      items.length > head &&
      (!this.members.has(items[head] as Future) || !this.members.has(items[items.length - 1] as Future))
    )
      return false;
    for (const f of gone) {
      this.doneIn.delete(f);
      this.members.delete(f);
    }
    return true;
  }

  private recount(dq: WaiterDeque): number {
    this.reset(dq);
    const { items, head } = dq;
    for (let i = head; i < items.length; i++) {
      const f = items[i] as Future;
      this.members.add(f);
      if (f.done()) this.doneIn.add(f);
      else this.pending++;
    }
    this.mark(dq);
    return this.pending;
  }

  private reset(dq: WaiterDeque | null): void {
    this.dq = dq;
    this.members.clear();
    this.doneIn.clear();
    this.pending = 0;
    this.size = 0;
  }

  private mark(dq: WaiterDeque): void {
    this.state = dq.state ?? 0;
    this.size = dq.items.length - dq.head;
    this.first = dq.items[dq.head];
    this.last = dq.items[dq.items.length - 1];
  }
}
