/**
 * `tuple` methods and `tuple(...)`.
 */
import { PyTuple, tupleClass, NotImplemented, defMethod, pyError, typeName, type PyValue } from '../core';
import { iterToArray, getitem, contains, eq, pyHash, call } from '../ops';
import { oneArg } from './util';
import { seqIndex, seqCount } from './list';
import { makeIterator } from './iterator';

function T(v: PyValue): PyTuple {
  return v as PyTuple;
}

defMethod(tupleClass, 'count', (self, args, kw) => seqCount(T(self).items, oneArg('tuple.count', args, kw)));
defMethod(tupleClass, 'index', (self, args, kw) => seqIndex(T(self).items, args, kw, 'tuple'));
defMethod(tupleClass, '__len__', (self) => BigInt(T(self).items.length));
defMethod(tupleClass, '__getitem__', (self, args) => getitem(T(self), args[0]));
defMethod(tupleClass, '__contains__', (self, args) => contains(T(self), args[0]));
defMethod(tupleClass, '__iter__', (self) => tupleIterator(T(self)));
defMethod(tupleClass, '__hash__', (self) => pyHash(self));
defMethod(tupleClass, '__add__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyTuple)) throw pyError('TypeError', `can only concatenate tuple (not "${typeName(o)}") to tuple`);
  return new PyTuple(T(self).items.concat(o.items));
});
defMethod(tupleClass, '__eq__', (self, args) => {
  const o = args[0];
  if (!(o instanceof PyTuple)) return NotImplemented;
  const a = T(self).items;
  const b = o.items;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
  return true;
});

export function tupleIterator(t: PyTuple) {
  const items = t.items;
  let i = 0;
  return makeIterator({ next: () => (i < items.length ? items[i++] : undefined) }, 'tuple_iterator');
}

tupleClass.slots.call = (cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw pyError('TypeError', 'tuple() takes no keyword arguments');
  if (args.length > 1) throw pyError('TypeError', `tuple expected at most 1 argument, got ${args.length}`);
  if (cls === tupleClass) {
    if (args.length === 0) return new PyTuple([]);
    const a = args[0];
    if (a instanceof PyTuple && a.cls === tupleClass) return a;
    return new PyTuple(iterToArray(a));
  }
  const t = new PyTuple(args.length ? iterToArray(args[0]) : [], cls);
  const init = cls.lookup('__init__');
  if (init !== undefined && init !== tupleClass.lookup('__init__')) call(init, [t, ...args], kw);
  return t;
};
