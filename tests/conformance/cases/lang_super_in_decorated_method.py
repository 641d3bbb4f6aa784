"""Zero-argument super() in a method a decorator wrapped: the function written in the class body
keeps its class (CPython's __class__ cell) even though the class dict holds only the wrapper."""
import asyncio
import functools


def logged(fn):
    @functools.wraps(fn)
    async def wrapper(self, *args):
        print(f'-> {type(self).__name__}.{fn.__name__}{args}')
        result = await fn(self, *args)
        print(f'<- {fn.__name__} = {result!r}')
        return result
    return wrapper


def plain(fn):
    return lambda self: 'plain:' + fn(self)


class Service:
    async def fetch(self, key):
        await asyncio.sleep(0.1)
        return f'base:{key}'

    def name(self):
        return 'service'


class Cached(Service):
    def __init__(self):
        self.cache = {}

    @logged
    async def fetch(self, key):
        if key not in self.cache:
            self.cache[key] = await super().fetch(key)
        return self.cache[key]

    @plain
    def name(self):
        return 'cached/' + super().name()

    @staticmethod
    def helper():
        return 'static'


async def main():
    c = Cached()
    print(await c.fetch('a'))
    print(await c.fetch('a'))
    print(c.name(), Cached.helper())


asyncio.run(main())
