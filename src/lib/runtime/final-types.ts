/**
 * The types CPython refuses as a base class (no Py_TPFLAGS_BASETYPE), by tp_name, among those
 * Loopline has: `class X(bool)` raises `TypeError: type 'bool' is not an acceptable base type`.
 * Listed from `type.__flags__ & (1 << 10)` on CPython 3.11-3.13.
 */
import type { PyClass } from './core';
import { run } from './run';

const FINAL = new Set([
  'bool',
  'range',
  'slice',
  'memoryview',
  'NoneType',
  'NotImplementedType',
  'ellipsis',
  'function',
  'method',
  'builtin_function_or_method',
  'generator',
  'coroutine',
  'async_generator',
  'code',
  'frame',
  'traceback',
  'cell',
  'mappingproxy',
  'method-wrapper',
  'wrapper_descriptor',
  'method_descriptor',
  'classmethod_descriptor',
  'getset_descriptor',
  'member_descriptor',
  'types.UnionType',
  'dict_keys',
  'dict_values',
  'dict_items',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'dict_reversekeyiterator',
  'dict_reversevalueiterator',
  'dict_reverseitemiterator',
  'list_iterator',
  'list_reverseiterator',
  'tuple_iterator',
  'set_iterator',
  'str_iterator',
  'str_ascii_iterator',
  'bytes_iterator',
  'bytearray_iterator',
  'range_iterator',
  'longrange_iterator',
  '_contextvars.Context',
  '_contextvars.ContextVar',
  '_contextvars.Token',
  'datetime.timezone',
  're.Pattern',
  're.Match',
  'operator.itemgetter',
  'operator.attrgetter',
  'operator.methodcaller',
  'itertools._grouper',
  'itertools._tee',
  'functools._lru_cache_wrapper',
  'weakref.ProxyType',
  'weakref.CallableProxyType',
  'time.struct_time',
]);

/** 3.13 made threading.Lock the lock type itself, where 3.12 had a factory function. */
const FINAL_SINCE_313 = new Set(['_thread.lock']);

/** The tp_name CPython would refuse as a base, or null when `cls` may be subclassed. */
export function finalTypeName(cls: PyClass): string | null {
  if (cls.final) return cls.tpName ?? cls.name;
  // Only Loopline's own types count: a user's class is never one of CPython's, whatever it is called.
  if (!cls.isBuiltin && cls.tpName === undefined) return null;
  const name = cls.tpName ?? (cls.module === 'builtins' ? cls.name : `${cls.module}.${cls.qualname}`);
  return FINAL.has(name) || (run.minor >= 13 && FINAL_SINCE_313.has(name)) ? name : null;
}
