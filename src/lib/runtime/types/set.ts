/**
 * `set` / `frozenset` methods, constructors and the set operators (`hooks.setOp`).
 */
import {
  PySet,
  PyClass,
  PyExc,
  PyTuple,
  NotImplemented,
  setClass,
  frozensetClass,
  defMethod,
  pyError,
  type PyValue,
  type HashKey,
} from '../core';
import { defNativeMethod } from '../native';
import { hashKey, setKey, setProbeKey, getIter, hooks, keyError, call, pyHash, contains } from '../ops';
import { signature } from '../signature';
import { makeIterator } from './iterator';

function S(v: PyValue): PySet {
  return v as PySet;
}

/** A new empty set of the builtin kind of `like` (set or frozenset). */
function newLike(like: PySet): PySet {
  return new PySet(like.cls.isSubclassOf(frozensetClass) ? frozensetClass : setClass);
}

/**
 * The elements of any iterable as a hash map (sets are used directly). `key` is setKey, except for
 * intersection and issubset, whose CPython code hashes with the bare "unhashable type" message.
 */
function asMap(v: PyValue, key: (x: PyValue) => HashKey = setKey): Map<HashKey, PyValue> {
  if (v instanceof PySet) return v.map;
  const m = new Map<HashKey, PyValue>();
  const it = getIter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const k = key(x);
    if (!m.has(k)) m.set(k, x);
  }
  return m;
}

function addAll(dst: Map<HashKey, PyValue>, v: PyValue): void {
  if (v instanceof PySet) {
    for (const [k, x] of v.map) if (!dst.has(k)) dst.set(k, x);
    return;
  }
  const it = getIter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const k = setKey(x);
    if (!dst.has(k)) dst.set(k, x);
  }
}

function union(a: PySet, others: PyValue[]): PySet {
  const r = newLike(a);
  for (const [k, x] of a.map) r.map.set(k, x);
  for (const o of others) addAll(r.map, o);
  return r;
}

function intersectionMap(a: Map<HashKey, PyValue>, b: Map<HashKey, PyValue>): Map<HashKey, PyValue> {
  const out = new Map<HashKey, PyValue>();
  // CPython iterates over the smaller set; element identity comes from the iterated one.
  if (b.size < a.size) {
    for (const [k, x] of b) if (a.has(k)) out.set(k, x);
  } else for (const [k, x] of a) if (b.has(k)) out.set(k, x);
  return out;
}

function intersection(a: PySet, others: PyValue[]): PySet {
  const r = newLike(a);
  let m = new Map(a.map);
  for (const o of others) m = intersectionMap(m, asMap(o, hashKey));
  r.map = m;
  return r;
}

function difference(a: PySet, others: PyValue[]): PySet {
  const r = newLike(a);
  const m = new Map(a.map);
  for (const o of others) for (const k of asMap(o).keys()) m.delete(k);
  r.map = m;
  return r;
}

function symmetricDifference(a: PySet, other: PyValue): PySet {
  const r = newLike(a);
  const b = asMap(other);
  const m = new Map<HashKey, PyValue>();
  for (const [k, x] of a.map) if (!b.has(k)) m.set(k, x);
  for (const [k, x] of b) if (!a.map.has(k)) m.set(k, x);
  r.map = m;
  return r;
}

function isSubset(a: Map<HashKey, PyValue>, b: Map<HashKey, PyValue>): boolean {
  if (a.size > b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

hooks.setOp = (op, a, b) => {
  switch (op) {
    case '|':
      return union(a, [b]);
    case '&':
      return intersection(a, [b]);
    case '-':
      return difference(a, [b]);
    case '^':
      return symmetricDifference(a, b);
  }
  return NotImplemented;
};

// ------------------------------------------------------------------ shared by set and frozenset

setClass.dict!.set('__hash__', null);
for (const cls of [setClass, frozensetClass]) {
  defNativeMethod(cls, 'copy', '()', (self) => {
    const s = S(self);
    if (s.cls === frozensetClass) return s;
    const r = newLike(s);
    r.map = new Map(s.map);
    return r;
  });
  defNativeMethod(cls, 'union', '(*others)', (self, [others]) => union(S(self), (others as PyTuple).items));
  defNativeMethod(cls, 'intersection', '(*others)', (self, [others]) =>
    intersection(S(self), (others as PyTuple).items),
  );
  defNativeMethod(cls, 'difference', '(*others)', (self, [others]) => difference(S(self), (others as PyTuple).items));
  defNativeMethod(cls, 'symmetric_difference', '(other, /)', (self, [o]) => symmetricDifference(S(self), o));
  defNativeMethod(cls, 'issubset', '(other, /)', (self, [o]) => isSubset(S(self).map, asMap(o, hashKey)));
  defNativeMethod(cls, 'issuperset', '(other, /)', (self, [o]) => isSubset(asMap(o), S(self).map));
  defNativeMethod(cls, 'isdisjoint', '(other, /)', (self, [o]) => {
    const m = S(self).map;
    if (o instanceof PySet) {
      for (const k of o.map.keys()) if (m.has(k)) return false;
      return true;
    }
    const it = getIter(o);
    for (let x = it.next(); x !== undefined; x = it.next()) if (m.has(setKey(x))) return false;
    return true;
  });
  defNativeMethod(cls, '__len__', 'wrapper()', (self) => BigInt(S(self).map.size));
  defNativeMethod(cls, '__contains__', '(key, /)', (self, [key]) => contains(S(self), key));
  defNativeMethod(cls, '__iter__', 'wrapper()', (self) => setIterator(S(self)));
  for (const [op, fwd] of [
    ['|', '__or__'],
    ['&', '__and__'],
    ['-', '__sub__'],
    ['^', '__xor__'],
  ] as const)
    defNativeMethod(cls, fwd, 'wrapper(value, /)', (self, [o]) =>
      o instanceof PySet ? hooks.setOp(op, S(self), o) : NotImplemented,
    );
  defNativeMethod(cls, '__eq__', 'wrapper(value, /)', (self, [o]) => {
    if (!(o instanceof PySet)) return NotImplemented;
    return S(self).map.size === o.map.size && isSubset(S(self).map, o.map);
  });
}

defNativeMethod(frozensetClass, '__hash__', 'wrapper()', (self) => pyHash(self));

function setIterator(s: PySet) {
  const it = s.map.values();
  const size = s.map.size;
  let done = false;
  return makeIterator(
    {
      next: () => {
        if (done) return undefined;
        if (s.map.size !== size) {
          done = true;
          throw pyError('RuntimeError', 'Set changed size during iteration');
        }
        const r = it.next();
        if (r.done) {
          done = true;
          return undefined;
        }
        return r.value;
      },
    },
    'set_iterator',
  );
}

// ------------------------------------------------------------------ set only (mutating)

defNativeMethod(setClass, 'add', '(object, /)', (self, [x]) => {
  const m = S(self).map;
  const k = setKey(x);
  if (!m.has(k)) m.set(k, x);
  return null;
});
defNativeMethod(setClass, 'remove', '(object, /)', (self, [x]) => {
  if (!S(self).map.delete(setProbeKey(x))) throw new PyExc(keyError(x));
  return null;
});
defNativeMethod(setClass, 'discard', '(object, /)', (self, [x]) => {
  S(self).map.delete(setProbeKey(x));
  return null;
});
defNativeMethod(setClass, 'pop', '()', (self) => {
  const m = S(self).map;
  const first = m.entries().next();
  if (first.done) throw new PyExc(keyError('pop from an empty set'));
  m.delete(first.value[0]);
  return first.value[1];
});
defNativeMethod(setClass, 'clear', '()', (self) => {
  S(self).map.clear();
  return null;
});
defNativeMethod(setClass, 'update', '(*others)', (self, [others]) => {
  for (const o of (others as PyTuple).items) addAll(S(self).map, o);
  return null;
});
defNativeMethod(setClass, 'intersection_update', '(*others)', (self, [others]) => {
  const s = S(self);
  s.map = intersection(s, (others as PyTuple).items).map;
  return null;
});
defNativeMethod(setClass, 'difference_update', '(*others)', (self, [others]) => {
  const m = S(self).map;
  for (const o of (others as PyTuple).items) for (const k of asMap(o).keys()) m.delete(k);
  return null;
});
defNativeMethod(setClass, 'symmetric_difference_update', '(other, /)', (self, [o]) => {
  const m = S(self).map;
  const b = new Map(asMap(o));
  for (const [k, x] of b) {
    if (m.has(k)) m.delete(k);
    else m.set(k, x);
  }
  return null;
});
const SET_SIG = signature('set', 'PyArg_CheckPositional([iterable], /)');
const FROZENSET_SIG = signature('frozenset', 'PyArg_CheckPositional([iterable], /)');
defMethod(setClass, '__init__', (self, args, kw) => {
  const [iterable] = SET_SIG.bind(args, kw);
  const s = S(self);
  s.map.clear();
  if (iterable !== undefined) addAll(s.map, iterable);
  return null;
});
for (const [op, name] of [
  ['|', '__ior__'],
  ['&', '__iand__'],
  ['-', '__isub__'],
  ['^', '__ixor__'],
] as const) {
  defNativeMethod(setClass, name, 'wrapper(value, /)', (self, [o]) => {
    if (!(o instanceof PySet)) return NotImplemented;
    S(self).map = (hooks.setOp(op, S(self), o) as PySet).map;
    return self;
  });
}

// ------------------------------------------------------------------ constructors

function construct(cls: PyClass, base: PyClass, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  (base === setClass ? SET_SIG : FROZENSET_SIG).bind(args, kw !== null && kw.size > 0 ? kw : null);
  if (
    base === frozensetClass &&
    cls === frozensetClass &&
    args.length &&
    args[0] instanceof PySet &&
    S(args[0]).cls === frozensetClass
  )
    return args[0];
  const s = new PySet(cls);
  if (cls !== base) {
    const init = cls.lookup('__init__');
    if (init !== undefined && base === setClass) call(init, [s, ...args], kw);
    else if (args.length) addAll(s.map, args[0]);
    return s;
  }
  if (args.length) addAll(s.map, args[0]);
  return s;
}

setClass.slots.call = (cls, args, kw) => construct(cls, setClass, args, kw);
frozensetClass.slots.call = (cls, args, kw) => construct(cls, frozensetClass, args, kw);
