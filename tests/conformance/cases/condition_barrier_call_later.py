import asyncio

async def waiter(cond, name, results):
    async with cond:
        await cond.wait_for(lambda: len(results) > 0)
        print(name, "saw", results)

async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i, d in enumerate([0.3, 0.1, 0.1, 0.2, 0.1]):
        loop.call_later(d, order.append, i)
    loop.call_soon(order.append, "soon")
    cond = asyncio.Condition()
    results = []
    ws = [asyncio.create_task(waiter(cond, f"w{i}", results)) for i in range(3)]
    await asyncio.sleep(0.5)
    async with cond:
        results.append(42)
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(order)
    b = asyncio.Barrier(3)
    async def party(n):
        await asyncio.sleep(n / 10)
        idx = await b.wait()
        print("party", n, "index", idx)
    await asyncio.gather(*(party(n) for n in range(3)))

asyncio.run(main())
