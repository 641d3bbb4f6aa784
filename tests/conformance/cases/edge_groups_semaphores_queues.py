import asyncio

async def job(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    print(await asyncio.gather())
    print(await asyncio.sleep(-1, "neg"))
    async with asyncio.TaskGroup() as outer:
        outer.create_task(job("o1", 0.2))
        async with asyncio.TaskGroup() as inner:
            inner.create_task(job("i1", 0.1))
            inner.create_task(job("i2", 0.3))
        print("inner done at", asyncio.get_running_loop().time())
    try:
        outer.create_task(job("late", 1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    waiter = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    await asyncio.sleep(0)
    print("waiter cancelled:", waiter.cancelled(), "locked:", sem.locked())
    sem.release()
    print("after release locked:", sem.locked())
    q = asyncio.Queue()
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0.1)
    getter.cancel()
    await asyncio.sleep(0)
    q.put_nowait("x")
    print(getter.cancelled(), q.qsize(), await q.get())
    inner_task = asyncio.create_task(job("shielded", 0.2))
    outer_fut = asyncio.shield(inner_task)
    await asyncio.sleep(0.05)
    outer_fut.cancel()
    print("outer cancelled", outer_fut.cancelled(), "inner done", inner_task.done())
    print(await inner_task)
    try:
        asyncio.run(job("x", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
