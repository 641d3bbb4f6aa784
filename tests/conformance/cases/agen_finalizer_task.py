import asyncio

async def numbers():
    try:
        for i in range(5):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print("generator finalized")

async def consume():
    async for n in numbers():
        print("got", n)
        if n == 1:
            break
    print("left the loop without aclose()")
    await asyncio.sleep(0.5)
    print("all tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(consume())
