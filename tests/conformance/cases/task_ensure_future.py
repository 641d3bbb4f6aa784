import asyncio

async def coro(x):
    await asyncio.sleep(0.1)
    return x + 1

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(coro(1))
    print(type(t).__name__, t.get_name())
    same = asyncio.ensure_future(t)
    print("same task:", same is t)
    fut = loop.create_future()
    print("future passes through:", asyncio.ensure_future(fut) is fut)
    fut.set_result("done")
    print(await t, await fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
