import asyncio
import traceback


class CountingSemaphore(asyncio.Semaphore):
    acquired = 0

    async def acquire(self):
        CountingSemaphore.acquired += 1
        return await super().acquire()


async def holder(sem):
    async with sem:
        await asyncio.sleep(1)


async def cancel_waiting(make_waiter):
    waiter = asyncio.create_task(make_waiter())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        traceback.print_exc()


async def main():
    for sem in (asyncio.Semaphore(1), asyncio.BoundedSemaphore(1), CountingSemaphore(1)):
        asyncio.create_task(holder(sem))
        await asyncio.sleep(0)
        await cancel_waiting(sem.acquire)
        await cancel_waiting(lambda: holder(sem))
    lock = asyncio.Lock()
    asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    await cancel_waiting(lambda: holder(lock))


asyncio.run(main())
