# `await anext(agen())` on a temporary async generator: the generator dies with the awaitable as
# the await ends, and the loop's finalizer hook schedules its aclose() as a task right then.
import asyncio


async def agen(name):
    try:
        print(name, "start")
        yield 1
        yield 2
    finally:
        print(name, "finally")
        await asyncio.sleep(0)
        print(name, "finally after sleep")


async def other(n):
    for i in range(3):
        print("other", n, i, sorted(t.get_name() for t in asyncio.all_tasks()))
        await asyncio.sleep(0)


def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())


async def main():
    asyncio.create_task(other(1), name="o1")
    v = await anext(agen("tmp"))
    print("got", v, names())
    await asyncio.sleep(0)
    print("after one sleep", names())
    await asyncio.sleep(0)
    print("after two sleeps", names())
    w = await agen("asend").asend(None)
    print("asend gave", w, names())
    x = await anext(agen("default"), "d")
    print("anext with default gave", x, names())
    kept = agen("kept")
    y = await anext(kept)
    print("kept gave", y, names())
    await asyncio.sleep(0)
    print("kept still suspended", names())
    asyncio.create_task(other(2), name="o2")
    print("end main", names())


asyncio.run(main())
print("done")
