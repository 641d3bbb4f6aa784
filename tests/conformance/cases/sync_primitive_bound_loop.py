# asyncio's locks and queues belong to the first loop they wait on: made at module level and
# waited on again under a second asyncio.run, they raise "... is bound to a different event loop"
# (a primitive that never waited is free to move, and one loop may use it for good).
import asyncio
import re

lock = asyncio.Lock()
event = asyncio.Event()
cond = asyncio.Condition()
sem = asyncio.Semaphore(0)
queue = asyncio.Queue()
spare = asyncio.Event()


def short(e):
    return re.sub(r" at 0x[0-9a-f]+", "", str(e))


async def first_run():
    await lock.acquire()

    async def in_cond():
        async with cond:
            await cond.wait()

    waiters = [
        asyncio.create_task(lock.acquire()),
        asyncio.create_task(event.wait()),
        asyncio.create_task(in_cond()),
        asyncio.create_task(sem.acquire()),
        asyncio.create_task(queue.get()),
    ]
    await asyncio.sleep(0)
    spare.set()
    await spare.wait()
    print("first run: waiting", [t.done() for t in waiters])
    for t in waiters:
        t.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)


async def second_run():
    print("spare ok:", await spare.wait())
    for name, wait in [
        ("lock", lock.acquire),
        ("event", event.wait),
        ("sem", sem.acquire),
        ("queue", queue.get),
    ]:
        try:
            await wait()
        except RuntimeError as e:
            print(name, "->", short(e))
    try:
        async with cond:
            await cond.wait()
    except RuntimeError as e:
        print("cond ->", short(e), "| lock held after:", cond.locked())
    await asyncio.sleep(0)


asyncio.run(first_run())
asyncio.run(second_run())
