# inspect.getgeneratorstate / getcoroutinestate (and getasyncgenstate, 3.12 on) and the matching
# *locals functions follow a generator, coroutine or async generator through its life.
import asyncio
import inspect
import sys


def counter(n):
    total = 0
    for i in range(n):
        total += i
        print("  inside:", inspect.getgeneratorstate(gen))
        yield total


gen = counter(3)
print(inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
print(next(gen), inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
print(list(gen), inspect.getgeneratorstate(gen), inspect.getgeneratorlocals(gen))
closed = counter(1)
closed.close()
print(inspect.getgeneratorstate(closed))
try:
    inspect.getgeneratorlocals([1])
except TypeError as e:
    print("TypeError:", e)


async def job(delay):
    note = "sleeping"
    await asyncio.sleep(delay)
    return note


async def ticks():
    step = 0
    while step < 2:
        step += 1
        yield step


async def main():
    coro = job(0.1)
    print(inspect.getcoroutinestate(coro), sorted(inspect.getcoroutinelocals(coro)))
    task = asyncio.ensure_future(coro)
    await asyncio.sleep(0.05)
    print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro))
    await task
    print(inspect.getcoroutinestate(coro), inspect.getcoroutinelocals(coro))
    if sys.version_info >= (3, 12):
        agen = ticks()
        print(inspect.getasyncgenstate(agen))
        await anext(agen)
        print(inspect.getasyncgenstate(agen), inspect.getasyncgenlocals(agen))
        await agen.aclose()
        print(inspect.getasyncgenstate(agen))
    print(inspect.GEN_CLOSED, inspect.CORO_RUNNING)


asyncio.run(main())
