# list[int], dict[str, int], tuple[int, ...] are types.GenericAlias objects, not the plain classes.
import asyncio
import collections
import types
import typing
from typing import TypeVar

a = list[int]
print(a, type(a), a.__origin__, a.__args__, a.__parameters__)
print(type(a) is types.GenericAlias, isinstance(a, type))
print(a == list[int], a == list[str], a != list, hash(a) == hash(list[int]))
print(dict[str, int], tuple[int, ...], tuple[()], list[list[int]], dict[str, list[int] | None])
print(tuple[int, ...].__args__, set[float], frozenset[str], type[int], collections.deque[int])
print(collections.defaultdict[str, int], collections.OrderedDict[str, int], collections.Counter[str])
x = a([1, 2])
print(x, type(x))
print(dict[str, int](a=1), tuple[int, ...]((1, 2)))
for fn, arg in ((isinstance, [1]), (issubclass, list)):
    try:
        fn(arg, list[int])
    except TypeError as e:
        print(fn.__name__, e)
for info in (int | list[int], list[int] | int, (int, list[int]), (list[int], int)):
    try:
        print(isinstance(1, info))
    except TypeError as e:
        print(e)
print(list[int] | None, int | list[str], (list[int] | None).__args__, list[int] | list[int])
print(a.__name__, a.__qualname__, a.__module__, a.append)
print({list[int]: 1}[list[int]], {a, list[int], list[str]} == {list[int], list[str]})


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList.__orig_bases__, MyList[str], MyList[str]([3]))


class Box:
    pass


for cls in (Box, int, str, asyncio.Lock):
    try:
        cls[int]
    except TypeError as e:
        print(e)
print(asyncio.Queue[int], asyncio.Future[str] == asyncio.Future[str])
T = TypeVar('T')
K = TypeVar('K')
print(list[T], list[T].__parameters__, dict[K, list[T]].__parameters__, list[T][int], dict[K, list[T]][str, float])
for bad in (lambda: list[int][str], lambda: list[T][int, str], lambda: dict[K, T][int]):
    try:
        bad()
    except TypeError as e:
        print(e)
print(list[int].__class__, list[int].__mro_entries__((list[int],)))
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(list[int, str], list[[int, str]])
try:
    list[int]().__orig_class__
except AttributeError as e:
    print(e)
print(typing.Optional[list[int]], typing.List[int], typing.Union[int, list[str]])


def f(x: list[int], y: typing.Optional[int] = None) -> dict[str, tuple[int, ...]]:
    pass


print(f.__annotations__)


async def main():
    q: asyncio.Queue[int] = asyncio.Queue()
    await q.put(1)
    print(await q.get(), repr(list[int]), str(dict[str, int]), f'{tuple[int]}')


asyncio.run(main())
