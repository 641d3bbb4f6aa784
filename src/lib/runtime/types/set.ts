/**
 * `set` / `frozenset` methods, constructors and the set operators (`hooks.setOp`).
 */
import { run } from '../run';
import { releaseValue } from '../releases';
import {
  PySet,
  PyDict,
  dictClass,
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
  type PyKeyLookup,
  type PyKeyMap,
  emptySetMap,
} from '../core';
import { defNativeMethod } from '../native';
import {
  hashKey,
  setKey,
  setProbeKey,
  findKey,
  keyFrom,
  keysWithin,
  getIter,
  hooks,
  keyError,
  call,
  containsBuiltin,
} from '../ops';
import { signature } from '../signature';
import { makeIterator } from './iterator';
import { differenceUpdated, forgetTable, memberRemoved, mergeOrder, poppedMember } from '../setorder';

function S(v: PyValue): PySet {
  return v as PySet;
}

/** A new empty set of the builtin kind of `like` (set or frozenset). */
function newLike(like: PySet): PySet {
  return new PySet(like.cls.isSubclassOf(frozensetClass) ? frozensetClass : setClass);
}

type SetMap = PyKeyMap<PyValue>;

/** The set key of `x` with hashKey's bare "unhashable type" message (intersection, issubset). */
const bareKey = (m: PyKeyLookup, x: PyValue) => findKey(m, x, hashKey(x));

/**
 * The elements of any iterable as set storage (sets are used directly).
 */
function asMap(v: PyValue): SetMap {
  if (v instanceof PySet) return v.map;
  const m = emptySetMap();
  const it = getIter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const k = setKey(m, x);
    if (!m.has(k)) m.set(k, x);
  }
  return m;
}

/** issubset's set of an iterable, hashed with the bare message. */
function bareMap(v: PyValue): SetMap {
  const m = emptySetMap();
  if (exactDict(v)) addAll(m, v);
  else eachIn(m, v, (k, x) => m.has(k) || m.set(k, x), bareKey);
  return m;
}

/** Add `x`, stored in `src` under `k`, to `dst` unless `dst` holds an equal element. */
function addFrom(dst: SetMap, src: SetMap, k: HashKey, x: PyValue): void {
  const kk = keyFrom(dst, src, k, x);
  if (!dst.has(kk)) dst.set(kk, x);
}

/** Calls `f` with each element of `v` and the key it has in `m` (`v`'s stored hash for a set). */
function eachIn(m: SetMap, v: PyValue, f: (k: HashKey, x: PyValue) => void, key = setKey): void {
  if (v instanceof PySet) {
    for (const [k, x] of v.map) f(keyFrom(m, v.map, k, x), x);
    return;
  }
  const it = getIter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) f(key(m, x), x);
}

/**
 * An exact dict (not a subclass), whose keys CPython's set code takes with the hashes the dict
 * stored (set_update_internal, set_symmetric_difference_update, set_difference): a key whose hash
 * changed since is placed or looked for by its old one.
 */
function exactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.cls === dictClass;
}

function addAll(dst: SetMap, v: PyValue): void {
  if (exactDict(v)) {
    for (const [k, e] of v.map) {
      const kk = keyFrom(dst, v.map, k, e.key);
      if (!dst.has(kk)) dst.set(kk, e.key);
    }
    return;
  }
  // A set merged in: the table CPython's set_merge makes decides the order (setorder.ts).
  if (v instanceof PySet) mergeOrder(dst, v, (x) => dst.has(bareKey(dst, x)));
  // Into an empty set, a set's elements are known distinct: CPython copies them without comparing.
  if (dst.size === 0 && v instanceof PySet) dst.absorb(v.map);
  else
    eachIn(dst, v, (k, x) => {
      if (!dst.has(k)) dst.set(k, x);
    });
}

function union(a: PySet, others: PyValue[]): PySet {
  const r = newLike(a);
  addAll(r.map, a);
  for (const o of others) if (o !== a) addAll(r.map, o);
  return r;
}

/** CPython's set_intersection: over the smaller set (element identity from it), or over an iterable. */
function intersectionMap(a: SetMap, o: PyValue): SetMap {
  const out = emptySetMap();
  if (o instanceof PySet) {
    const [small, big] = o.map.size <= a.size ? [o.map, a] : [a, o.map];
    for (const [k, x] of small) if (big.has(keyFrom(big, small, k, x))) addFrom(out, small, k, x);
  } else
    eachIn(
      a,
      o,
      (k, x) => {
        if (a.has(k)) addFrom(out, a, k, x);
      },
      bareKey,
    );
  return out;
}

function intersection(a: PySet, others: PyValue[]): PySet {
  const r = newLike(a);
  let m = a.map.copy();
  for (const o of others) m = intersectionMap(m, o);
  r.map = m;
  return r;
}

/** Remove from `m` the elements of `v`. */
function removeAll(m: SetMap, v: PyValue): void {
  eachIn(m, v, (k) => removeKey(m, k));
}

/** Removes key `k` from the set's storage, its table keeping a dummy (runtime/setorder.ts); whether it was there. */
function removeKey(m: SetMap, k: HashKey): boolean {
  const held = m.get(k);
  if (held === undefined) return false;
  memberRemoved(m, held);
  return m.delete(k);
}

/** CPython's set_difference: the elements of `a` not in a set much smaller than `a` are found by removing. */
function differenceMap(a: SetMap, o: PyValue): SetMap {
  // An exact dict is asked for each element (by the element's stored hash), as a set is.
  const other = o instanceof PySet || exactDict(o) ? o.map : null;
  if (other === null || a.size >> 2 > other.size) {
    const m = a.copy();
    removeAll(m, o);
    return m;
  }
  const out = emptySetMap();
  for (const [k, x] of a) if (!other.has(keyFrom(other, a, k, x))) addFrom(out, a, k, x);
  return out;
}

function difference(a: PySet, others: PyValue[]): PySet {
  const r = newLike(a);
  let m = a.map;
  for (const o of others) m = differenceMap(m, o);
  r.map = m === a.map ? m.copy() : m;
  return r;
}

/** CPython's symmetric_difference_update: each element of `b` is removed from `m`, or else added. */
function toggleAll(m: SetMap, b: SetMap): void {
  // In the order of b's table, as CPython walks the other set.
  const order = new Map<PyValue, HashKey>();
  for (const [k, x] of b) order.set(x, k);
  const walk = new PySet();
  walk.map = b;
  for (const x of hooks.setOrder(walk)) {
    const k = order.get(x)!;
    if (!removeKey(m, keyFrom(m, b, k, x))) m.set(keyFrom(m, b, k, x), x);
  }
}

function symmetricDifference(a: PySet, other: PyValue): PySet {
  const r = newLike(a);
  const m = emptySetMap();
  addAll(m, other);
  toggleAll(m, a.map);
  r.map = m;
  return r;
}

function isSubset(a: SetMap, b: SetMap): boolean {
  return a.size <= b.size && keysWithin(a, b);
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

hooks.setInplaceOp = (op, a, b) => {
  // `|=` merges into the set's own table, as CPython's set_ior.
  if (op === '|') {
    addAll(a.map, b);
    return true;
  }
  // `-=` and `^=` work in place (set_difference_update, set_symmetric_difference_update), leaving
  // dummies where members went; `&=` takes the new table set_intersection builds.
  if (op === '-') {
    if (b === a) {
      forgetTable(a.map);
      a.map.clear();
    } else {
      removeAll(a.map, b);
      differenceUpdated(a.map);
    }
    return true;
  }
  if (op === '^') {
    if (b === a) {
      forgetTable(a.map);
      a.map.clear();
    } else toggleAll(a.map, b.map);
    return true;
  }
  const r = hooks.setOp(op, a, b);
  if (!(r instanceof PySet)) return false;
  a.map = r.map;
  return true;
};

// ------------------------------------------------------------------ shared by set and frozenset

setClass.dict!.set('__hash__', null);
for (const cls of [setClass, frozensetClass]) {
  defNativeMethod(cls, 'copy', '()', (self) => {
    const s = S(self);
    if (s.cls === frozensetClass) return s;
    const r = newLike(s);
    addAll(r.map, s);
    return r;
  });
  defNativeMethod(cls, 'union', '(*others)', (self, [others]) => union(S(self), (others as PyTuple).items));
  defNativeMethod(cls, 'intersection', '(*others)', (self, [others]) =>
    intersection(S(self), (others as PyTuple).items),
  );
  defNativeMethod(cls, 'difference', '(*others)', (self, [others]) => difference(S(self), (others as PyTuple).items));
  defNativeMethod(cls, 'symmetric_difference', '(other, /)', (self, [o]) => symmetricDifference(S(self), o));
  defNativeMethod(cls, 'issubset', '(other, /)', (self, [o]) => {
    const m = S(self).map;
    if (o instanceof PySet) return isSubset(m, o.map);
    // 3.12 on, CPython intersects with the iterable (each item hashed anew) and compares sizes;
    // 3.11 made a set of it first (of an exact dict's keys with their stored hashes).
    if (run.minor >= 12) return intersectionMap(m, o).size === m.size;
    return isSubset(m, bareMap(o));
  });
  defNativeMethod(cls, 'issuperset', '(other, /)', (self, [o]) => {
    const m = S(self).map;
    if (o instanceof PySet) return isSubset(o.map, m);
    let all = true;
    eachIn(m, o, (k) => (all &&= m.has(k)));
    return all;
  });
  defNativeMethod(cls, 'isdisjoint', '(other, /)', (self, [o]) => {
    const m = S(self).map;
    if (o instanceof PySet) {
      // Over the smaller set, as CPython's set_isdisjoint.
      const [small, big] = o.map.size <= m.size ? [o.map, m] : [m, o.map];
      for (const [k, x] of small) if (big.has(keyFrom(big, small, k, x))) return false;
      return true;
    }
    const it = getIter(o);
    for (let x = it.next(); x !== undefined; x = it.next()) if (m.has(setKey(m, x))) return false;
    return true;
  });
  defNativeMethod(cls, '__len__', 'wrapper()', (self) => BigInt(S(self).map.size));
  defNativeMethod(cls, '__contains__', '(key, /)', (self, [key]) => containsBuiltin(S(self), key));
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

defNativeMethod(frozensetClass, '__hash__', 'wrapper()', (self) => hooks.keyHash(self));

function setIterator(s: PySet) {
  const it = s.map.values();
  const size = s.map.size;
  let left = size;
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
        left--;
        return r.value;
      },
      // CPython's count goes to 0 once the set changed size.
      remaining: () => (done || s.map.size !== size ? 0 : left),
    },
    'set_iterator',
  );
}

// ------------------------------------------------------------------ set only (mutating)

defNativeMethod(setClass, 'add', '(object, /)', (self, [x]) => {
  const m = S(self).map;
  const k = setKey(m, x);
  if (!m.has(k)) m.set(k, x);
  return null;
});
defNativeMethod(setClass, 'remove', '(object, /)', (self, [x]) => {
  const m = S(self).map;
  if (!removeKey(m, setProbeKey(m, x))) throw new PyExc(keyError(x));
  releaseValue(x);
  return null;
});
defNativeMethod(setClass, 'discard', '(object, /)', (self, [x]) => {
  const m = S(self).map;
  if (removeKey(m, setProbeKey(m, x))) releaseValue(x);
  return null;
});
defNativeMethod(setClass, 'pop', '()', (self) => {
  const m = S(self).map;
  if (m.size === 0) throw new PyExc(keyError('pop from an empty set'));
  // CPython's set_pop: the first member of the table from its finger on.
  const x = poppedMember(m) as PyValue;
  for (const [k, held] of m)
    if (held === x) {
      m.delete(k);
      break;
    }
  return x;
});
defNativeMethod(setClass, 'clear', '()', (self) => {
  const m = S(self).map;
  const gone = run.lifetimesSeen ? [...m.values()] : null;
  forgetTable(m);
  m.clear();
  if (gone !== null) for (const x of gone) releaseValue(x as PyValue);
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
  for (const o of (others as PyTuple).items) {
    removeAll(m, o);
    differenceUpdated(m);
  }
  return null;
});
defNativeMethod(setClass, 'symmetric_difference_update', '(other, /)', (self, [o]) => {
  const m = S(self).map;
  if (o === self) {
    forgetTable(m);
    m.clear();
  } else if (exactDict(o)) {
    // An exact dict's keys in its order, each by the hash the dict stored.
    for (const [k, e] of o.map)
      if (!removeKey(m, keyFrom(m, o.map, k, e.key))) m.set(keyFrom(m, o.map, k, e.key), e.key);
  } else toggleAll(m, asMap(o));
  return null;
});
const SET_SIG = signature('set', 'PyArg_CheckPositional([iterable], /)');
const FROZENSET_SIG = signature('frozenset', 'PyArg_CheckPositional([iterable], /)');
defMethod(setClass, '__init__', (self, args, kw) => {
  const [iterable] = SET_SIG.bind(args, kw);
  const s = S(self);
  forgetTable(s.map);
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
    hooks.setInplaceOp(op, S(self), o);
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
