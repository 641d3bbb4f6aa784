/**
 * `set` / `frozenset` methods, constructors and the set operators (`hooks.setOp`).
 */
import { PySet, PyClass, PyExc, NotImplemented, setClass, frozensetClass, defMethod, pyError, type PyValue, type HashKey } from '../core';
import { defNativeMethod } from '../native';
import { hashKey, getIter, hooks, keyError, call, pyHash, contains } from '../ops';
import { noArgs, oneArg, posArgs, noKwargs } from './util';
import { makeIterator } from './iterator';

function S(v: PyValue): PySet {
  return v as PySet;
}

/** A new empty set of the builtin kind of `like` (set or frozenset). */
function newLike(like: PySet): PySet {
  return new PySet(like.cls.isSubclassOf(frozensetClass) ? frozensetClass : setClass);
}

/** The elements of any iterable as a hash map (sets are used directly). */
function asMap(v: PyValue): Map<HashKey, PyValue> {
  if (v instanceof PySet) return v.map;
  const m = new Map<HashKey, PyValue>();
  const it = getIter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const k = hashKey(x);
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
    const k = hashKey(x);
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
  for (const o of others) m = intersectionMap(m, asMap(o));
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

for (const cls of [setClass, frozensetClass]) {
  const q = cls.name;
  defMethod(cls, 'copy', (self, args, kw) => {
    noArgs(`${q}.copy`, args, kw);
    const s = S(self);
    if (s.cls === frozensetClass) return s;
    const r = newLike(s);
    r.map = new Map(s.map);
    return r;
  });
  defMethod(cls, 'union', (self, args, kw) => {
    noKwargs(`${q}.union`, kw);
    return union(S(self), args);
  });
  defMethod(cls, 'intersection', (self, args, kw) => {
    noKwargs(`${q}.intersection`, kw);
    return intersection(S(self), args);
  });
  defMethod(cls, 'difference', (self, args, kw) => {
    noKwargs(`${q}.difference`, kw);
    return difference(S(self), args);
  });
  defMethod(cls, 'symmetric_difference', (self, args, kw) => symmetricDifference(S(self), oneArg(`${q}.symmetric_difference`, args, kw)));
  defMethod(cls, 'issubset', (self, args, kw) => isSubset(S(self).map, asMap(oneArg(`${q}.issubset`, args, kw))));
  defMethod(cls, 'issuperset', (self, args, kw) => isSubset(asMap(oneArg(`${q}.issuperset`, args, kw)), S(self).map));
  defMethod(cls, 'isdisjoint', (self, args, kw) => {
    const o = oneArg(`${q}.isdisjoint`, args, kw);
    const m = S(self).map;
    if (o instanceof PySet) {
      for (const k of o.map.keys()) if (m.has(k)) return false;
      return true;
    }
    const it = getIter(o);
    for (let x = it.next(); x !== undefined; x = it.next()) if (m.has(hashKey(x))) return false;
    return true;
  });
  defMethod(cls, '__len__', (self) => BigInt(S(self).map.size));
  defNativeMethod(cls, '__contains__', '(key, /)', (self, [key]) => contains(S(self), key));
  defMethod(cls, '__iter__', (self) => setIterator(S(self)));
  for (const [op, fwd] of [
    ['|', '__or__'],
    ['&', '__and__'],
    ['-', '__sub__'],
    ['^', '__xor__'],
  ] as const)
    defMethod(cls, fwd, (self, args) => (args[0] instanceof PySet ? hooks.setOp(op, S(self), args[0]) : NotImplemented));
  defMethod(cls, '__eq__', (self, args) => {
    const o = args[0];
    if (!(o instanceof PySet)) return NotImplemented;
    return S(self).map.size === o.map.size && isSubset(S(self).map, o.map);
  });
}

defMethod(frozensetClass, '__hash__', (self) => pyHash(self));

export function setIterator(s: PySet) {
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
    'set_iterator'
  );
}

// ------------------------------------------------------------------ set only (mutating)

defMethod(setClass, 'add', (self, args, kw) => {
  if (args.length !== 1 || kw !== null) oneArg('set.add', args, kw);
  const x = args[0];
  const m = S(self).map;
  const k = hashKey(x);
  if (!m.has(k)) m.set(k, x);
  return null;
});
defMethod(setClass, 'remove', (self, args, kw) => {
  const x = oneArg('set.remove', args, kw);
  if (!S(self).map.delete(hashKey(x))) throw new PyExc(keyError(x));
  return null;
});
defMethod(setClass, 'discard', (self, args, kw) => {
  const x = oneArg('set.discard', args, kw);
  S(self).map.delete(hashKey(x));
  return null;
});
defMethod(setClass, 'pop', (self, args, kw) => {
  noArgs('set.pop', args, kw);
  const m = S(self).map;
  const first = m.entries().next();
  if (first.done) throw new PyExc(keyError('pop from an empty set'));
  m.delete(first.value[0]);
  return first.value[1];
});
defMethod(setClass, 'clear', (self, args, kw) => {
  noArgs('set.clear', args, kw);
  S(self).map.clear();
  return null;
});
defMethod(setClass, 'update', (self, args, kw) => {
  noKwargs('set.update', kw);
  for (const o of args) addAll(S(self).map, o);
  return null;
});
defMethod(setClass, 'intersection_update', (self, args, kw) => {
  noKwargs('set.intersection_update', kw);
  const s = S(self);
  s.map = intersection(s, args).map;
  return null;
});
defMethod(setClass, 'difference_update', (self, args, kw) => {
  noKwargs('set.difference_update', kw);
  const m = S(self).map;
  for (const o of args) for (const k of asMap(o).keys()) m.delete(k);
  return null;
});
defMethod(setClass, 'symmetric_difference_update', (self, args, kw) => {
  const o = oneArg('set.symmetric_difference_update', args, kw);
  const m = S(self).map;
  const b = new Map(asMap(o));
  for (const [k, x] of b) {
    if (m.has(k)) m.delete(k);
    else m.set(k, x);
  }
  return null;
});
defMethod(setClass, '__init__', (self, args, kw) => {
  noKwargs('set', kw);
  posArgs('set', args, 0, 1);
  const s = S(self);
  s.map.clear();
  if (args.length) addAll(s.map, args[0]);
  return null;
});
for (const [op, name] of [
  ['|', '__ior__'],
  ['&', '__iand__'],
  ['-', '__isub__'],
  ['^', '__ixor__'],
] as const) {
  defMethod(setClass, name, (self, args) => {
    if (!(args[0] instanceof PySet)) return NotImplemented;
    S(self).map = (hooks.setOp(op, S(self), args[0]) as PySet).map;
    return self;
  });
}

// ------------------------------------------------------------------ constructors

function construct(cls: PyClass, base: PyClass, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', `${base.name}() takes no keyword arguments`);
  posArgs(base.name, args, 0, 1);
  if (base === frozensetClass && cls === frozensetClass && args.length && args[0] instanceof PySet && S(args[0]).cls === frozensetClass) return args[0];
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
