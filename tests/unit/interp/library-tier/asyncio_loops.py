import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        if i % 7 == 0:
            await asyncio.sleep(0.01)
    await q.put(None)


async def consumer(q, lock, out):
    while (item := await q.get()) is not None:
        async with lock:
            out.append(item * 2)
        q.task_done()
    q.task_done()


async def limited(sem, i):
    async with sem:
        await asyncio.sleep(0.001 * (i % 5))
        return i


async def main():
    q = asyncio.Queue(maxsize=4)
    lock = asyncio.Lock()
    out = []
    await asyncio.gather(producer(q, 120), consumer(q, lock, out))
    sem = asyncio.Semaphore(3)
    got = await asyncio.gather(*(limited(sem, i) for i in range(90)))
    ev = asyncio.Event()
    waiters = [asyncio.create_task(asyncio.wait_for(ev.wait(), 1)) for _ in range(60)]
    await asyncio.sleep(0.5)
    ev.set()
    done = await asyncio.gather(*waiters)
    print(len(out), sum(out), sum(got), all(done))
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.1)
    except TimeoutError:
        print("timed out")


asyncio.run(main())
