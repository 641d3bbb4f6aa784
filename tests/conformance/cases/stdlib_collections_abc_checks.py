import abc
import asyncio
import collections
import types
from collections.abc import (AsyncIterable, AsyncIterator, Awaitable, Callable, Collection, Container,
                             Coroutine, Generator, Hashable, Iterable, Iterator, Mapping, MutableMapping,
                             MutableSequence, MutableSet, Reversible, Sequence, Set, Sized)


def flatten(value):
    # What a JSON walker does: recurse into mappings and sequences, keep strings whole.
    if isinstance(value, Mapping):
        return {k: flatten(v) for k, v in value.items()}
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        return [flatten(v) for v in value]
    return value


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Ticker:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class NoHash:
    __hash__ = None


class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...


class LegacyPlugin:
    def run(self):
        return "legacy"


Plugin.register(LegacyPlugin)


async def main():
    print(flatten({"a": (1, [2, {"b": "cd"}]), "e": collections.OrderedDict(x=b"y")}))
    task = asyncio.ensure_future(asyncio.sleep(0.1))
    coro = asyncio.sleep(0)
    samples = [[], (), {}, set(), frozenset(), "s", b"b", 1, 2.5, None, len, main, range(3),
               iter([]), (x for x in ()), {}.keys(), {}.items(), collections.deque(),
               collections.Counter(), types.MappingProxyType({}), Countdown(2), Ticker(), NoHash(),
               task, coro, LegacyPlugin()]
    for kind in (Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
                 Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Sequence,
                 MutableSequence, Mapping, MutableMapping, Set, MutableSet, Plugin):
        print(f"{kind.__name__:16}", "".join("x" if isinstance(s, kind) else "." for s in samples))
    print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(LegacyPlugin, Plugin),
          issubclass(bool, Hashable), isinstance(None, Callable))
    await coro
    await task


asyncio.run(main())
