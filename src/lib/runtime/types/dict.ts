/**
 * `dict` methods, `dict(...)`, and the live views `dict_keys` / `dict_values` / `dict_items`.
 */
import { run } from '../run';
import { releaseValue } from '../releases';
import {
  PyObject,
  PyClass,
  PyDict,
  PySet,
  PyList,
  PyTuple,
  PyNativeMethod,
  NotImplemented,
  dictClass,
  setClass,
  frozensetClass,
  objectClass,
  defMethod,
  pyError,
  PyExc,
  type PyValue,
  type KwArgs,
  type DictEntry,
  type HashKey,
} from '../core';
import { defNativeMethod } from '../native';
import {
  hashKey,
  dictKey,
  findKey,
  keyFrom,
  strKey,
  keyError,
  eq,
  same,
  repr,
  call,
  getIter,
  getitem,
  getattrOpt,
  callMethodByName,
  iterToArray,
  setitem,
  hooks,
  setDictFromMap,
  contains,
  type PyIterator,
} from '../ops';
import { isExcInstance } from './util';
import { signature } from '../signature';
import { liveDict, namespaceOf } from './attr-dict';
import { makeIterator } from './iterator';
import { builtinClassMethod } from './descriptor-types';

function D(v: PyValue): PyDict {
  return v as PyDict;
}

/** d[key] = value without dunder dispatch. */
function dictSet(d: PyDict, key: PyValue, value: PyValue): void {
  const k = dictKey(d.map, key);
  const e = d.map.get(k);
  if (e !== undefined) e.value = value;
  else d.map.set(k, { key, value });
}

const cloneEntry = (e: DictEntry): DictEntry => ({ key: e.key, value: e.value });

/** d[key] = value for an entry of `src` stored under `k` (with src's stored hash). */
function dictSetFrom(d: PyDict, src: PyDict, k: HashKey, e: DictEntry): void {
  const kk = keyFrom(d.map, src.map, k, e.key);
  const x = d.map.get(kk);
  if (x !== undefined) x.value = e.value;
  else d.map.set(kk, { key: e.key, value: e.value });
}

/** dict.update / dict(...) semantics for the positional argument. */
function dictMerge(d: PyDict, other: PyValue): void {
  if (other instanceof PyDict) {
    if (other === d) return;
    // Into an empty dict the keys are known distinct: CPython copies them without comparing.
    if (d.map.size === 0 && namespaceOf(d) === null) d.map.absorb(other.map, cloneEntry);
    else for (const [k, e] of other.map) dictSetFrom(d, other, k, e);
    return;
  }
  if (
    other instanceof PyObject &&
    !(other instanceof PyList) &&
    !(other instanceof PyTuple) &&
    !(other instanceof PySet)
  ) {
    const keys = getattrOpt(other, 'keys');
    if (keys !== undefined) {
      const it = getIter(call(keys, [], null));
      for (let k = it.next(); k !== undefined; k = it.next()) dictSet(d, k, getitem(other, k));
      return;
    }
  }
  const it = getIter(other);
  let i = 0;
  for (let item = it.next(); item !== undefined; item = it.next(), i++) {
    let pair: PyValue[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      try {
        pair = iterToArray(item);
      } catch (e) {
        if (isExcInstance(e, 'TypeError'))
          throw pyError('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
        throw e;
      }
    }
    if (pair.length !== 2)
      throw pyError('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    dictSet(d, pair[0], pair[1]);
  }
}

function mergeKw(d: PyDict, kw: KwArgs): void {
  if (kw !== null) for (const [k, v] of kw) dictSet(d, k, v);
}

export function dictFromMap(m: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.map.set(strKey(k), { key: k, value: v });
  return d;
}
setDictFromMap(liveDict);

hooks.dictOr = (a, b) => {
  const d = copyOf(a);
  for (const [k, e] of b.map) dictSetFrom(d, b, k, e);
  return d;
};

// ------------------------------------------------------------------ methods

// `[default]` rather than `default=None`: the common one-argument call binds without allocating.
defNativeMethod(dictClass, 'get', '(key[, default], /)', (self, [key, dflt]) => {
  const m = D(self).map;
  const e = m.get(dictKey(m, key));
  return e !== undefined ? e.value : dflt === undefined ? null : dflt;
});

defNativeMethod(dictClass, 'setdefault', '(key[, default], /)', (self, [key, dflt]) => {
  const d = D(self);
  const k = dictKey(d.map, key);
  const e = d.map.get(k);
  if (e !== undefined) return e.value;
  const v = dflt === undefined ? null : dflt;
  d.map.set(k, { key, value: v });
  return v;
});

defNativeMethod(dictClass, 'pop', '(key[, default], /)', (self, [key, dflt]) => {
  const d = D(self);
  // An empty dict answers without hashing the key (CPython's dict_pop_default).
  if (d.map.size === 0) {
    if (dflt !== undefined) return dflt;
    throw new PyExc(keyError(key));
  }
  const k = dictKey(d.map, key);
  const e = d.map.get(k);
  if (e === undefined) {
    if (dflt !== undefined) return dflt;
    throw new PyExc(keyError(key));
  }
  d.map.delete(k);
  return e.value;
});

defNativeMethod(dictClass, 'popitem', '()', (self) => {
  const d = D(self);
  if (d.map.size === 0) throw new PyExc(keyError('popitem(): dictionary is empty'));
  let lastKey: unknown;
  let last: DictEntry | undefined;
  for (const [k, e] of d.map) {
    lastKey = k;
    last = e;
  }
  d.map.delete(lastKey as HashKey);
  return new PyTuple([last!.key, last!.value]);
});

/** dict(mapping_or_iterable=(), /, **kwargs), and dict.update's positional part: the keywords are merged as items. */
const DICT_SIG = signature('dict', 'PyArg_CheckPositional([mapping], /)');
const UPDATE_SIG = signature('update', 'PyArg_CheckPositional([mapping], /)');

defMethod(dictClass, 'update', (self, args, kw) => {
  const [mapping] = UPDATE_SIG.bind(args, null);
  const d = D(self);
  if (mapping !== undefined) dictMerge(d, mapping);
  mergeKw(d, kw);
  return null;
});

/** A new dict with `a`'s items (its stored hashes too). */
function copyOf(a: PyDict): PyDict {
  const d = new PyDict();
  d.map = a.map.copy(cloneEntry);
  return d;
}

defNativeMethod(dictClass, 'copy', '()', (self) => copyOf(D(self)));

defNativeMethod(dictClass, 'clear', '()', (self) => {
  const m = D(self).map;
  const gone = run.lifetimesSeen ? [...m.values()] : null;
  m.clear();
  if (gone !== null) for (const e of gone) releaseValue(e.value);
  return null;
});

defNativeMethod(dictClass, 'keys', '()', (self) => new PyDictView(D(self), 0));
defNativeMethod(dictClass, 'values', '()', (self) => new PyDictView(D(self), 1));
defNativeMethod(dictClass, 'items', '()', (self) => new PyDictView(D(self), 2));

const FROMKEYS_SIG = signature('fromkeys', '(iterable[, value], /)', 'dict.fromkeys');

dictClass.dict!.set(
  'fromkeys',
  builtinClassMethod(
    dictClass,
    new PyNativeMethod(
      'fromkeys',
      (clsv, rest, kw) => {
        const cls = clsv as PyClass;
        const [iterable, v] = FROMKEYS_SIG.bind(rest, kw);
        const value = v === undefined ? null : v;
        if (cls === dictClass) {
          const d = new PyDict();
          // An exact dict's or set's keys go in with the hashes it stored, as CPython's
          // dict_dict_fromkeys and dict_set_fromkeys take them (a key whose hash changed since
          // keeps its old one).
          if (iterable instanceof PyDict && iterable.cls === dictClass)
            for (const [k, e] of iterable.map) dictSetFrom(d, iterable, k, { key: e.key, value });
          else if (iterable instanceof PySet && (iterable.cls === setClass || iterable.cls === frozensetClass))
            for (const [k, x] of iterable.map) {
              const kk = keyFrom(d.map, iterable.map, k, x);
              if (!d.map.has(kk)) d.map.set(kk, { key: x, value });
            }
          else for (const k of iterToArray(iterable)) dictSet(d, k, value);
          return d;
        }
        const keys = iterToArray(iterable);
        const d = call(cls, [], null);
        for (const k of keys) setitem(d, k, value);
        return d;
      },
      dictClass,
    ),
  ),
);

// Dunders for explicit calls and subclasses' super() calls.
defNativeMethod(dictClass, '__getitem__', '(key, /)', (self, [key]) => {
  const d = D(self);
  const e = d.map.get(dictKey(d.map, key));
  if (e !== undefined) return e.value;
  if (d.cls !== dictClass) {
    const missing = d.cls.lookup('__missing__');
    if (missing !== undefined) return callMethodByName(d, '__missing__', [key]);
  }
  throw new PyExc(keyError(key));
});
defNativeMethod(dictClass, '__setitem__', 'wrapper(key, value, /)', (self, [key, value]) => {
  dictSet(D(self), key, value);
  return null;
});
defNativeMethod(dictClass, '__delitem__', 'wrapper(key, /)', (self, [key]) => {
  const m = D(self).map;
  if (!m.delete(dictKey(m, key))) throw new PyExc(keyError(key));
  return null;
});
defNativeMethod(dictClass, '__contains__', '(key, /)', (self, [key]) => D(self).map.has(dictKey(D(self).map, key)));
defNativeMethod(dictClass, '__len__', 'wrapper()', (self) => BigInt(D(self).map.size));
dictClass.dict!.set('__hash__', null);
defNativeMethod(dictClass, '__iter__', 'wrapper()', (self) => makeIterator(dictIter(D(self), 0), 'dict_keyiterator'));
defNativeMethod(dictClass, '__reversed__', '()', (self) =>
  makeIterator(dictReverseIter(D(self), 0), 'dict_reversekeyiterator'),
);
defNativeMethod(dictClass, '__or__', 'wrapper(value, /)', (self, [o]) =>
  o instanceof PyDict ? hooks.dictOr(D(self), o) : NotImplemented,
);
defNativeMethod(dictClass, '__ior__', 'wrapper(value, /)', (self, [o]) => {
  dictMerge(D(self), o);
  return self;
});
defNativeMethod(dictClass, '__eq__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyDict)) return NotImplemented;
  const a = D(self);
  if (a.map.size !== o.map.size) return false;
  for (const [k, e] of a.map) {
    const x = o.map.get(keyFrom(o.map, a.map, k, e.key));
    if (x === undefined || !eq(e.value, x.value)) return false;
  }
  return true;
});
defMethod(dictClass, '__init__', (self, args, kw) => {
  const [mapping] = DICT_SIG.bind(args, null);
  const d = D(self);
  if (mapping !== undefined) dictMerge(d, mapping);
  mergeKw(d, kw);
  return null;
});

dictClass.slots.call = (cls, args, kw) => {
  DICT_SIG.bind(args, null);
  const d = new PyDict(cls);
  if (cls !== dictClass) {
    const init = cls.lookup('__init__');
    if (init !== undefined) call(init, [d, ...args], kw);
    return d;
  }
  if (args.length) dictMerge(d, args[0]);
  mergeKw(d, kw);
  return d;
};

// ------------------------------------------------------------------ iteration

function dictIter(d: PyDict, kind: 0 | 1 | 2): PyIterator {
  const it = d.map.values();
  const size = d.map.size;
  let left = size;
  let done = false;
  return {
    remaining: () => (done || d.map.size !== size ? 0 : left),
    next: () => {
      if (done) return undefined;
      if (d.map.size !== size) {
        done = true;
        throw pyError('RuntimeError', 'dictionary changed size during iteration');
      }
      const r = it.next();
      if (r.done) {
        done = true;
        return undefined;
      }
      const e = r.value;
      left--;
      return kind === 0 ? e.key : kind === 1 ? e.value : new PyTuple([e.key, e.value]);
    },
  };
}

function dictReverseIter(d: PyDict, kind: 0 | 1 | 2): PyIterator {
  const entries = [...d.map.values()];
  const size = d.map.size;
  let i = entries.length - 1;
  return {
    next: () => {
      if (i < 0) return undefined;
      if (d.map.size !== size) {
        i = -1;
        throw pyError('RuntimeError', 'dictionary changed size during iteration');
      }
      const e = entries[i--];
      return kind === 0 ? e.key : kind === 1 ? e.value : new PyTuple([e.key, e.value]);
    },
  };
}

// ------------------------------------------------------------------ views

const VIEW_NAMES = ['dict_keys', 'dict_values', 'dict_items'] as const;
const ITER_NAMES = ['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator'] as const;
const REV_NAMES = ['dict_reversekeyiterator', 'dict_reversevalueiterator', 'dict_reverseitemiterator'] as const;

/**
 * View classes are marked non-builtin so that ops dispatches `bool()`, `in`, `==`, `repr()`
 * and the set operators to the native dunders below.
 */
function viewClass(name: string): PyClass {
  const c = new PyClass(name, [objectClass]);
  c.isBuiltin = false;
  // CPython refuses them as bases.
  c.final = true;
  return c;
}
const dictViewClasses = VIEW_NAMES.map(viewClass);

class PyDictView extends PyObject {
  constructor(
    public d: PyDict,
    public kind: 0 | 1 | 2,
  ) {
    super(dictViewClasses[kind], new Map());
  }
  pyIter(): PyIterator {
    return dictIter(this.d, this.kind);
  }
  pyLen(): number {
    return this.d.map.size;
  }
}

function V(v: PyValue): PyDictView {
  return v as PyDictView;
}

function viewContains(v: PyDictView, x: PyValue): boolean {
  if (v.kind === 0) return v.d.map.has(dictKey(v.d.map, x));
  if (v.kind === 2) {
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const e = v.d.map.get(dictKey(v.d.map, x.items[0]));
    return e !== undefined && eq(e.value, x.items[1]);
  }
  for (const e of v.d.map.values()) if (same(e.value, x) || eq(e.value, x)) return true;
  return false;
}

function setOf(v: PyValue): PySet {
  const s = new PySet();
  const it = getIter(v);
  for (let x = it.next(); x !== undefined; x = it.next()) {
    const k = findKey(s.map, x, hashKey(x));
    if (!s.map.has(k)) s.map.set(k, x);
  }
  return s;
}

function isSetLike(v: PyValue): boolean {
  return v instanceof PySet || (v instanceof PyDictView && v.kind !== 1);
}

for (let kind = 0 as 0 | 1 | 2; kind < 3; kind++) {
  const cls = dictViewClasses[kind];
  const name = VIEW_NAMES[kind];
  const k = kind;
  defNativeMethod(cls, '__len__', 'wrapper()', (self) => BigInt(V(self).d.map.size));
  defNativeMethod(cls, '__iter__', 'wrapper()', (self) => makeIterator(dictIter(V(self).d, k), ITER_NAMES[k]));
  defNativeMethod(cls, '__reversed__', '()', (self) => makeIterator(dictReverseIter(V(self).d, k), REV_NAMES[k]));
  defNativeMethod(cls, '__contains__', 'wrapper(key, /)', (self, [key]) => viewContains(V(self), key));
  defNativeMethod(cls, '__repr__', 'wrapper()', (self) => {
    const items: PyValue[] = [];
    const it = dictIter(V(self).d, k);
    for (let x = it.next(); x !== undefined; x = it.next()) items.push(x);
    return `${name}(${repr(new PyList(items))})`;
  });
  cls.dict!.set('__hash__', null);
  if (kind === 1) continue;
  defNativeMethod(cls, '__eq__', 'wrapper(value, /)', (self, [o]) => {
    if (!isSetLike(o)) return NotImplemented;
    const v = V(self);
    const other = o instanceof PySet ? o : setOf(o);
    if (other.map.size !== v.d.map.size) return false;
    for (const x of other.map.values()) if (!viewContains(v, x)) return false;
    return true;
  });
  // CPython's dictviews_or, _sub and _xor: a set made of the left operand (a keys view of an exact
  // dict: of the dict, its stored hashes kept), updated in place with the right one; an operand
  // that is not iterable is an error, not NotImplemented.
  const UPDATES: Record<string, string> = {
    '|': 'update',
    '-': 'difference_update',
    '^': 'symmetric_difference_update',
  };
  const setOp =
    (op: string, reflected: boolean) =>
    (self: PyValue, [o]: PyValue[]) => {
      const [left, right] = reflected ? [o, self] : [self, o];
      if (op === '&') {
        const other = setOf(o);
        const mine = setOf(self);
        return reflected ? hooks.setOp(op, other, mine) : hooks.setOp(op, mine, other);
      }
      const keysOf = left instanceof PyDictView && left.kind === 0 && left.d.cls === dictClass ? left.d : left;
      const result = call(setClass, [keysOf], null);
      callMethodByName(result, UPDATES[op], [right]);
      return result;
    };
  for (const [op, fwd, rev] of [
    ['&', '__and__', '__rand__'],
    ['|', '__or__', '__ror__'],
    ['-', '__sub__', '__rsub__'],
    ['^', '__xor__', '__rxor__'],
  ] as const) {
    defNativeMethod(cls, fwd, 'wrapper(value, /)', setOp(op, false));
    defNativeMethod(cls, rev, 'wrapper(value, /)', setOp(op, true));
  }
  // Subset and superset comparisons with a set or another keys/items view.
  const sizeOf = (x: PyValue) => (x instanceof PySet ? x.map.size : V(x).d.map.size);
  const valuesOf = (x: PyValue) => (x instanceof PySet ? [...x.map.values()] : iterToArray(x));
  const holds = (x: PyValue, item: PyValue) => (x instanceof PySet ? contains(x, item) : viewContains(V(x), item));
  const within = (a: PyValue, b: PyValue) => valuesOf(a).every((x) => holds(b, x));
  for (const [method, test] of [
    ['__lt__', (a: PyValue, b: PyValue) => sizeOf(a) < sizeOf(b) && within(a, b)],
    ['__le__', (a: PyValue, b: PyValue) => sizeOf(a) <= sizeOf(b) && within(a, b)],
    ['__gt__', (a: PyValue, b: PyValue) => sizeOf(a) > sizeOf(b) && within(b, a)],
    ['__ge__', (a: PyValue, b: PyValue) => sizeOf(a) >= sizeOf(b) && within(b, a)],
  ] as const) {
    defNativeMethod(cls, method, 'wrapper(value, /)', (self, [o]) => (isSetLike(o) ? test(self, o) : NotImplemented));
  }
  defNativeMethod(cls, 'isdisjoint', '(other, /)', (self, [o]) => {
    const it = getIter(o);
    for (let x = it.next(); x !== undefined; x = it.next()) if (viewContains(V(self), x)) return false;
    return true;
  });
}
