import asyncio

async def getter(q, name):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            q.task_done()
    except asyncio.QueueShutDown:
        print(name, "sees shutdown")

async def main():
    q = asyncio.Queue()
    gs = [asyncio.create_task(getter(q, f"g{i}")) for i in range(2)]
    for i in range(3):
        q.put_nowait(i)
    await asyncio.sleep(0.5)
    q.shutdown()
    try:
        q.put_nowait(99)
    except asyncio.QueueShutDown:
        print("put after shutdown refused")
    await asyncio.gather(*gs)
    q2 = asyncio.Queue()
    q2.put_nowait("x")
    q2.shutdown(immediate=True)
    print("immediate shutdown empties:", q2.qsize())

asyncio.run(main())
