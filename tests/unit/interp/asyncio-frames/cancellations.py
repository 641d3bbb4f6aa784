import asyncio
import traceback


async def slow():
    await asyncio.sleep(10)


async def child():
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.wait_for(slow(), 0.5)
    except TimeoutError:
        traceback.print_exc()
    queue = asyncio.Queue()
    try:
        await asyncio.wait_for(queue.get(), 0.5)
    except TimeoutError:
        traceback.print_exc()
    full = asyncio.Queue(maxsize=1)
    full.put_nowait("first")
    try:
        await asyncio.wait_for(full.put("second"), 0.5)
    except TimeoutError:
        traceback.print_exc()
    event = asyncio.Event()
    waiter = asyncio.create_task(event.wait())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        traceback.print_exc()
    lock = asyncio.Lock()
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        traceback.print_exc()
    for next_done in asyncio.as_completed([slow()], timeout=0.5):
        try:
            await next_done
        except TimeoutError:
            traceback.print_exc()
    task = asyncio.create_task(child())
    await asyncio.sleep(0.1)
    task.cancel()
    await task


asyncio.run(main())
