import asyncio

def gen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("gen closed")

async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0.1)

async def main():
    g = gen()
    print(next(g), g.send("hi"))
    g.close()
    print([x async for x in agen() if x != 1])
    async def inner():
        return await asyncio.sleep(0.2, "slept")
    c = inner()
    print(type(c).__name__, await c)
    tasks = {asyncio.create_task(asyncio.sleep(t / 10, t)) for t in (3, 1, 2)}
    print(sorted([await t for t in tasks]))
    try:
        async with asyncio.timeout(0.05):
            await asyncio.gather(asyncio.sleep(1), asyncio.sleep(2))
    except TimeoutError as e:
        print("timeout", repr(e))
    e = asyncio.Event()
    asyncio.get_running_loop().call_later(0.3, e.set)
    await e.wait()
    print("event set at", round(asyncio.get_running_loop().time(), 3))

asyncio.run(main())
