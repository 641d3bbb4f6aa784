import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print("slow cleanup starts")
        await asyncio.sleep(0.2)
        print("slow cleanup ends")
    return "never"

async def exactly():
    await asyncio.sleep(0.5)
    return "exact"

async def main():
    try:
        print(await asyncio.wait_for(slow(), 0.3))
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    print(await asyncio.wait_for(exactly(), 0.5))
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "released", ev.is_set())
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.gather(*ws)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "from call_later")
    print(await fut)
    res = await asyncio.gather(slow(), exactly(), return_exceptions=True)
    print(res)

asyncio.run(main())
