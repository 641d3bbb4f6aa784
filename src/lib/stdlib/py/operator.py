# `operator`: the operator functions plus itemgetter / attrgetter / methodcaller / call.

_builtin_abs = abs


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return bool(a)


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def is_none(a):
    return a is None


def is_not_none(a):
    return a is not None


def abs(a):
    return _builtin_abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    if isinstance(a, int):
        return int(a)
    if hasattr(type(a), '__index__'):
        result = a.__index__()
        if not isinstance(result, int):
            raise TypeError(f'__index__ returned non-int (type {type(result).__name__})')
        if type(result) is not int:
            import warnings
            warnings.warn(f'__index__ returned non-int (type {type(result).__name__}).  The ability to return'
                          ' an instance of a strict subclass of int is deprecated, and may be removed in a'
                          ' future version of Python.', DeprecationWarning, stacklevel=2)
        return int(result)
    raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer")


def inv(a):
    return ~a


# A function of its own in CPython, not another name for inv.
def invert(a):
    return ~a


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    count = 0
    for i in a:
        if i is b or i == b:
            count += 1
    return count


def delitem(a, b):
    del a[b]


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def setitem(a, b, c):
    a[b] = c


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    val = hint(obj)
    if val is NotImplemented:
        return default
    return val


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


class attrgetter:
    def __init__(self, attr, /, *attrs):
        names = (attr, *attrs)
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = [name.split('.') for name in names]

    def _get(self, obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __call__(self, obj, /):
        if len(self._paths) == 1:
            return self._get(obj, self._paths[0])
        return tuple(self._get(obj, p) for p in self._paths)

    def __repr__(self):
        return f'{self.__class__.__module__}.{self.__class__.__qualname__}({", ".join(map(repr, self._attrs))})'


class itemgetter:
    def __init__(self, item, /, *items):
        self._items = (item,) + items

    def __call__(self, obj, /):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f'{self.__class__.__module__}.{self.__class__.__name__}({", ".join(map(repr, self._items))})'


class methodcaller:
    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj, /):
        bound = getattr(obj, self._name)
        return bound(*self._args, **self._kwargs)

    def __repr__(self):
        # The name, the positional arguments, then key=value for the keyword ones.
        shown = [repr(self._name)]
        shown += [repr(arg) for arg in self._args]
        shown += [f'{key}={value!r}' for key, value in self._kwargs.items()]
        cls = self.__class__
        return f'{cls.__module__}.{cls.__name__}({", ".join(shown)})'


# Facts: the dunder aliases CPython's operator module has, in its order.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__call__ = call
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor


# CPython writes these in C: error messages name them with their module ('operator.attrgetter' object ...).
from _stdlib_native import c_types as _c_types
_c_types(attrgetter, itemgetter, methodcaller)
del _c_types

# The functions are C functions of _operator in CPython: `<built-in function add>`.
from _stdlib_native import c_functions as _c_functions
_c_functions('_operator', globals(), '''lt le eq ne ge gt not_ truth is_ is_not is_none is_not_none abs add and_
    floordiv index inv invert lshift mod mul matmul neg or_ pos pow rshift sub truediv xor concat contains countOf delitem
    getitem indexOf setitem length_hint call iadd iand iconcat ifloordiv ilshift imod imul imatmul ior ipow irshift
    isub itruediv ixor''')
del _c_functions

# The binary operator functions and the getters' calls run natively, as in C.
from _stdlib_native import operator_natives as _natives
_natives(globals())
del _natives
