/**
 * `tuple` methods and `tuple(...)`.
 */
import { PyTuple, tupleClass, NotImplemented, pyError, typeName, type PyValue } from '../core';
import { iterToArray, sequenceItem, containsBuiltin, eq, hooks, call } from '../ops';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { seqIndex, seqCount, SEQ_INDEX_SIG, extendItems } from './list';
import { makeIterator } from './iterator';
import { run } from '../run';

function T(v: PyValue): PyTuple {
  return v as PyTuple;
}

defNativeMethod(tupleClass, 'count', '(value, /)', (self, [x]) => seqCount(T(self).items, x));
defNativeMethod(tupleClass, 'index', SEQ_INDEX_SIG, (self, a) => seqIndex(T(self).items, a, 'tuple'));
defNativeMethod(tupleClass, '__len__', 'wrapper()', (self) => BigInt(T(self).items.length));
defNativeMethod(tupleClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => sequenceItem(T(self), key));
defNativeMethod(tupleClass, '__contains__', 'wrapper(key, /)', (self, [key]) => containsBuiltin(T(self), key));
defNativeMethod(tupleClass, '__iter__', 'wrapper()', (self) => tupleIterator(T(self)));
defNativeMethod(tupleClass, '__hash__', 'wrapper()', (self) => hooks.keyHash(self));
defNativeMethod(tupleClass, '__add__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyTuple)) throw pyError('TypeError', `can only concatenate tuple (not "${typeName(o)}") to tuple`);
  return new PyTuple(T(self).items.concat(o.items));
});
defNativeMethod(tupleClass, '__eq__', 'wrapper(value, /)', (self, [o]) => {
  if (!(o instanceof PyTuple)) return NotImplemented;
  const a = T(self).items;
  const b = o.items;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
});

function tupleIterator(t: PyTuple) {
  const items = t.items;
  let i = 0;
  return makeIterator(
    { next: () => (i < items.length ? items[i++] : undefined), remaining: () => items.length - i },
    'tuple_iterator',
    t,
  );
}

/** tuple(iterable)'s items: up to 3.13 asking the length hint as list() does; 3.14's PySequence_Tuple does not. */
const tupleItems = (a: PyValue) => (run.minor >= 14 ? iterToArray(a) : extendItems(a));

const TUPLE_SIG = signature('tuple', 'PyArg_CheckPositional([iterable], /)');
tupleClass.slots.call = (cls, args, kw) => {
  const [a] = TUPLE_SIG.bind(args, kw);
  if (cls === tupleClass) {
    if (a === undefined) return new PyTuple([]);
    if (a instanceof PyTuple && a.cls === tupleClass) return a;
    return new PyTuple(tupleItems(a));
  }
  const t = new PyTuple(a !== undefined ? tupleItems(a) : [], cls);
  const init = cls.lookup('__init__');
  if (init !== undefined && init !== tupleClass.lookup('__init__')) call(init, [t, ...args], kw);
  return t;
};
