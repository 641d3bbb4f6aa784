/**
 * `mappingproxy` (types.MappingProxyType): a read-only view of a mapping, as CPython's. A class's
 * `__dict__` is one over the class's own namespace, so it sees later changes but takes no writes.
 * Every read, comparison and `|` is the underlying mapping's.
 */
import {
  PyDict,
  PyList,
  PyObject,
  PyTuple,
  builtinClass,
  classesChanged,
  pyError,
  typeName,
  type PyValue,
} from '../core';
import { defNativeMethod } from '../native';
import { signature } from '../signature';
import { liveDict } from './attr-dict';
import {
  setClassDictOf,
  binop,
  callMethodByName,
  compare,
  contains,
  getIter,
  getitem,
  getattrOpt,
  len,
  pyHash,
  repr,
  str,
} from '../ops';
import { onVersion, run } from '../run';

export const mappingProxyClass = builtinClass('mappingproxy');
mappingProxyClass.final = true;
mappingProxyClass.nativeDunders = true;

class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyValue) {
    super(mappingProxyClass);
  }
  pyLen(): number {
    return len(this.mapping);
  }
  pyIter() {
    return getIter(this.mapping);
  }
  /** hash(proxy): 3.12 on hash the mapping (a dict is unhashable); 3.11's proxy is unhashable. */
  structuralKey(): string {
    return 'mp' + proxyHash(this);
  }
}

function proxyHash(self: PyValue): bigint {
  if (run.minor < 12) throw pyError('TypeError', `unhashable type: 'mappingproxy'`);
  return pyHash(inner(self));
}

const inner = (v: PyValue): PyValue => (v as PyMappingProxy).mapping;

const NEW_SIG = signature('mappingproxy', '(mapping)');
mappingProxyClass.slots.call = (_cls, args, kw) => {
  const [mapping] = NEW_SIG.bind(args, kw);
  // CPython takes any mapping but a list or a tuple (they have __getitem__ too).
  const isMapping =
    mapping instanceof PyDict ||
    mapping instanceof PyMappingProxy ||
    (mapping instanceof PyObject &&
      !(mapping instanceof PyList) &&
      !(mapping instanceof PyTuple) &&
      getattrOpt(mapping, '__getitem__') !== undefined &&
      !(typeof mapping === 'string'));
  if (!isMapping) throw pyError('TypeError', `mappingproxy() argument must be a mapping, not ${typeName(mapping)}`);
  return new PyMappingProxy(mapping);
};

defNativeMethod(mappingProxyClass, '__getitem__', 'wrapper(key, /)', (self, [key]) => getitem(inner(self), key));
defNativeMethod(mappingProxyClass, '__len__', 'wrapper()', (self) => BigInt(len(inner(self))));
defNativeMethod(mappingProxyClass, '__contains__', 'wrapper(key, /)', (self, [key]) => contains(inner(self), key));
defNativeMethod(mappingProxyClass, '__iter__', 'wrapper()', (self) => callMethodByName(inner(self), '__iter__', []));
defNativeMethod(mappingProxyClass, '__reversed__', '()', (self) => callMethodByName(inner(self), '__reversed__', []));
defNativeMethod(mappingProxyClass, 'get', '(key, default=None, /)', (self, [key, dflt]) =>
  callMethodByName(inner(self), 'get', [key, dflt]),
);
for (const name of ['keys', 'values', 'items', 'copy'])
  defNativeMethod(mappingProxyClass, name, '()', (self) => callMethodByName(inner(self), name, []));
defNativeMethod(mappingProxyClass, '__repr__', 'wrapper()', (self) => `mappingproxy(${repr(inner(self))})`);
defNativeMethod(mappingProxyClass, '__str__', 'wrapper()', (self) => str(inner(self)));
mappingProxyClass.slots.str = (self) => str(inner(self));
// Comparisons ask the underlying mapping (the other side is not unwrapped, as in CPython).
for (const [name, op] of [
  ['__eq__', '=='],
  ['__ne__', '!='],
  ['__lt__', '<'],
  ['__le__', '<='],
  ['__gt__', '>'],
  ['__ge__', '>='],
] as const)
  defNativeMethod(mappingProxyClass, name, 'wrapper(value, /)', (self, [o]) => compare(op, inner(self), o));
// `proxy | other` and `other | proxy` are the mappings' own `|`, a proxy on either side unwrapped.
const unwrap = (v: PyValue): PyValue => (v instanceof PyMappingProxy ? v.mapping : v);
defNativeMethod(mappingProxyClass, '__or__', 'wrapper(value, /)', (self, [o]) => binop('|', unwrap(self), unwrap(o)));
defNativeMethod(mappingProxyClass, '__ror__', 'wrapper(value, /)', (self, [o]) => binop('|', unwrap(o), unwrap(self)));
defNativeMethod(mappingProxyClass, '__ior__', 'wrapper(value, /)', (self) => {
  throw pyError('TypeError', `'|=' is not supported by ${typeName(self)}; use '|' instead`);
});
defNativeMethod(mappingProxyClass, '__hash__', 'wrapper()', proxyHash);
// 3.11's mappingproxy says it is unhashable with `__hash__ = None` (collections.abc.Hashable looks).
const hashMethod = mappingProxyClass.dict!.get('__hash__')!;
onVersion((now) => {
  mappingProxyClass.dict!.set('__hash__', now >= 12 ? hashMethod : null);
  classesChanged();
});

setClassDictOf((cls) => new PyMappingProxy(liveDict(cls.dict!)));
