# `reprlib`: repr() with limits on sizes and nesting (Repr, the shared `repr`), and the decorator
# that makes a __repr__ answer '...' when it meets its own object again.
import builtins
import sys as _sys
from itertools import islice
from _thread import get_ident

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    def decorating_function(user_function):
        # Keyed by object and thread: another thread printing the same object is no recursion.
        running = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        if _sys.version_info >= (3, 12):
            wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        if _sys.version_info >= (3, 13):
            wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


# 3.14 uses repr_<name> for a builtin type only when the object's type comes from that module,
# so a class of the program's own named `list` is shown by repr_instance.
_home_modules = {
    'tuple': 'builtins', 'list': 'builtins', 'array': 'array', 'set': 'builtins',
    'frozenset': 'builtins', 'deque': 'collections', 'dict': 'builtins', 'str': 'builtins',
    'int': 'builtins',
}

_LIMITS = (('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6), ('maxarray', 5), ('maxdict', 4),
           ('maxset', 6), ('maxfrozenset', 6), ('maxdeque', 6), ('maxstring', 30), ('maxlong', 40),
           ('maxother', 30))


class Repr:
    if _sys.version_info >= (3, 12):
        def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                     maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                     maxother=30, fillvalue='...', indent=None):
            given = (maxlevel, maxtuple, maxlist, maxarray, maxdict, maxset, maxfrozenset, maxdeque,
                     maxstring, maxlong, maxother)
            for (name, _default), value in zip(_LIMITS, given):
                setattr(self, name, value)
            self.fillvalue = fillvalue
            self.indent = indent
    else:
        def __init__(self):
            self.fillvalue = '...'
            for name, value in _LIMITS:
                setattr(self, name, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        cls = type(x)
        typename = '_'.join(cls.__name__.split()) if ' ' in cls.__name__ else cls.__name__
        method = getattr(self, 'repr_' + typename, None)
        if method:
            if _sys.version_info < (3, 14) or typename not in _home_modules:
                return method(x, level)
            if getattr(cls, '__module__', None) == _home_modules[typename]:
                return method(x, level)
        return self.repr_instance(x, level)

    def _join(self, pieces, level):
        indent = getattr(self, 'indent', None) if _sys.version_info >= (3, 12) else None
        if indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
            indent *= ' '
        try:
            sep = ',\n' + (self.maxlevel - level + 1) * indent
        except TypeError as error:
            raise TypeError(f'Repr.indent must be a str, int or None, not {type(indent)}') from error
        # Each piece on its own line one level deeper, the closing bracket back at this level.
        return sep.join(('', *pieces, ''))[1:-len(indent) or None]

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            body = self._join(pieces, level)
            if n == 1 and trail and getattr(self, 'indent', None) is None:
                right = trail + right
        return f'{left}{body}{right}'

    def repr_array(self, x, level):
        opening = f"array('{x.typecode}'"
        if not x:
            return opening + ')'
        return self._repr_iterable(x, level, opening + ', [', '])', self.maxarray)

    def repr_dict(self, x, level):
        size = len(x)
        if not size:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        deeper = level - 1
        pieces = [f'{self.repr1(key, deeper)}: {self.repr1(x[key], deeper)}'
                  for key in islice(_possibly_sorted(x), self.maxdict)]
        if size > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % self._join(pieces, level)

    def repr_str(self, x, level):
        # The repr of the string's first maxstring characters when short enough; else the repr of
        # its two ends, cut again around the fill value.
        limit = self.maxstring
        shown = builtins.repr(x[:limit])
        if len(shown) <= limit:
            return shown
        head, tail = _ends(limit)
        shown = builtins.repr(x[:head] + x[len(x) - tail:])
        return shown[:head] + self.fillvalue + shown[len(shown) - tail:]

    def repr_int(self, x, level):
        return _cut(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            # A __repr__ that fails still gets a name.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _cut(s, self.maxother, self.fillvalue)


def _ends(limit):
    # How many characters to keep from the start and from the end when cutting to `limit`.
    head = max(0, (limit - 3) // 2)
    return head, max(0, limit - 3 - head)


def _cut(s, limit, fill):
    # The start and end of a text longer than the limit, the fill value between.
    if len(s) <= limit:
        return s
    head, tail = _ends(limit)
    return s[:head] + fill + s[len(s) - tail:]


# The plain containers' methods, made from a table: the brackets, the Repr attribute that limits
# how many items show, what follows a lone item, how an empty one shows (None: as the brackets do),
# and whether the items are sorted first.
_CONTAINERS = (
    ('tuple', '(', ')', 'maxtuple', ',', None, False),
    ('list', '[', ']', 'maxlist', '', None, False),
    ('set', '{', '}', 'maxset', '', 'set()', True),
    ('frozenset', 'frozenset({', '})', 'maxfrozenset', '', 'frozenset()', True),
    ('deque', 'deque([', '])', 'maxdeque', '', None, False),
)


def _container_method(left, right, limit, trail, empty, ordered):
    def method(self, x, level):
        if empty is not None and not x:
            return empty
        items = _possibly_sorted(x) if ordered else x
        return self._repr_iterable(items, level, left, right, getattr(self, limit), trail)
    return method


for _name, *_shape in _CONTAINERS:
    _method = _container_method(*_shape)
    _method.__name__ = 'repr_' + _name
    _method.__qualname__ = 'Repr.repr_' + _name
    setattr(Repr, _method.__name__, _method)
del _name, _shape, _method


def _possibly_sorted(x):
    # Sorted when the items compare, else in their own order.
    try:
        return sorted(x)
    except Exception:
        return list(x)


aRepr = Repr()
repr = aRepr.repr
