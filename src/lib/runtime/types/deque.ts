/**
 * collections.deque, natively: asyncio's queues and locks keep their waiters in deques, so this
 * sits on the simulator's hot path.
 */
import {
  NotImplemented,
  PyObject,
  PyTuple,
  builtinClass,
  markCType,
  pyError,
  typeName,
  type PyClass,
  type PyValue,
} from '../core';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { notIn, seqIndex, SEQ_INDEX_SIG } from './list';
import {
  call,
  eq,
  same,
  isIntLike,
  orderItems,
  repr,
  reprGuarded,
  seqEq,
  iterToArray,
  toIndex,
  normIndex,
  type PyIterator,
} from '../ops';
import { dictFromMap } from './dict';
import { makeIterator } from './iterator';

export const dequeClass = builtinClass('deque');
dequeClass.module = 'collections';
markCType(dequeClass);
dequeClass.dict!.set('__hash__', null);

/** The smallest ring a deque keeps (a power of two, as every ring size is). */
const MIN_RING = 8;

/** A ring of `cap` slots holding `items` first, then nulls. */
function ringOf(items: PyValue[], cap: number): PyValue[] {
  const ring = new Array<PyValue>(cap).fill(null);
  for (let i = 0; i < items.length; i++) ring[i] = items[i];
  return ring;
}

/** The ring size (a power of two, at least MIN_RING) that holds `n` items. */
function ringFor(n: number): number {
  let cap = MIN_RING;
  while (cap < n) cap *= 2;
  return cap;
}

export class PyDeque extends PyObject {
  /**
   * A ring buffer, so both ends are O(1) as CPython's linked blocks are: item i (0 the leftmost)
   * is ring[(head + i) & (ring.length - 1)]; free slots hold null. The ring doubles when full and
   * halves when a quarter full, never below MIN_RING.
   */
  ring: PyValue[] = ringOf([], MIN_RING);
  head = 0;
  size = 0;
  /** Bumped by every change of its items' order or number (CPython's `state`): iterators check it. */
  state = 0;
  constructor(
    public maxlen: number | null,
    cls: PyClass = dequeClass,
  ) {
    super(cls, cls === dequeClass ? null : new Map());
  }
  /** The item at live position `i` (0 <= i < size). */
  at(i: number): PyValue {
    return this.ring[(this.head + i) & (this.ring.length - 1)];
  }
  setAt(i: number, v: PyValue): void {
    this.ring[(this.head + i) & (this.ring.length - 1)] = v;
  }
  /** The items, leftmost first, as a new array. */
  live(): PyValue[] {
    const out: PyValue[] = [];
    for (let i = 0; i < this.size; i++) out.push(this.at(i));
    return out;
  }
  /** Replaces the items with `items` (the array is copied). */
  setItems(items: PyValue[]): void {
    this.ring = ringOf(items, ringFor(items.length));
    this.head = 0;
    this.size = items.length;
  }
  /** Moves the items to a ring of `cap` slots, leftmost at slot 0. */
  private resize(cap: number): void {
    const ring = ringOf([], cap);
    for (let i = 0; i < this.size; i++) ring[i] = this.at(i);
    this.ring = ring;
    this.head = 0;
  }
  private shrinkIfSparse(): void {
    const cap = this.ring.length;
    if (cap > MIN_RING && this.size * 4 <= cap) this.resize(cap >> 1);
  }
  private pushRight(v: PyValue): void {
    if (this.size === this.ring.length) this.resize(this.ring.length * 2);
    this.ring[(this.head + this.size) & (this.ring.length - 1)] = v;
    this.size++;
  }
  private pushLeft(v: PyValue): void {
    if (this.size === this.ring.length) this.resize(this.ring.length * 2);
    this.head = (this.head - 1) & (this.ring.length - 1);
    this.ring[this.head] = v;
    this.size++;
  }
  private takeLeft(): PyValue {
    const v = this.takeLeftRaw();
    this.shrinkIfSparse();
    return v;
  }
  private takeRight(): PyValue {
    const v = this.takeRightRaw();
    this.shrinkIfSparse();
    return v;
  }
  append(v: PyValue): void {
    this.state++;
    this.pushRight(v);
    if (this.maxlen !== null && this.size > this.maxlen) this.popleft();
  }
  appendleft(v: PyValue): void {
    this.state++;
    this.pushLeft(v);
    if (this.maxlen !== null && this.size > this.maxlen) this.takeRight();
  }
  popleft(): PyValue {
    if (this.size === 0) throw pyError('IndexError', 'pop from an empty deque');
    this.state++;
    return this.takeLeft();
  }
  pop(): PyValue {
    if (this.size === 0) throw pyError('IndexError', 'pop from an empty deque');
    this.state++;
    return this.takeRight();
  }
  clear(): void {
    this.state++;
    this.ring = ringOf([], MIN_RING);
    this.head = 0;
    this.size = 0;
  }
  /** Rotates right by `k` steps (left when negative), moving min(|k|, size - |k|) items as CPython does. */
  rotate(k: number): void {
    const n = this.size;
    if (n <= 1) return;
    let r = ((k % n) + n) % n;
    // CPython counts a rotation of two or more items as a change even when it moves none.
    this.state++;
    if (r === 0) return;
    if (n === this.ring.length) {
      // A full ring turns by moving its head alone.
      this.head = (this.head - r) & (n - 1);
      return;
    }
    if (r * 2 <= n) for (; r > 0; r--) this.pushLeft(this.takeRightRaw());
    else for (r = n - r; r > 0; r--) this.pushRight(this.takeLeftRaw());
  }
  /** takeLeft/takeRight without shrinking: rotate's moves keep the size the same. */
  private takeLeftRaw(): PyValue {
    const v = this.ring[this.head];
    this.ring[this.head] = null;
    this.head = (this.head + 1) & (this.ring.length - 1);
    this.size--;
    return v;
  }
  private takeRightRaw(): PyValue {
    this.size--;
    const slot = (this.head + this.size) & (this.ring.length - 1);
    const v = this.ring[slot];
    this.ring[slot] = null;
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
        return i < self.size ? self.at(i++) : undefined;
      },
    };
  }
  /** Removes the item at live position `i`, moving the shorter side of the ring over it. */
  removeAt(i: number): void {
    this.state++;
    if (i * 2 < this.size) {
      for (let j = i; j > 0; j--) this.setAt(j, this.at(j - 1));
      this.takeLeft();
    } else {
      for (let j = i; j < this.size - 1; j++) this.setAt(j, this.at(j + 1));
      this.takeRight();
    }
  }
  /** Puts `v` at live position `i` (0 <= i <= size), moving the shorter side of the ring. */
  insertAt(i: number, v: PyValue): void {
    this.state++;
    if (i * 2 < this.size) {
      this.pushLeft(v);
      for (let j = 0; j < i; j++) this.setAt(j, this.at(j + 1));
    } else {
      this.pushRight(v);
      for (let j = this.size - 1; j > i; j--) this.setAt(j, this.at(j - 1));
    }
    this.setAt(i, v);
  }
  pyGetItem(k: PyValue): PyValue {
    return this.at(this.position(k));
  }
  /** The live position an index names (deques take ints only, not slices). */
  position(k: PyValue): number {
    if (!isIntLike(k) && !(k instanceof PyObject && k.cls.lookup('__index__') !== undefined))
      throw pyError('TypeError', `sequence index must be integer, not '${typeName(k)}'`);
    const i = normIndex(k, this.size);
    if (i < 0) throw pyError('IndexError', 'deque index out of range');
    return i;
  }
  /** An empty deque with this one's bound. */
  copyEmpty(): PyDeque {
    return new PyDeque(this.maxlen);
  }
  /** A deque with this one's bound and items. */
  clone(): PyDeque {
    const c = this.copyEmpty();
    c.setItems(this.live());
    return c;
  }
  /** Empty it and take `maxlen` and the items of `iterable` (deque.__init__). */
  reset(iterable: PyValue, maxlen: PyValue): void {
    this.maxlen = maxlen === null ? null : maxlenOf(maxlen);
    this.clear();
    if (iterable !== null) for (const v of iterToArray(iterable)) this.append(v);
  }
}

const DEQUE_SIG = signature('deque', '(iterable=None, maxlen=None)');
dequeClass.slots.call = (_cls, args, kw) => {
  const [iterable, maxlen] = DEQUE_SIG.bind(args, kw);
  const d = new PyDeque(null);
  d.reset(iterable, maxlen);
  return d;
};
// A subclass's instances are deques too; its __init__ (or deque's) fills them.
dequeClass.slots.alloc = (cls) => new PyDeque(null, cls);
defNativeMethod(dequeClass, '__init__', '(iterable=None, maxlen=None)', (self, [iterable, maxlen]) => {
  dq(self).reset(iterable ?? null, maxlen ?? null);
  return null;
});

function maxlenOf(v: PyValue): number {
  const n = Number(toIndex(v));
  if (n < 0) throw pyError('ValueError', 'maxlen must be non-negative');
  return n;
}

const dq = (v: PyValue) => v as PyDeque;
defNativeMethod(dequeClass, 'append', '(item, /)', (self, [item]) => (dq(self).append(item), null));
defNativeMethod(dequeClass, 'appendleft', '(item, /)', (self, [item]) => (dq(self).appendleft(item), null));
defNativeMethod(dequeClass, 'popleft', '()', (self) => dq(self).popleft());
defNativeMethod(dequeClass, 'pop', '()', (self) => dq(self).pop());
defNativeMethod(dequeClass, 'extend', '(iterable, /)', (self, [iterable]) => {
  for (const v of iterToArray(iterable)) dq(self).append(v);
  return null;
});
defNativeMethod(dequeClass, 'extendleft', '(iterable, /)', (self, [iterable]) => {
  for (const v of iterToArray(iterable)) dq(self).appendleft(v);
  return null;
});
// remove, count and index compare the items in place: a comparison that changed the deque ends
// the scan (remove's error an IndexError, the others' a RuntimeError; a match found by index is
// returned first).
defNativeMethod(dequeClass, 'remove', '(value, /)', (self, [value]) => {
  const d = dq(self);
  const state = d.state;
  for (let i = 0; i < d.size; i++) {
    const x = d.at(i);
    const found = same(x, value) || eq(x, value);
    if (d.state !== state) throw pyError('IndexError', 'deque mutated during iteration');
    if (found) {
      d.removeAt(i);
      return null;
    }
  }
  throw notIn('deque', 'remove', value);
});
defNativeMethod(dequeClass, 'clear', '()', (self) => {
  dq(self).clear();
  return null;
});
defNativeMethod(dequeClass, 'count', '(value, /)', (self, [value]) => {
  const d = dq(self);
  const state = d.state;
  let c = 0;
  for (const x of d.live()) {
    if (same(x, value) || eq(x, value)) c++;
    unchangedSince(d, state);
  }
  return BigInt(c);
});
defNativeMethod(dequeClass, 'index', SEQ_INDEX_SIG, (self, a) => {
  const d = dq(self);
  const state = d.state;
  return seqIndex(d.live(), a, 'deque', () => unchangedSince(d, state));
});
defNativeMethod(dequeClass, 'rotate', '(n=1, /)', (self, [n]) => {
  const d = dq(self);
  if (d.size) d.rotate(Number(toIndex(n)));
  return null;
});
defNativeMethod(dequeClass, 'copy', '()', (self) => dq(self).clone());
defNativeMethod(dequeClass, '__repr__', 'wrapper()', (self) => {
  const d = dq(self);
  return reprGuarded(d, '[...]', () => {
    const body = '[' + d.live().map(repr).join(', ') + ']';
    const name = d.cls.name;
    return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
  });
});
defNativeMethod(dequeClass, '__len__', 'wrapper()', (self) => BigInt(dq(self).size));
defNativeMethod(dequeClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => dq(self).pyGetItem(key));
defNativeMethod(dequeClass, '__setitem__', 'wrapper(key, value, /)', (self, [key, value]) => {
  const d = dq(self);
  d.setAt(d.position(key), value);
  return null;
});
defNativeMethod(dequeClass, '__delitem__', 'wrapper(key, /)', (self, [key]) => {
  const d = dq(self);
  d.removeAt(d.position(key));
  return null;
});
defNativeMethod(dequeClass, '__contains__', 'wrapper(key, /)', (self, [key]) => {
  const d = dq(self);
  const state = d.state;
  for (let i = 0; i < d.size; i++) {
    const x = d.at(i);
    if (same(x, key) || eq(x, key)) return true;
    unchangedSince(d, state);
  }
  return false;
});

/** A scan's check that the deque is as it was when the scan began (its state then). */
function unchangedSince(d: PyDeque, state: number): void {
  if (d.state !== state) throw pyError('RuntimeError', 'deque mutated during iteration');
}
defNativeMethod(dequeClass, '__iter__', 'wrapper()', (self) => makeIterator(dq(self).pyIter(), '_deque_iterator'));
defNativeMethod(dequeClass, '__reversed__', '()', (self) => {
  const d = dq(self);
  const state = d.state;
  let i = d.size - 1;
  const next = () => {
    if (d.state !== state) throw pyError('RuntimeError', 'deque mutated during iteration');
    return i >= 0 ? d.at(i--) : undefined;
  };
  return makeIterator({ next }, '_deque_reverse_iterator');
});

// Operators: deque's own dunders (dequeClass.nativeDunders), as CPython's deque defines them.
dequeClass.nativeDunders = true;
defNativeMethod(dequeClass, '__add__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyDeque)) throw pyError('TypeError', `can only concatenate deque (not "${typeName(o)}") to deque`);
  const d = dq(self).clone();
  for (const v of o.live()) d.append(v);
  return d;
});
defNativeMethod(dequeClass, '__iadd__', 'wrapper(value, /)', (self, [o]) => {
  const d = dq(self);
  for (const v of iterToArray(o)) d.append(v);
  return self;
});
const repeat = (d: PyDeque, n: PyValue): PyDeque => {
  const r = d.copyEmpty();
  const items = d.live();
  for (let k = Number(toIndex(n)); k > 0; k--) for (const v of items) r.append(v);
  return r;
};
defNativeMethod(dequeClass, '__mul__', 'wrapper(value, /)', (self, [n]) => repeat(dq(self), n));
defNativeMethod(dequeClass, '__rmul__', 'wrapper(value, /)', (self, [n]) => repeat(dq(self), n));
defNativeMethod(dequeClass, '__imul__', 'wrapper(value, /)', (self, [n]) => {
  const d = dq(self);
  const r = repeat(d, n);
  d.state++;
  d.setItems(r.live());
  return self;
});
defNativeMethod(dequeClass, '__eq__', 'wrapper(value, /)', (self, [o]) =>
  o instanceof PyDeque ? seqEq(dq(self).live(), o.live()) : NotImplemented,
);
defNativeMethod(dequeClass, '__ne__', 'wrapper(value, /)', (self, [o]) =>
  o instanceof PyDeque ? !seqEq(dq(self).live(), o.live()) : NotImplemented,
);
for (const [name, op] of [
  ['__lt__', '<'],
  ['__le__', '<='],
  ['__gt__', '>'],
  ['__ge__', '>='],
] as const) {
  defNativeMethod(dequeClass, name, 'wrapper(value, /)', (self, [o]) =>
    o instanceof PyDeque ? orderItems(op, dq(self).live(), o.live()) : NotImplemented,
  );
}
defNativeMethod(dequeClass, 'insert', '(index, value, /)', (self, [index, value]) => {
  const d = dq(self);
  if (d.maxlen !== null && d.size >= d.maxlen) throw pyError('IndexError', 'deque already at its maximum size');
  const n = d.size;
  let i = Number(toIndex(index));
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  d.insertAt(i, value);
  return null;
});
// copy.copy and copy.deepcopy: a subclass is remade by calling it, as CPython's deque does.
defNativeMethod(dequeClass, '__copy__', '()', (self) => {
  const d = dq(self);
  if (d.cls === dequeClass) return d.clone();
  const args: PyValue[] = d.maxlen === null ? [d] : [d, BigInt(d.maxlen)];
  return call(d.cls, args, null);
});
defNativeMethod(dequeClass, '__reduce__', '()', (self) => {
  const d = dq(self);
  const args = d.maxlen === null ? new PyTuple([]) : new PyTuple([new PyTuple([]), BigInt(d.maxlen)]);
  const state = d.dict !== null && d.dict.size > 0 ? dictFromMap(d.dict) : null;
  return new PyTuple([d.cls, args, state, makeIterator(d.pyIter(), '_deque_iterator')]);
});
defNativeMethod(dequeClass, 'reverse', '()', (self) => {
  const d = dq(self);
  d.state++;
  d.setItems(d.live().reverse());
  return null;
});

// `d.maxlen`: the bound it was made with, or None.
(PyDeque.prototype as unknown as { getAttr: (o: PyObject, name: string) => PyValue | undefined }).getAttr = function (
  this: PyDeque,
  _o,
  name,
) {
  if (name !== 'maxlen') return undefined;
  return this.maxlen === null ? null : BigInt(this.maxlen);
};
