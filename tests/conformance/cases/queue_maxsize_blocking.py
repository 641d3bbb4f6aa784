import asyncio

async def fast_producer(q):
    for i in range(5):
        print("putting", i, "full?", q.full())
        await q.put(i)
    print("producer done")

async def slow_consumer(q):
    for _ in range(5):
        await asyncio.sleep(1)
        print("took", await q.get(), "size now", q.qsize())

async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize", q.maxsize, "empty", q.empty())
    await asyncio.gather(fast_producer(q), slow_consumer(q))

asyncio.run(main())
