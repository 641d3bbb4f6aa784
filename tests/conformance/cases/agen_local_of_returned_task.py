# An async generator left suspended in a local of a task's coroutine dies when that coroutine
# returns: the finalizer hook schedules its aclose() before the task's done callbacks run, so
# the generator's finally runs while the program goes on (and, for asyncio.run's main task, the
# aclose() task is there to be cancelled at the run's end).
import asyncio


async def source(tag):
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("source closed", tag)


async def worker(tag):
    g = source(tag)
    print(tag, await anext(g))
    return tag


async def main():
    t = asyncio.create_task(worker("task"))
    t.add_done_callback(lambda t: print("done callback", t.result()))
    print(await t)
    print("after await")
    await asyncio.sleep(0.1)
    print(await asyncio.gather(worker("g1"), worker("g2")))
    await asyncio.sleep(0.1)
    g = source("main-local")
    print(await anext(g))


asyncio.run(main())
print("run over")
