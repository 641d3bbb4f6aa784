# `collections`: deque (from _collections_deque), Counter, defaultdict, OrderedDict, namedtuple, ChainMap,
# UserDict, UserList and UserString,
# following CPython 3.13's documented behaviour and reprs.
# `_stdlib_native.tuple_new(cls, iterable)` builds an instance of a tuple subclass.

from _collections_deque import deque
import sys as _sys
import _stdlib_native
import _collections_abc as abc

abc.MutableSequence.register(deque)

_tuple_new = _stdlib_native.tuple_new
_keywords = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


# The objects whose repr is being made, so that one containing itself shows '...' there (as
# CPython's dict repr and reprlib.recursive_repr do).
_repr_running = set()


def _guarded_repr(obj, recursive, make):
    key = (id(obj), recursive)
    if key in _repr_running:
        return recursive
    _repr_running.add(key)
    try:
        return make()
    finally:
        _repr_running.discard(key)


def _dict_repr(d):
    return _guarded_repr(d, '{...}', lambda: '{' + ', '.join([f'{k!r}: {v!r}' for k, v in dict.items(d)]) + '}')


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        # A Mapping gives counts to add (an empty Counter takes them as they are); anything else is
        # iterated, each element counting one.
        if iterable is None:
            pass
        elif not isinstance(iterable, abc.Mapping):
            _tally(self, iterable, True)
        elif not self:
            super().update(iterable)
        else:
            current = self.get
            for key, count in iterable.items():
                self[key] = count + current(key, 0)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is None:
            pass
        elif isinstance(iterable, abc.Mapping):
            current = self.get
            for key, count in iterable.items():
                self[key] = current(key, 0) - count
        else:
            _tally(self, iterable, False)
        if kwds:
            self.subtract(kwds)

    def __delitem__(self, elem):
        # Deleting an absent element is no error.
        if elem in self:
            dict.pop(self, elem)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def copy(self):
        return self.__class__(self)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({_dict_repr(d)})'

    # Comparisons look at every element either side counts (a missing one counts 0).

    def __eq__(self, other):
        return _each_count(self, other, '==') if isinstance(other, Counter) else NotImplemented

    def __ne__(self, other):
        return not self == other if isinstance(other, Counter) else NotImplemented

    def __le__(self, other):
        return _each_count(self, other, '<=') if isinstance(other, Counter) else NotImplemented

    def __ge__(self, other):
        return _each_count(self, other, '>=') if isinstance(other, Counter) else NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    # The binary operators keep only positive counts; `other` must be a Counter.

    def __add__(self, other):
        return _summed(self, other, True) if isinstance(other, Counter) else NotImplemented

    def __sub__(self, other):
        return _summed(self, other, False) if isinstance(other, Counter) else NotImplemented

    def __or__(self, other):
        return _extreme(self, other, True) if isinstance(other, Counter) else NotImplemented

    def __and__(self, other):
        return _extreme(self, other, False) if isinstance(other, Counter) else NotImplemented

    def __pos__(self):
        result = Counter()
        _only_theirs(result, (), self, False)
        return result

    def __neg__(self):
        result = Counter()
        _only_theirs(result, (), self, True)
        return result

    def _keep_positive(self):
        # Drops (through __delitem__) every element whose count is not above zero.
        for key in [k for k, c in self.items() if not c > 0]:
            del self[key]
        return self

    def _shift(self, other, up):
        for key, count in other.items():
            if up:
                self[key] += count
            else:
                self[key] -= count
        return self._keep_positive()

    def __iadd__(self, other):
        return self._shift(other, True)

    def __isub__(self, other):
        return self._shift(other, False)

    def __ior__(self, other):
        for key, theirs in other.items():
            if theirs > self[key]:
                self[key] = theirs
        return self._keep_positive()

    def __iand__(self, other):
        for key, mine in self.items():
            theirs = other[key]
            if theirs < mine:
                self[key] = theirs
        return self._keep_positive()


def _tally(counter, iterable, up):
    # One more (or one fewer) for each element, read and written through counter's get and [].
    current = counter.get
    if up:
        for key in iterable:
            counter[key] = current(key, 0) + 1
    else:
        for key in iterable:
            counter[key] = current(key, 0) - 1


def _each_count(mine, theirs, relation):
    # Whether `relation` holds between the two counts of every element, mine's elements first.
    for counter in (mine, theirs):
        for key in counter:
            a = mine[key]
            b = theirs[key]
            if relation == '==':
                holds = a == b
            elif relation == '<=':
                holds = a <= b
            else:
                holds = a >= b
            if not holds:
                return False
    return True


def _only_theirs(result, mine, theirs, negate):
    # Elements counted by `theirs` alone: kept when positive, or for a difference when negative, negated.
    for key, count in theirs.items():
        if key in mine:
            continue
        if negate:
            if count < 0:
                result[key] = 0 - count
        elif count > 0:
            result[key] = count


def _summed(mine, theirs, plus):
    result = Counter()
    for key, count in mine.items():
        value = count + theirs[key] if plus else count - theirs[key]
        if value > 0:
            result[key] = value
    _only_theirs(result, mine, theirs, not plus)
    return result


def _extreme(mine, theirs, larger):
    # Union (`larger`) keeps the larger count per element, intersection the smaller; on a tie the
    # left count for a union, the right one for an intersection.
    result = Counter()
    for key, count in mine.items():
        other = theirs[key]
        if count < other:
            value = other if larger else count
        else:
            value = count if larger else other
        if value > 0:
            result[key] = value
    if larger:
        _only_theirs(result, mine, theirs, False)
    return result


def _second(kv):
    return kv[1]


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __repr__(self):
        return f'{self.__class__.__name__}({self.default_factory!r}, {_dict_repr(self)})'

    def __or__(self, other):
        if isinstance(other, dict):
            merged = self.copy()
            merged.update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            merged = self.__class__(self.default_factory, other)
            merged.update(self)
            return merged
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class OrderedDict(dict):
    def __init__(self, other=(), /, **kwds):
        self.update(other, **kwds)

    def __reduce__(self):
        state = self.__getstate__()
        return self.__class__, (), state or None, None, iter(self.items())

    def move_to_end(self, key, last=True):
        # dict's own methods throughout: a subclass's __setitem__ may call move_to_end itself.
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __repr__(self):
        def make():
            if not self:
                return f'{self.__class__.__name__}()'
            if _sys.version_info < (3, 12):
                # 3.12 changed the repr from a list of pairs to a dict display.
                return f'{self.__class__.__name__}({list(self.items())!r})'
            return f'{self.__class__.__name__}({_dict_repr(self)})'
        return _guarded_repr(self, '...', make)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __or__(self, other):
        return _layered(self.__class__, self, other) if isinstance(other, dict) else NotImplemented

    def __ror__(self, other):
        return _layered(self.__class__, other, self) if isinstance(other, dict) else NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


def _layered(cls, base, top):
    # A new `cls` made from `base`, then updated with `top`.
    made = cls(base)
    made.update(top)
    return made


def _missing_args(fname, names):
    n = len(names)
    quoted = [repr(x) for x in names]
    if n == 1:
        listed = quoted[0]
    elif n == 2:
        listed = f'{quoted[0]} and {quoted[1]}'
    else:
        listed = ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
    s = '' if n == 1 else 's'
    return TypeError(f'{fname}() missing {n} required positional argument{s}: {listed}')


def _check_identifier(name):
    # A type or field name must be a str, an identifier, and not a keyword, checked in that order.
    if type(name) is not str:
        raise TypeError('Type names and field names must be strings')
    if not name.isidentifier():
        fault = 'must be valid identifiers'
    elif name in _keywords:
        fault = 'cannot be a keyword'
    else:
        return
    raise ValueError(f'Type names and field names {fault}: {name!r}')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if ((not name.isidentifier()) or name in _keywords or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    _check_identifier(typename)
    for name in field_names:
        _check_identifier(name)
    taken = set()
    for name in field_names:
        if not rename and name[0] == '_':
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in taken:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        taken.add(name)

    # The defaults belong to the last fields.
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        first = len(field_names) - len(defaults)
        if first < 0:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[first:], defaults))
    fields = tuple(field_names)
    num_fields = len(fields)
    new_name = f'{typename}.__new__'

    def __new__(_cls, *args, **kwargs):
        # The defaults are read from __new__.__defaults__ at each call, as CPython's generated
        # signature does, so the old recipe `P.__new__.__defaults__ = (...)` still works.
        given = __new__.__defaults__ or ()
        defaults_now = dict(zip(fields[num_fields - len(given):], given)) if given else {}
        if len(args) > num_fields:
            total = num_fields + 1
            if defaults_now:
                low = num_fields - len(defaults_now) + 1
                raise TypeError(f'{new_name}() takes from {low} to {total} positional arguments '
                                f'but {len(args) + 1} were given')
            raise TypeError(f'{new_name}() takes {total} positional argument{"" if total == 1 else "s"} '
                            f'but {len(args) + 1} were given')
        values = list(args)
        for name in kwargs:
            if name not in fields:
                raise TypeError(f"{new_name}() got an unexpected keyword argument '{name}'")
            if fields.index(name) < len(args):
                raise TypeError(f"{new_name}() got multiple values for argument '{name}'")
        missing = []
        for i in range(len(args), num_fields):
            name = fields[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif name in defaults_now:
                values.append(defaults_now[name])
            else:
                missing.append(name)
                values.append(None)
        if missing:
            raise _missing_args(new_name, missing)
        return _tuple_new(_cls, values)

    @classmethod
    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        values = []
        for name, value in zip(fields, self):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(value)
        if kwds:
            # 3.13 made it a TypeError (as for any unexpected keyword)
            raise (TypeError if _sys.version_info >= (3, 13) else ValueError)(
                f'Got unexpected field names: {list(kwds)!r}')
        return _tuple_new(self.__class__, values)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(
            [f'{name}={value!r}' for name, value in zip(fields, self)]) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        **({'__replace__': _replace} if _sys.version_info >= (3, 13) else {}),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        ns[name] = _tuplegetter(index, f'Alias for field number {index}')
    if module is None:
        module = _stdlib_native.caller_module(1)
    ns['__module__'] = module
    result = type(typename, (tuple,), ns)
    __new__.__qualname__ = new_name
    __new__.__defaults__ = defaults
    return result


class _tuplegetter:
    # CPython's C descriptor for a namedtuple's field: reads item `index`, refuses to set or delete.
    # (3.11's names its C module)
    __module__ = 'collections' if _sys.version_info >= (3, 12) else '_collections'

    def __init__(self, index, doc, /):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if not isinstance(instance, tuple):
            raise TypeError(f"descriptor for index '{self._index}' for tuple subclasses "
                            f"doesn't apply to '{type(instance).__name__}' object")
        if self._index >= len(instance):
            raise IndexError('tuple index out of range')
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)

    def __repr__(self):
        return f'{type(self).__name__}({self._index}, {self.__doc__!r})'


class ChainMap(abc.MutableMapping):
    # Several mappings read as one, the first that has a key winning; writes go to maps[0].

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # Each layer is subscripted, not asked `in`: a defaultdict layer makes (and keeps) a value.
        for layer in self.maps:
            try:
                found = layer[key]
            except KeyError:
                continue
            return found
        return self.__missing__(key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __len__(self):
        distinct = set()
        distinct.update(*self.maps)
        return len(distinct)

    def __iter__(self):
        # Keys in the order of the last layer first, as a dict built from the bottom up.
        order = {}
        for layer in self.maps[::-1]:
            for key in layer:
                order[key] = None
        return iter(order)

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    def __repr__(self):
        return _guarded_repr(self, '...', lambda: '%s(%s)' % (self.__class__.__name__, ', '.join([repr(m) for m in self.maps])))

    if _sys.version_info >= (3, 13):
        @classmethod
        def fromkeys(cls, iterable, value=None, /):
            return cls(dict.fromkeys(iterable, value))
    else:
        @classmethod
        def fromkeys(cls, iterable, *args):
            return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        head, *rest = self.maps
        return self.__class__(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            return self.__class__(kwargs, *self.maps)
        if kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    # Writes and deletions touch the first mapping only; its KeyError is reworded.

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def clear(self):
        self.maps[0].clear()

    def _first_lacks(self, key):
        return KeyError(f'Key not found in the first mapping: {key!r}')

    def __delitem__(self, key):
        head = self.maps[0]
        try:
            del head[key]
        except KeyError:
            raise self._first_lacks(key)

    def pop(self, key, *args):
        head = self.maps[0]
        try:
            return head.pop(key, *args)
        except KeyError:
            raise self._first_lacks(key)

    def popitem(self):
        head = self.maps[0]
        try:
            return head.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def __or__(self, other):
        if not isinstance(other, abc.Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, abc.Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


def _fresh_copy(obj, by_slice):
    # A new instance of obj's class, made without __init__, with obj's attributes and its own copy of
    # `data` (a list's by slicing, a dict's by its copy method); __dict__ is used so no descriptor runs.
    cls = obj.__class__
    twin = cls.__new__(cls)
    attrs = twin.__dict__
    attrs.update(obj.__dict__)
    data = obj.__dict__['data']
    attrs['data'] = data[:] if by_slice else data.copy()
    return twin


class UserDict(abc.MutableMapping):
    """A mapping that keeps its items in a real dict, `self.data`, for subclasses to extend."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # A subclass's __missing__ answers absent keys, as dict's own lookup asks it.
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __contains__(self, key):
        return key in self.data

    if _sys.version_info >= (3, 12):
        # 3.12 made get() go through __getitem__, so that __missing__ counts only for present keys.
        def get(self, key, default=None):
            if key not in self:
                return default
            return self[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __repr__(self):
        return repr(self.data)

    def _merged(self, first, second):
        return self.__class__(first | second)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self._merged(self.data, other.data)
        if isinstance(other, dict):
            return self._merged(self.data, other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self._merged(other.data, self.data)
        if isinstance(other, dict):
            return self._merged(other, self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        return _fresh_copy(self, False)

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy.copy() of the object while it holds no items (so its other attributes come
        # along), then the items put back in through update().
        import copy as _copy
        kept = self.data
        try:
            self.data = {}
            twin = _copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _list_of(other):
    # The list inside a UserList, or the value itself.
    return other.data if isinstance(other, UserList) else other


class UserList(abc.MutableSequence):
    # A sequence that keeps its items in a real list, `self.data`, for subclasses to extend.

    def __init__(self, initlist=None):
        self.data = []
        if isinstance(initlist, UserList):
            self.data.extend(initlist.data[:])
        elif type(initlist) is list:
            self.data.extend(initlist)
        elif initlist is not None:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __lt__(self, other):
        return self.data < _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __ge__(self, other):
        return self.data >= _list_of(other)

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        return item in self.data

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def __getitem__(self, i):
        # A slice is a new list of the same class.
        return self.__class__(self.data[i]) if isinstance(i, slice) else self.data[i]

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def _items_of(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return self.__class__(self.data + self._items_of(other))

    def __radd__(self, other):
        return self.__class__(self._items_of(other) + self.data)

    def __iadd__(self, other):
        self.data += self._items_of(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _fresh_copy(self, True)

    def copy(self):
        return self.__class__(self)

    # The in-place changes, each done by the list itself.

    def clear(self):
        self.data.clear()

    def reverse(self):
        self.data.reverse()

    def append(self, item):
        self.data.append(item)

    def extend(self, other):
        self.data.extend(_list_of(other))

    def remove(self, item):
        self.data.remove(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def pop(self, i=-1):
        return self.data.pop(i)


def _str_of(other):
    # The str inside a UserString, or the value itself.
    return other.data if isinstance(other, UserString) else other


class UserString(abc.Sequence):
    """A string that keeps its text in a real str, `self.data`, for subclasses to extend. Methods
    that make a new string make one of the same class; the others answer as str's do. The plain
    forwarding methods are made below the class, a few shapes at a time (_forwarders)."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            self.data = seq.data[:]
        elif isinstance(seq, str):
            self.data = seq
        else:
            self.data = str(seq)

    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

    def __hash__(self):
        return hash(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __len__(self):
        return len(self.data)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __getitem__(self, index):
        # An item or a slice: either way a new string of this class.
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            tail = other.data
        elif isinstance(other, str):
            tail = other
        else:
            tail = str(other)
        return self.__class__(self.data + tail)

    def __radd__(self, other):
        head = other if isinstance(other, str) else str(other)
        return self.__class__(head + self.data)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    # New strings whose arguments need more than forwarding.

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_str_of(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_str_of(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    # Answers given as str gives them.

    def encode(self, encoding='utf-8', errors='strict'):
        # None for either argument means its default.
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def join(self, seq):
        return self.data.join(seq)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    maketrans = str.maketrans


# UserString's forwarding methods, grouped by shape. Each maker returns a function over `self.data`'s
# method `name`; `remake` says whether the str it gives is wrapped in the instance's class, `unwrap`
# whether a UserString argument is replaced by its text first.

def _plain(name, remake):
    if remake:
        def method(self):
            return self.__class__(getattr(self.data, name)())
    else:
        def method(self):
            return getattr(self.data, name)()
    return method


def _padded(name, remake):
    def method(self, width, *args):
        return self.__class__(getattr(self.data, name)(width, *args))
    return method


def _stripped(name, remake):
    def method(self, chars=None):
        return self.__class__(getattr(self.data, name)(chars))
    return method


def _searched(name, unwrap):
    if unwrap:
        def method(self, sub, start=0, end=_sys.maxsize):
            return getattr(self.data, name)(_str_of(sub), start, end)
    else:
        def method(self, sub, start=0, end=_sys.maxsize):
            return getattr(self.data, name)(sub, start, end)
    return method


def _split(name, remake):
    def method(self, sep=None, maxsplit=-1):
        return getattr(self.data, name)(sep, maxsplit)
    return method


def _parted(name, remake):
    def method(self, sep):
        return getattr(self.data, name)(sep)
    return method


def _forwarders():
    table = (
        (_plain, True, 'capitalize casefold lower swapcase title upper'),
        (_plain, False, 'isalpha isalnum isascii isdecimal isdigit isidentifier islower isnumeric '
                        'isprintable isspace istitle isupper'),
        (_padded, True, 'center ljust rjust'),
        (_stripped, True, 'lstrip rstrip strip'),
        (_searched, True, 'count find rfind'),
        (_searched, False, 'index rindex'),
        (_split, False, 'split rsplit'),
        (_parted, False, 'partition rpartition'),
    )
    for maker, flag, names in table:
        for name in names.split():
            method = maker(name, flag)
            method.__name__ = name
            method.__qualname__ = 'UserString.' + name
            setattr(UserString, name, method)


_forwarders()


# CPython writes these in C: error messages name them with their module ('collections.defaultdict' object ...).
from _stdlib_native import c_types as _c_types
_c_types(defaultdict, OrderedDict)
del _c_types
