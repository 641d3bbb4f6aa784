import asyncio

async def resource():
    print("open")
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("close (finally in async generator)")

async def main():
    gen = resource()
    async for item in gen:
        print("item", item)
        if item == 2:
            break
    print("loop left")
    await gen.aclose()
    print("aclosed")
    gen2 = resource()
    print("first:", await gen2.__anext__())
    print("second:", await anext(gen2))
    await gen2.aclose()
    try:
        await anext(gen2)
    except StopAsyncIteration:
        print("exhausted")

asyncio.run(main())
