/**
 * collections.deque, natively: asyncio's queues and locks keep their waiters in deques, so this
 * sits on the simulator's hot path.
 */
import { PyObject, builtinClass, pyError, type PyValue } from '../core';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { seqIndex, SEQ_INDEX_SIG } from './list';
import { eq, repr, iterToArray, toIndex, normIndex, type PyIterator } from '../ops';

export const dequeClass = builtinClass('deque');
dequeClass.module = 'collections';

class PyDeque extends PyObject {
  /** Live items are items[head..]; popleft just advances head. */
  items: PyValue[] = [];
  head = 0;
  /** Bumped by every change of its items' order or number (CPython's `state`): iterators check it. */
  state = 0;
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
    this.state++;
    this.items.push(v);
    if (this.maxlen !== null && this.size > this.maxlen) this.popleft();
  }
  appendleft(v: PyValue): void {
    this.state++;
    if (this.head > 0) this.items[--this.head] = v;
    else this.items.unshift(v);
    if (this.maxlen !== null && this.size > this.maxlen) this.items.pop();
  }
  popleft(): PyValue {
    if (this.size === 0) throw pyError('IndexError', 'pop from an empty deque');
    this.state++;
    const v = this.items[this.head];
    this.items[this.head++] = null;
    if (this.head > 32 && this.head * 2 > this.items.length) this.live();
    return v;
  }
  pyLen(): number {
    return this.size;
  }
  /** Iterates in place (no copy): any change to the deque since the iterator was made raises, as in CPython. */
  pyIter(): PyIterator {
    const self = this;
    const state = this.state;
    let i = 0;
    return {
      next: () => {
        if (self.state !== state) throw pyError('RuntimeError', 'deque mutated during iteration');
        return i < self.size ? self.items[self.head + i++] : undefined;
      },
    };
  }
  /** Removes the item at live position `i` without copying the deque (the front just advances). */
  removeAt(i: number): void {
    this.state++;
    if (i === 0) {
      this.items[this.head++] = null;
      if (this.head > 32 && this.head * 2 > this.items.length) this.live();
    } else this.items.splice(this.head + i, 1);
  }
  pyGetItem(k: PyValue): PyValue {
    const i = normIndex(k, this.size);
    if (i < 0) throw pyError('IndexError', 'deque index out of range');
    return this.items[this.head + i];
  }
}

const DEQUE_SIG = signature('deque', '(iterable=None, maxlen=None)');
dequeClass.slots.call = (_cls, args, kw) => {
  const [iterable, ml] = DEQUE_SIG.bind(args, kw);
  const d = new PyDeque(ml === null ? null : Number(toIndex(ml)));
  if (iterable !== null) for (const v of iterToArray(iterable)) d.append(v);
  return d;
};

const dq = (v: PyValue) => v as PyDeque;
defNativeMethod(dequeClass, 'append', '(item, /)', (self, [item]) => (dq(self).append(item), null));
defNativeMethod(dequeClass, 'appendleft', '(item, /)', (self, [item]) => (dq(self).appendleft(item), null));
defNativeMethod(dequeClass, 'popleft', '()', (self) => dq(self).popleft());
defNativeMethod(dequeClass, 'pop', '()', (self) => {
  const d = dq(self);
  if (d.size === 0) throw pyError('IndexError', 'pop from an empty deque');
  d.state++;
  return d.items.pop()!;
});
defNativeMethod(dequeClass, 'extend', '(iterable, /)', (self, [iterable]) => {
  for (const v of iterToArray(iterable)) dq(self).append(v);
  return null;
});
defNativeMethod(dequeClass, 'extendleft', '(iterable, /)', (self, [iterable]) => {
  for (const v of iterToArray(iterable)) dq(self).appendleft(v);
  return null;
});
defNativeMethod(dequeClass, 'remove', '(value, /)', (self, [value]) => {
  const d = dq(self);
  for (let i = 0; i < d.size; i++) {
    const x = d.items[d.head + i];
    if (x === value || eq(x, value)) {
      d.removeAt(i);
      return null;
    }
  }
  throw pyError('ValueError', `${repr(value)} is not in deque`);
});
defNativeMethod(dequeClass, 'clear', '()', (self) => {
  dq(self).items = [];
  dq(self).head = 0;
  dq(self).state++;
  return null;
});
defNativeMethod(dequeClass, 'count', '(value, /)', (self, [value]) =>
  BigInt(
    dq(self)
      .live()
      .filter((x) => eq(x, value)).length,
  ),
);
defNativeMethod(dequeClass, 'index', SEQ_INDEX_SIG, (self, a) => seqIndex(dq(self).live(), a, 'deque'));
defNativeMethod(dequeClass, 'rotate', '(n=1, /)', (self, [n]) => {
  const d = dq(self);
  const items = d.live();
  if (items.length) {
    const k = ((Number(toIndex(n)) % items.length) + items.length) % items.length;
    d.state++;
    d.items = items.slice(items.length - k).concat(items.slice(0, items.length - k));
  }
  return null;
});
defNativeMethod(dequeClass, 'copy', '()', (self) => {
  const d = new PyDeque(dq(self).maxlen);
  d.items = dq(self).live().slice();
  return d;
});
defNativeMethod(dequeClass, '__repr__', 'wrapper()', (self) => {
  const d = dq(self);
  const body = '[' + d.live().map(repr).join(', ') + ']';
  return d.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${d.maxlen})`;
});
defNativeMethod(dequeClass, '__len__', 'wrapper()', (self) => BigInt(dq(self).size));
defNativeMethod(dequeClass, '__bool__', 'wrapper()', (self) => dq(self).size > 0);
defNativeMethod(dequeClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => dq(self).pyGetItem(key));

// `d.maxlen`: the bound it was made with, or None.
(PyDeque.prototype as unknown as { getAttr: (o: PyObject, name: string) => PyValue | undefined }).getAttr = function (
  this: PyDeque,
  _o,
  name,
) {
  if (name !== 'maxlen') return undefined;
  return this.maxlen === null ? null : BigInt(this.maxlen);
};
