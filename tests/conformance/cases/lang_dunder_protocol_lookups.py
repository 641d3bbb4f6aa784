# Special methods looked up the way CPython looks them up: through a descriptor's __get__ on the
# class, a container subclass's own __contains__, list()'s length hint, the reflected __eq__ of a
# str comparison, and whether asyncio counts a bound async method as a coroutine function.
import asyncio
import functools
import inspect


class Lengths:
    """A descriptor that hands out a different function per instance."""

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return lambda: obj.size * 2


class Box:
    __len__ = Lengths()

    def __init__(self, size):
        self.size = size


print("len through a descriptor:", len(Box(3)), len(Box(10)))


class Tags(list):
    def __contains__(self, item):
        print("  Tags.__contains__", item)
        return list.__contains__(self, item.lower())


class Seen(set):
    def __contains__(self, item):
        print("  Seen.__contains__", item)
        return super().__contains__(item)


class Pair(tuple):
    def __contains__(self, item):
        print("  Pair.__contains__", item)
        return False


class Table(dict):
    def __contains__(self, key):
        print("  Table.__contains__", key)
        return dict.__contains__(self, key.upper())


tags = Tags(["red", "blue"])
print("RED in tags:", "RED" in tags, "| green not in tags:", "green" not in tags)
print("3 in seen:", 3 in Seen({1, 2, 3}))
print("1 in pair:", 1 in Pair((1, 2)))
print("a in table:", "a" in Table(A=1))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("  __iter__")
        return iter(range(self.n, 0, -1))

    def __len__(self):
        print("  __len__")
        return self.n


print("list:", list(Countdown(3)))
print("tuple:", tuple(Countdown(2)))


class Anything:
    def __init__(self):
        self.asked = []

    def __eq__(self, other):
        self.asked.append(other)
        return True

    __hash__ = None


anything = Anything()
print("str == Anything:", "abc" == anything, "| 5 == Anything:", 5 == anything, "| asked", anything.asked)
print("str != Anything:", "abc" != anything)


class Client:
    async def fetch(self, key):
        await asyncio.sleep(0.1)
        return key.upper()

    def plain(self):
        return None


async def ping(host, retries=1):
    await asyncio.sleep(0)
    return host


client = Client()
print("bound async method:", asyncio.iscoroutinefunction(client.fetch), inspect.iscoroutinefunction(client.fetch))
print("plain method:", asyncio.iscoroutinefunction(client.plain))
print("partial of async:", asyncio.iscoroutinefunction(functools.partial(ping, "h")),
      inspect.iscoroutinefunction(functools.partial(ping, "h")))


async def main():
    print(await client.fetch("k"), await functools.partial(ping, "db")())


asyncio.run(main())
