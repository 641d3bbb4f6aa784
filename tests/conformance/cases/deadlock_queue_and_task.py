import asyncio

async def consumer(q):
    while True:
        item = await q.get()
        print("consumed", item)

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(consumer(q), name="consumer")
    await q.put(1)
    await asyncio.sleep(0.2)
    print("waiting for the consumer to finish (it never does)")
    await t

asyncio.run(main())
