/**
 * collections.deque, natively: asyncio's queues and locks keep their waiters in deques, so this
 * sits on the simulator's hot path.
 */
import { PyObject, builtinClass, defMethod, pyError, type PyValue } from '../core';
import { eq, repr, iterToArray, toIndex, normIndex, type PyIterator } from '../ops';

export const dequeClass = builtinClass('deque');
dequeClass.module = 'collections';

export class PyDeque extends PyObject {
  /** Live items are items[head..]; popleft just advances head. */
  items: PyValue[] = [];
  head = 0;
  constructor(public maxlen: number | null) {
    super(dequeClass);
  }
  get size(): number {
    return this.items.length - this.head;
  }
  live(): PyValue[] {
    if (this.head) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return this.items;
  }
  append(v: PyValue): void {
    this.items.push(v);
    if (this.maxlen !== null && this.size > this.maxlen) this.popleft();
  }
  appendleft(v: PyValue): void {
    if (this.head > 0) this.items[--this.head] = v;
    else this.items.unshift(v);
    if (this.maxlen !== null && this.size > this.maxlen) this.items.pop();
  }
  popleft(): PyValue {
    if (this.size === 0) throw pyError('IndexError', 'pop from an empty deque');
    const v = this.items[this.head];
    this.items[this.head++] = null;
    if (this.head > 32 && this.head * 2 > this.items.length) this.live();
    return v;
  }
  pyLen(): number {
    return this.size;
  }
  pyIter(): PyIterator {
    const snapshot = this.items.slice(this.head);
    const self = this;
    const n = this.size;
    let i = 0;
    return {
      next: () => {
        if (self.size !== n) throw pyError('RuntimeError', 'deque mutated during iteration');
        return i < snapshot.length ? snapshot[i++] : undefined;
      },
    };
  }
  pyGetItem(k: PyValue): PyValue {
    const i = normIndex(k, this.size);
    if (i < 0) throw pyError('IndexError', 'deque index out of range');
    return this.items[this.head + i];
  }
}

dequeClass.slots.call = (_cls, args, kw) => {
  const ml = kw?.get('maxlen') ?? args[1] ?? null;
  const d = new PyDeque(ml === null ? null : Number(toIndex(ml)));
  if (args.length && args[0] !== null) for (const v of iterToArray(args[0])) d.append(v);
  return d;
};

const dq = (v: PyValue) => v as PyDeque;
defMethod(dequeClass, 'append', (self, args) => (dq(self).append(args[0]), null));
defMethod(dequeClass, 'appendleft', (self, args) => (dq(self).appendleft(args[0]), null));
defMethod(dequeClass, 'popleft', (self) => dq(self).popleft());
defMethod(dequeClass, 'pop', (self) => {
  const d = dq(self);
  if (d.size === 0) throw pyError('IndexError', 'pop from an empty deque');
  return d.items.pop()!;
});
defMethod(dequeClass, 'extend', (self, args) => {
  for (const v of iterToArray(args[0])) dq(self).append(v);
  return null;
});
defMethod(dequeClass, 'extendleft', (self, args) => {
  for (const v of iterToArray(args[0])) dq(self).appendleft(v);
  return null;
});
defMethod(dequeClass, 'remove', (self, args) => {
  const items = dq(self).live();
  for (let i = 0; i < items.length; i++) {
    if (items[i] === args[0] || eq(items[i], args[0])) {
      items.splice(i, 1);
      return null;
    }
  }
  throw pyError('ValueError', 'deque.remove(x): x not in deque');
});
defMethod(dequeClass, 'clear', (self) => {
  dq(self).items = [];
  dq(self).head = 0;
  return null;
});
defMethod(dequeClass, 'count', (self, args) => BigInt(dq(self).live().filter((x) => eq(x, args[0])).length));
defMethod(dequeClass, 'index', (self, args) => {
  const i = dq(self).live().findIndex((x) => eq(x, args[0]));
  if (i < 0) throw pyError('ValueError', `${repr(args[0])} is not in deque`);
  return BigInt(i);
});
defMethod(dequeClass, 'rotate', (self, args) => {
  const d = dq(self);
  const items = d.live();
  if (items.length) {
    const n = ((Number(args.length ? toIndex(args[0]) : 1n) % items.length) + items.length) % items.length;
    d.items = items.slice(items.length - n).concat(items.slice(0, items.length - n));
  }
  return null;
});
defMethod(dequeClass, 'copy', (self) => {
  const d = new PyDeque(dq(self).maxlen);
  d.items = dq(self).live().slice();
  return d;
});
defMethod(dequeClass, '__repr__', (self) => {
  const d = dq(self);
  const body = '[' + d.live().map(repr).join(', ') + ']';
  return d.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${d.maxlen})`;
});
defMethod(dequeClass, '__len__', (self) => BigInt(dq(self).size));
defMethod(dequeClass, '__bool__', (self) => dq(self).size > 0);
defMethod(dequeClass, '__getitem__', (self, args) => dq(self).pyGetItem(args[0]));
