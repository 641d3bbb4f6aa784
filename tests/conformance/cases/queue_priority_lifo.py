import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        pq.put_nowait(item)
    print([await pq.get() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for i in range(4):
        await lq.put(i)
    print([lq.get_nowait() for _ in range(4)])

    async def getter():
        print("getter got", await pq.get())

    t = asyncio.create_task(getter())
    await asyncio.sleep(0.5)
    await pq.put((0, "late"))
    await t

asyncio.run(main())
