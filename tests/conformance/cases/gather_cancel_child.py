import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)
    t1.cancel()
    try:
        print(await g)
    except asyncio.CancelledError:
        print("gather raised CancelledError; gather cancelled?", g.cancelled())
    print("t2 still running?", not t2.done())
    print(await t2)

    t3 = asyncio.create_task(child(1))
    t4 = asyncio.create_task(child(0.5))
    g2 = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel()
    print([type(r).__name__ for r in await g2])

asyncio.run(main())
