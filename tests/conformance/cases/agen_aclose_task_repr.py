# The task the finalizer hook makes for a dropped async generator's aclose(): its coroutine is the
# athrow object itself, which asyncio's repr names by its type (it has no __name__), not running.
import asyncio


async def gen():
    try:
        yield 1
    finally:
        print("finally")
        await asyncio.sleep(0)
        print("closed")


async def main():
    g = gen()
    async for x in g:
        break
    del g
    await asyncio.sleep(0)
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            print(t)
            print(repr(t.get_coro()).split(" at ")[0], type(t.get_coro()).__name__)
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
