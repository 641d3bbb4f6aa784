# An async generator held only by another one's frame dies when that frame ends: after
# `await outer.aclose()`, and inside the finalizer task of an outer generator that was dropped.
# Its finalizer hook schedules its own aclose() at once (not at asyncio.run's shutdown).
import asyncio


async def source(tag):
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("source closed", tag)


async def outer(agen):
    try:
        async for x in agen:
            yield x * 10
    finally:
        print("outer closed")


async def take(agen, k):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == k:
            break
    await agen.aclose()
    return out


async def main():
    g = outer(source("aclose"))
    print(await anext(g))
    await g.aclose()
    print("after aclose")
    await asyncio.sleep(0.1)
    g = outer(source("rebind"))
    print(await anext(g))
    g = None
    print("outer dropped")
    await asyncio.sleep(0.1)
    print(await take(outer(outer(source("nested"))), 2))
    await asyncio.sleep(0.1)
    print("end")


asyncio.run(main())
