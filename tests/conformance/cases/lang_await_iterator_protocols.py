# What `await` and `yield from` accept: a coroutine's __await__() result (coroutine_wrapper) is
# refused by `await` but fine returned from a class's __await__; a class's __await__ may return any
# iterator (its StopIteration's value is the result, bare yields go to the event loop);
# `yield from` a class's iterator sends, throws and closes through it and takes its return value.
import asyncio


async def f():
    return 5


class Counter:
    def __init__(self, value):
        self.n = 0
        self.value = value

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration(self.value)
        return None


class ViaCounter:
    def __await__(self):
        return Counter(42)


class ViaList:
    def __await__(self):
        return iter([None, None])


class ViaCoroutine:
    def __await__(self):
        return f().__await__()


class ViaNumber:
    def __await__(self):
        return 5


async def tick(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    c = f()
    try:
        await c.__await__()
    except TypeError as e:
        print(type(e).__name__, e)
    c.close()
    print(await ViaCoroutine())
    t = asyncio.create_task(tick("other"))
    print(await ViaCounter())
    print(await ViaList())
    try:
        await ViaNumber()
    except TypeError as e:
        print(e)
    await t


asyncio.run(main())


class Sendable(Counter):
    def send(self, v):
        print("send", v)
        return self.__next__()

    def throw(self, e):
        print("throw", repr(e))
        return 'thrown'

    def close(self):
        print("close")


def delegate(x):
    r = yield from x
    print("result", r)
    return r


print(list(delegate(Counter(7))))
g = delegate(Sendable(8))
print(next(g), g.send(5))
print(g.throw(ValueError('q')))
g.close()
g = delegate(Counter(9))
next(g)
try:
    g.send(3)
except AttributeError as e:
    print(e)
g = delegate(Counter(10))
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print("raised at the yield from", e)


class Sequence:
    def __iter__(self):
        yield 1
        yield 2
        return 9


print(list(delegate(Sequence())))


class Bad:
    def __iter__(self):
        return 5


try:
    list(delegate(Bad()))
except TypeError as e:
    print(e)
