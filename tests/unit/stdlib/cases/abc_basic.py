from abc import ABC, abstractmethod, ABCMeta
import collections.abc
from collections.abc import Mapping, MutableMapping, AsyncIterator, Iterator, Sequence
import collections
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Square):
    def perimeter(self): return 4 * self.s
for f in [lambda: Shape(), lambda: Square(2), lambda: Full(3).describe()]:
    try: print(f())
    except TypeError as e: print('TypeError', e)
class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self): pass
class Impl(Base):
    def run(self): return 'ran'
try:
    Base()
except TypeError as e: print(e)
print(Impl().run(), type(Base).__name__, isinstance(Impl(), Base), Shape.__abstractmethods__ == frozenset({'area', 'perimeter'}))
class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(); r['a'] = 1; r.update(b=2); r.setdefault('c', 3)
print(len(r), r.get('a'), r.get('z', 0), 'b' in r, list(r.keys()), list(r.items()), list(r.values()), r.pop('a'), dict(r), r == {'b': 2, 'c': 3})
class Countdown(Iterator):
    def __init__(self, n): self.n = n
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
class Seq(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
s = Seq(); print(list(s), 2 in s, s.index(3), s.count(1), list(reversed(s)))
try:
    Registry.__abstractmethods__
    class Half(Mapping):
        def __getitem__(self, k): return 1
    Half()
except TypeError as e: print(e)
import asyncio
class Ticker(AsyncIterator):
    def __init__(self, n): self.n = n
    async def __anext__(self):
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n
async def main():
    async for v in Ticker(3):
        print('tick', v)
asyncio.run(main())
print(collections.abc.Iterable, collections.abc.Callable, isinstance(r, collections.abc.Mapping))
