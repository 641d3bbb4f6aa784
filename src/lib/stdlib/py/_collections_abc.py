# `collections.abc`: the abstract base classes with their mixin methods (see abc.py for what
# `isinstance` sees).

from abc import ABC, ABCMeta, abstractmethod
from _stdlib_native import callable_class_getitem as _callable_class_getitem

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
           'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
           'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
           'ByteString', 'Buffer']


class _Subscriptable(ABC):
    def __class_getitem__(cls, item):
        return type(list[int])(cls, item)


class Hashable(ABC):
    @abstractmethod
    def __hash__(self):
        return 0


# The abstract methods below keep bodies a subclass may reach through super(): an empty generator for
# the iteration ones, a falsy answer or the matching error for the rest.


def _throw(typ, val, tb):
    # What the generator-like ABCs' throw() does by default: raise the exception described.
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    raise val if tb is None else val.with_traceback(tb)


def _close(thing, kind):
    # Throw GeneratorExit in; finishing or re-raising it is a clean close, yielding again is not.
    try:
        thing.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(f'{kind} ignored GeneratorExit')


class Awaitable(_Subscriptable):
    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _throw(typ, val, tb)

    def close(self):
        _close(self, 'coroutine')


class AsyncIterable(_Subscriptable):
    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _throw(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


class Iterable(_Subscriptable):
    @abstractmethod
    def __iter__(self):
        yield from ()


class Iterator(Iterable):
    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    @abstractmethod
    def __reversed__(self):
        yield from ()


class Generator(Iterator):
    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _throw(typ, val, tb)

    def close(self):
        _close(self, 'generator')


class Sized(ABC):
    @abstractmethod
    def __len__(self):
        return 0


class Container(_Subscriptable):
    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    pass


class Buffer(ABC):
    @abstractmethod
    def __buffer__(self, flags, /):
        raise NotImplementedError


class Callable(ABC):
    # Callable[[int], str]: a GenericAlias subclass whose __args__ spread the parameters out.
    __class_getitem__ = _callable_class_getitem

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


def _all_in(items, container):
    # Whether every one of `items` is in `container`.
    for item in items:
        if item not in container:
            return False
    return True


class Set(Collection):
    # Comparisons need another Set; the operators take any iterable (turned into this kind of set
    # first where membership in it is tested). Results are built by _from_iterable.

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Set):
            return len(self) <= len(other) and _all_in(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Set):
            return len(self) >= len(other) and _all_in(other, self)
        return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) >= len(other):
            return False
        return self.__le__(other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) <= len(other):
            return False
        return self.__ge__(other)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def _as_set(self, other):
        # `other` as a Set (None when it is not even iterable).
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for group in (self, other) for item in group)

    __ror__ = __or__

    def __sub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = self._as_set(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__


class MutableSet(Set):
    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for value in self:
            break
        else:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            (self.discard if value in self else self.add)(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for value in it:
            self.discard(value)
        return self


class Mapping(Collection):
    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        return KeysView(self)

    def values(self):
        return ValuesView(self)

    def items(self):
        return ItemsView(self)

    def __eq__(self, other):
        if isinstance(other, (Mapping, dict)):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None


class MappingView(Sized):
    """What keys(), values() and items() of a Mapping give: a live view over `_mapping`."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __repr__(self):
        return f'{self.__class__.__name__}({self._mapping!r})'

    def __len__(self):
        return len(self._mapping)


class KeysView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __iter__(self):
        yield from self._mapping

    def __contains__(self, key):
        return key in self._mapping


def _same(a, b):
    # The containers' notion of "is this item here": identity first, then ==.
    return a is b or a == b


class ItemsView(MappingView, Set):
    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        key, value = item
        try:
            present = self._mapping[key]
        except KeyError:
            return False
        return _same(present, value)


class ValuesView(MappingView, Collection):
    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same(mapping[key], value) for key in mapping)


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        # A Mapping is read key by key; something else with keys() likewise; anything else as pairs.
        if isinstance(other, (Mapping, dict)):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, 'keys'):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def pop(self, key, default=_NO_DEFAULT):
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError from None
        item = key, self[key]
        del self[key]
        return item

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return


def _walk(seq, position, stop):
    # (index, item) from `position` on, up to `stop` or, when stop is None, to the first IndexError.
    while stop is None or position < stop:
        try:
            item = seq[position]
        except IndexError:
            return
        yield position, item
        position += 1


class Sequence(Reversible, Collection):
    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Items 0, 1, 2 ... until one is out of range (an IndexError thrown in here ends it too).
        position = 0
        try:
            while True:
                yield self[position]
                position += 1
        except IndexError:
            return

    def __reversed__(self):
        position = len(self)
        while position > 0:
            position -= 1
            yield self[position]

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def count(self, value):
        return sum(1 for item in self if _same(item, value))

    def index(self, value, start=0, stop=None):
        # Negative bounds count from the end, as slicing's do.
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        for position, item in _walk(self, start, stop):
            if _same(item, value):
                return position
        raise ValueError


class MutableSequence(Sequence):
    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def extend(self, values):
        # Extending with itself must not chase its own new items.
        source = list(values) if values is self else values
        for value in source:
            self.append(value)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        size = len(self)
        last = size - 1
        for low in range(size // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]


class ByteString(Sequence):
    pass


# Structural checks: a class with the right methods counts (isinstance(obj, Iterable) for any class
# defining __iter__), as CPython's __subclasshook__s decide; a method set to None opts out.
def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        defined = False
        for B in mro:
            if B.__module__ == '_asyncio' and method in ('__await__', '__iter__'):
                defined = True  # asyncio's Future and Task (C types in CPython) define both
                break
            if method in B.__dict__:
                defined = B.__dict__[method] is not None
                break
        if not defined:
            return NotImplemented
    return True


def _structural(abc, *methods):
    def __subclasshook__(cls, C):
        if cls is abc:
            return _check_methods(C, *methods)
        return NotImplemented
    abc.__subclasshook__ = classmethod(__subclasshook__)


for _abc, _methods in ((Iterable, ('__iter__',)), (Iterator, ('__iter__', '__next__')),
                       (Reversible, ('__reversed__', '__iter__')),
                       (Generator, ('__iter__', '__next__', 'send', 'throw', 'close')),
                       (Sized, ('__len__',)), (Container, ('__contains__',)),
                       (Collection, ('__len__', '__iter__', '__contains__')), (Callable, ('__call__',)),
                       (AsyncIterable, ('__aiter__',)), (AsyncIterator, ('__anext__', '__aiter__')),
                       (AsyncGenerator, ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')),
                       (Coroutine, ('__await__', 'send', 'throw', 'close')), (Buffer, ('__buffer__',))):
    _structural(_abc, *_methods)


def _hashable_hook(cls, C):
    # Hashable unless a class on the way sets __hash__ to None (object itself hashes).
    if cls is not Hashable:
        return NotImplemented
    for B in C.__mro__:
        if '__hash__' in B.__dict__:
            return B.__dict__['__hash__'] is not None
    return True


Hashable.__subclasshook__ = classmethod(_hashable_hook)
_structural(Awaitable, '__await__')


class _Probe:
    def method(self):
        pass


async def _coroutine():
    pass


_made = _coroutine()
for _kind in (type(len), type(_Probe), type(_Probe().method), type(lambda: None), type):
    Callable.register(_kind)
Coroutine.register(type(_made))
_made.close()
for _kind in (tuple, str, range, memoryview):
    Sequence.register(_kind)
ByteString.register(bytes)
ByteString.register(bytearray)
MutableSequence.register(list)
MutableSequence.register(bytearray)
# The types with a buffer (their __buffer__ is CPython's, from 3.12).
for _kind in (bytes, bytearray, memoryview):
    Buffer.register(_kind)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
Mapping.register(type(type.__dict__))  # mappingproxy, as CPython's registers it
KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
del _abc, _methods, _kind, _made, _coroutine, _Probe
