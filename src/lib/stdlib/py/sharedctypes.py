# multiprocessing's shared memory (Value, Array, RawValue, RawArray) on simulated processes.
# A shared object is a library object, so fork does not copy it (src/lib/sim/threads.md,
# "Processes"): every process reads and writes the one object, as with CPython's shared memory.
# The stored values behave as the ctypes types do: integers wrap to their width, 'f' rounds to
# single precision, 'c' and 'u' hold one character. Written for Loopline after CPython's
# Lib/multiprocessing/sharedctypes.py and the ctypes documentation.

import math
import threading

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'Synchronized', 'SynchronizedArray',
           'SynchronizedString', 'SynchronizedBase']


def _as_int(v):
    if not isinstance(v, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return int(v)


def _integer(bits, signed):
    span = 1 << bits

    def convert(v):
        v = _as_int(v) % span
        return v - span if signed and v >= span >> 1 else v
    return convert


def _double(v):
    if not isinstance(v, (int, float)):
        raise TypeError('must be real number, not %s' % type(v).__name__)
    return float(v)


def _single(v):
    # Round to the nearest float32 (ties to even), as storing in a C float does.
    v = _double(v)
    if v == 0 or math.isinf(v) or math.isnan(v):
        return v
    m, e = math.frexp(v)
    if e > 128:
        return math.copysign(math.inf, v)
    digits = 24 if e >= -125 else 24 - (-125 - e)
    r = math.ldexp(round(math.ldexp(m, digits)), e - digits)
    return math.copysign(math.inf, v) if abs(r) >= 2.0 ** 128 else r


def _char(v):
    if isinstance(v, int) and 0 <= v < 256:
        return bytes([v])
    if isinstance(v, (bytes, bytearray)) and len(v) == 1:
        return bytes(v)
    raise TypeError('one character bytes, bytearray or integer expected')


def _wchar(v):
    if not isinstance(v, str):
        raise TypeError('unicode string expected instead of %s instance' % type(v).__name__)
    if len(v) != 1:
        raise TypeError('one character unicode string expected')
    return v


# typecode: (ctypes name, conversion, zero)
_TYPES = {
    'b': ('c_byte', _integer(8, True), 0), 'B': ('c_ubyte', _integer(8, False), 0),
    'h': ('c_short', _integer(16, True), 0), 'H': ('c_ushort', _integer(16, False), 0),
    'i': ('c_int', _integer(32, True), 0), 'I': ('c_uint', _integer(32, False), 0),
    'l': ('c_long', _integer(64, True), 0), 'L': ('c_ulong', _integer(64, False), 0),
    'q': ('c_longlong', _integer(64, True), 0), 'Q': ('c_ulonglong', _integer(64, False), 0),
    'f': ('c_float', _single, 0.0), 'd': ('c_double', _double, 0.0),
    'c': ('c_char', _char, b'\x00'), 'u': ('c_wchar', _wchar, ''),
}
# ctypes names the 64-bit integers after C's long on Linux.
_ALIASES = {'c_longlong': 'c_long', 'c_ulonglong': 'c_ulong'}


def _type_of(typecode):
    if typecode not in _TYPES:
        if isinstance(typecode, str):
            raise TypeError('this type has no size')
        raise TypeError('Loopline simulates Value and Array with a typecode string '
                        "('i', 'd', 'c', ...), not ctypes types")
    return _TYPES[typecode]


class _Scalar:
    """One ctypes value (c_int(5)): what RawValue returns and what Value wraps."""

    def __init__(self, typecode, value):
        self._name, self._convert, _ = _type_of(typecode)
        self._value = self._convert(value)

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = self._convert(v)

    def __repr__(self):
        return '%s(%r)' % (_ALIASES.get(self._name, self._name), self._value)


class _CArray:
    """A ctypes array (c_int_Array_3): fixed length, every item converted on the way in."""

    def __init__(self, typecode, size_or_initializer):
        self._name, self._convert, zero = _type_of(typecode)
        self._typecode = typecode
        if isinstance(size_or_initializer, int):
            self._items = [zero] * size_or_initializer
        else:
            self._items = [self._convert(v) for v in size_or_initializer]

    def __len__(self):
        return len(self._items)

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError('indices must be integers')
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = self._items[i]
            if self._typecode == 'c':
                return bytes([c[0] for c in items])
            if self._typecode == 'u':
                return ''.join(items)
            return items
        return self._items[self._index(i)]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            positions = range(len(self._items))[i]
            values = list(v)
            if len(values) != len(positions):
                raise ValueError('Can only assign sequence of same size')
            converted = [self._convert(x) for x in values]
            for p, x in zip(positions, converted):
                self._items[p] = x
            return
        self._items[self._index(i)] = self._convert(v)

    def __iter__(self):
        return iter(list(self._items))

    def _text(self):
        # A char array's .value: its characters up to the first NUL.
        zero = _type_of(self._typecode)[2]
        end = self._items.index(zero) if zero in self._items else len(self._items)
        return self[:end]

    def _set_text(self, v):
        if len(v) > len(self._items):
            raise ValueError('byte string too long' if self._typecode == 'c' else 'string too long')
        for p, x in enumerate(v):
            self._items[p] = self._convert(x if self._typecode == 'u' else bytes([x]))
        if len(v) < len(self._items):
            self._items[len(v)] = self._convert(b'\x00' if self._typecode == 'c' else '\x00')

    def __repr__(self):
        name = '%s_Array_%d' % (_ALIASES.get(self._name, self._name), len(self._items))
        return '<multiprocessing.sharedctypes.%s object at %s>' % (name, hex(id(self)))


class _CharArray(_CArray):
    value = property(_CArray._text, _CArray._set_text)

    @property
    def raw(self):
        return self[:]


def RawValue(typecode_or_type, *args):
    return _Scalar(typecode_or_type, args[0] if args else _type_of(typecode_or_type)[2])


def RawArray(typecode_or_type, size_or_initializer):
    cls = _CharArray if typecode_or_type in ('c', 'u') else _CArray
    return cls(typecode_or_type, size_or_initializer)


def _lock_for(lock):
    if lock is True or lock is None:
        return threading.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock


class SynchronizedBase:
    """A shared object with the lock that guards it: `with v.get_lock(): v.value += 1`."""

    def __init__(self, obj, lock=None):
        self._obj, self._lock = obj, _lock_for(lock)
        self.acquire, self.release = self._lock.acquire, self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %r>' % (type(self).__name__, self._obj)


def _guarded_value(attr):
    def get(self):
        with self._lock:
            return getattr(self._obj, attr)

    def put(self, v):
        with self._lock:
            setattr(self._obj, attr, v)
    return property(get, put)


class Synchronized(SynchronizedBase):
    value = _guarded_value('value')


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        return iter(self[:])


class SynchronizedString(SynchronizedArray):
    value = _guarded_value('value')
    raw = _guarded_value('raw')


for _cls in (SynchronizedBase, Synchronized, SynchronizedArray, SynchronizedString):
    _cls.__module__ = 'multiprocessing.sharedctypes'


def Value(typecode_or_type, *args, lock=True):
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    return Synchronized(obj, lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    cls = SynchronizedString if typecode_or_type == 'c' else SynchronizedArray
    return cls(obj, lock)
