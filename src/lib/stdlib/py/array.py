# `array`: typed arrays of numbers or characters, as CPython's C module has them on 64-bit Linux for
# every version (the recorded 3.14 is Pyodide's 32-bit build, whose C long is 4 bytes; Loopline
# keeps 8). The items are kept as Python values already converted the way the C type stores
# them: integers range-checked with the message of the C conversion each typecode uses, 'f' floats
# rounded to single precision, 'u'/'w' one-character strings. Bytes are little-endian.
# buffer_info's address is made up (see there); tofile/fromfile call the file's write/read, on any
# file object. The buffer that bytes(), memoryview() and the like read is a read-only copy of the
# items.

import math as _math
import sys as _sys
import struct as _struct
import operator as _operator
from types import GenericAlias as _GenericAlias

_V = _sys.version_info[:2]

typecodes = 'bBuwhHiIlLqQfd' if _V >= (3, 13) else 'bBuhHiIlLqQfd'

_SIZE = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
         'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = frozenset('bhilq')
_LONG_MIN, _LONG_MAX = -2 ** 63, 2 ** 63 - 1
_ULONG_MAX = 2 ** 64 - 1
# The typecodes read through a C long and then range-checked, as CPython's C conversions of each
# do (some through a wider C type first): the ranges in order, each (least, greatest, name).
_SHORT = (-2 ** 15, 2 ** 15 - 1, 'signed short integer')
_INT = (-2 ** 31, 2 ** 31 - 1, 'signed integer')
_NARROW = {
    'b': (_SHORT, (-128, 127, 'signed char')),
    'B': ((0, 255, 'unsigned byte integer'),),
    'h': (_SHORT,),
    'H': (_INT, (0, 2 ** 16 - 1, 'unsigned short')),
    'i': (_INT,),
}


def _bad_typecode():
    codes = 'b, B, u, w, h, H, i, I, l, L, q, Q, f or d' if _V >= (3, 14) else 'b, B, u, h, H, i, I, l, L, q, Q, f or d'
    return ValueError('bad typecode (must be %s)' % codes)


def _unicode_error(v):
    if _V < (3, 14):
        return TypeError('array item must be unicode character')
    if isinstance(v, str):
        return TypeError('array item must be a unicode character, not a string of length %d' % len(v))
    return TypeError('array item must be a unicode character, not %s' % type(v).__name__)


def _to_f32(x):
    # The nearest single-precision value (ties to even), as a C cast from double gives; beyond the
    # largest finite one, an infinity.
    if x != x or x in (float('inf'), float('-inf')) or x == 0:
        return x
    exp = _math.frexp(x)[1]
    quantum = exp - 24 if exp - 24 > -149 else -149
    v = round(x * 2.0 ** -quantum) * 2.0 ** quantum
    if abs(v) >= 2.0 ** 128:
        return float('inf') if v > 0 else float('-inf')
    return _math.copysign(v, x)


def _convert(tc, v):
    if tc in 'uw':
        if not isinstance(v, str) or len(v) != 1:
            raise _unicode_error(v)
        return v
    if tc in 'fd':
        if isinstance(v, float):
            f = v
        elif isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            f = float(v)
        else:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        return _to_f32(f) if tc == 'f' else f
    n = _operator.index(v)
    if tc in _NARROW:
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        for low, high, name in _NARROW[tc]:
            if n > high:
                raise OverflowError('%s is greater than maximum' % name)
            if n < low:
                raise OverflowError('%s is less than minimum' % name)
    elif tc == 'l':
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
    elif tc in 'IL':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n > _ULONG_MAX:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if tc == 'I' and n > 2 ** 32 - 1:
            raise OverflowError('unsigned int is greater than maximum')
    elif tc == 'q':
        if not _LONG_MIN <= n <= _LONG_MAX:
            raise OverflowError('int too big to convert')
    else:
        if n < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if n > _ULONG_MAX:
            raise OverflowError('int too big to convert')
    return int(n)


def _item_bytes(tc, v):
    if tc in 'uw':
        return ord(v).to_bytes(4, 'little')
    if tc == 'f':
        return _struct.pack('<f', v)
    if tc == 'd':
        return _struct.pack('<d', v)
    return v.to_bytes(_SIZE[tc], 'little', signed=tc in _SIGNED)


def _item_from_bytes(tc, b):
    if tc in 'uw':
        return chr(int.from_bytes(b, 'little'))
    if tc == 'f':
        return _struct.unpack('<f', b)[0]
    if tc == 'd':
        return _struct.unpack('<d', b)[0]
    return int.from_bytes(b, 'little', signed=tc in _SIGNED)


def _one_argument(name, args):
    if len(args) != 1:
        raise TypeError('array.%s() takes exactly one argument (%d given)' % (name, len(args)))
    return args[0]


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_tc', '_items')

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            if isinstance(tc, str) and _V >= (3, 14):
                got = 'a string of length %d' % len(tc)
            else:
                got = type(tc).__name__
            raise TypeError('array() argument 1 must be a unicode character, not %s' % got)
        if len(args) == 2:
            # The initializer is checked before the typecode is looked up, as CPython does.
            unicode = 'uw' if _V >= (3, 13) else 'u'
            if tc not in unicode and isinstance(args[1], str):
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % tc)
            if tc not in unicode and isinstance(args[1], array) and args[1]._tc in unicode:
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % tc)
        if tc not in typecodes:
            raise _bad_typecode()
        if tc == 'u' and _V >= (3, 13):
            import warnings
            warnings.warn("The 'u' type code is deprecated and will be removed in Python 3.16",
                          DeprecationWarning, stacklevel=2)
        self = object.__new__(cls)
        self._tc = tc
        self._items = []
        if len(args) == 1:
            return self
        init = args[1]
        if isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        elif isinstance(init, str):
            self._items.extend(init)
        elif isinstance(init, (list, array)):
            self._items = [_convert(tc, v) for v in init]
        else:
            for v in iter(init):
                self._items.append(_convert(tc, v))
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZE[self._tc]

    def _same(self, items):
        other = object.__new__(type(self))
        other._tc = self._tc
        other._items = items
        return other

    # -- the sequence
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        i = 0
        while i < len(self._items):
            yield self._items[i]
            i += 1

    def __contains__(self, v):
        for item in self._items:
            if item == v:
                return True
        return False

    def _index(self, i, message):
        i = _operator.index(i)
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(message)
        return i

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._same(self._items[key])
        if not hasattr(type(key), '__index__'):
            raise TypeError('array indices must be integers')
        return self._items[self._index(key, 'array index out of range')]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = key.indices(len(self._items))
            if step != 1 and not value._items:
                # An empty array deletes an extended slice, whatever its size.
                del self._items[key]
                return
            if step != 1:
                size = len(range(start, stop, step))
                if len(value._items) != size:
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                     % (len(value._items), size))
            self._items[key] = list(value._items)
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError('array indices must be integers')
        i = self._index(key, 'array assignment index out of range')
        self._items[i] = _convert(self._tc, value)

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError('array indices must be integers')
        del self._items[self._index(key, 'array assignment index out of range')]

    # -- operators
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._same(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._same(self._items * _operator.index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._items *= _operator.index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._items, other._items
        if len(a) != len(b) and op in ('eq', 'ne'):
            return op == 'ne'
        # CPython compares new objects for the items: no identity shortcut (a NaN is not equal).
        for x, y in zip(a, b):
            if not x == y:
                break
        else:
            x, y = len(a), len(b)
        return getattr(_operator, op)(x, y)

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__ if type(self) is not array else 'array'
        if not self._items:
            return "%s('%s')" % (name, self._tc)
        if self._tc in 'uw':
            return '%s(%r, %r)' % (name, self._tc, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._tc, list(self._items))

    def __buffer__(self, flags, /):
        # A read-only copy of the items (CPython's view is of the array itself, writable): a
        # write through it is refused rather than lost.
        return memoryview(self.tobytes()).cast(self._tc if self._tc not in 'uw' else 'I')

    def __copy__(self):
        return self._same(list(self._items))

    def __deepcopy__(self, memo):
        return self._same(list(self._items))

    if _V >= (3, 12):
        __class_getitem__ = classmethod(_GenericAlias)

    # -- methods
    def append(self, *args):
        v = _one_argument('append', args)
        self._items.append(_convert(self._tc, v))

    def extend(self, *args):
        iterable = _one_argument('extend', args)
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(list(iterable._items))
            return
        for v in iter(iterable):
            self._items.append(_convert(self._tc, v))

    def insert(self, i, v, /):
        i = _operator.index(i)
        self._items.insert(i, _convert(self._tc, v))

    def pop(self, i=-1, /):
        i = _operator.index(i)
        if not self._items:
            raise IndexError('pop from empty array')
        n = len(self._items)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, *args):
        v = _one_argument('remove', args)
        for i, item in enumerate(self._items):
            if item == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=_sys.maxsize, /):
        n = len(self._items)
        start, stop = _operator.index(start), _operator.index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            item = self._items[i]
            if item == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, *args):
        v = _one_argument('count', args)
        return sum(1 for item in self._items if item == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, *args):
        items = _one_argument('fromlist', args)
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        converted = [_convert(self._tc, v) for v in items]
        self._items.extend(converted)

    def tobytes(self):
        return b''.join(_item_bytes(self._tc, v) for v in self._items)

    def frombytes(self, *args):
        data = _one_argument('frombytes', args)
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        view = memoryview(data)
        if view.itemsize != 1:
            raise TypeError('a bytes-like object is required')
        data = bytes(view)
        size = _SIZE[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        self._items.extend(_item_from_bytes(self._tc, data[i:i + size]) for i in range(0, len(data), size))

    def _put_bytes(self, data):
        # A read into the array's buffer (readinto, recv_into): the bytes overwrite its start; an
        # item they cover only in part keeps the rest of its bytes.
        size = _SIZE[self._tc]
        touched = -(-len(data) // size)
        raw = bytearray(b''.join(_item_bytes(self._tc, v) for v in self._items[:touched]))
        raw[:len(data)] = data
        self._items[:touched] = [_item_from_bytes(self._tc, bytes(raw[i:i + size])) for i in range(0, len(raw), size)]

    def buffer_info(self):
        # (address, length). An empty array has no buffer (address 0, as in CPython); otherwise
        # the simulated machine has no memory addresses: the address is id(self) + 64 (nonzero,
        # fixed for the array's life, distinct between live arrays), where CPython's is wherever
        # its allocator put the items (and moves when the array grows).
        return (id(self) + 64 if self._items else 0, len(self._items))

    def tofile(self, *args):
        # Writes the bytes to f by f.write(), in blocks of 64 KiB as CPython does.
        if len(args) != 1:
            raise TypeError('tofile() takes exactly 1 positional argument (%d given)' % len(args))
        f = args[0]
        data = self.tobytes()
        for start in range(0, len(data), 65536):
            f.write(data[start:start + 65536])

    def fromfile(self, *args):
        # Reads n items by one f.read(n * itemsize); what came is appended, then too few bytes
        # is an EOFError.
        if len(args) != 2:
            raise TypeError('fromfile() takes exactly 2 positional arguments (%d given)' % len(args))
        f, n = args
        n = _operator.index(n)
        if n < 0:
            raise ValueError('negative count')
        nbytes = n * _SIZE[self._tc]
        b = f.read(nbytes)
        if not isinstance(b, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(b)
        if len(b) != nbytes:
            raise EOFError("read() didn't return enough bytes")

    def _unicode_only(self, name):
        if self._tc not in 'uw':
            if _V >= (3, 13):
                raise ValueError("%s() may only be called on unicode type arrays ('u' or 'w')" % name)
            raise ValueError('%s() may only be called on unicode type arrays' % name)

    def tounicode(self):
        self._unicode_only('tounicode')
        return ''.join(self._items)

    def fromunicode(self, *args):
        s = _one_argument('fromunicode', args)
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._unicode_only('fromunicode')
        self._items.extend(s)

    def byteswap(self):
        tc = self._tc
        if _SIZE[tc] == 1:
            return
        self._items = [_item_from_bytes(tc, _item_bytes(tc, v)[::-1]) for v in self._items]

    if _V >= (3, 13):

        def clear(self):
            self._items.clear()


ArrayType = array

from _stdlib_native import c_types as _c_types
_c_types(array)
del _c_types
