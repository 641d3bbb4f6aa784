# The reprs of asyncio's locks in each state they have (address taken out): Lock, Event and
# Condition with and without waiters, Semaphore and BoundedSemaphore with permits, locked and with
# waiters, a BoundedSemaphore released past its value, a Barrier filling, draining and broken.
import asyncio
import re


def show(label, prim):
    print(label, re.sub(r" at 0x[0-9a-fA-F]+", "", repr(prim)))


async def hold(prim, seconds):
    async with prim:
        await asyncio.sleep(seconds)


async def main():
    lock = asyncio.Lock()
    show("lock", lock)
    holders = [asyncio.create_task(hold(lock, 0.1)) for _ in range(3)]
    await asyncio.sleep(0.01)
    show("lock held", lock)
    await asyncio.gather(*holders)
    show("lock free", lock)

    event = asyncio.Event()
    waiters = [asyncio.create_task(event.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    show("event", event)
    event.set()
    show("event set", event)
    await asyncio.gather(*waiters)
    show("event woken", event)

    cond = asyncio.Condition()
    show("condition", cond)

    async def wait_on_cond():
        async with cond:
            await cond.wait()

    cwaiters = [asyncio.create_task(wait_on_cond()) for _ in range(2)]
    await asyncio.sleep(0)
    show("condition waited on", cond)
    async with cond:
        show("condition held", cond)
        cond.notify_all()
    await asyncio.gather(*cwaiters)

    for kind in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        sem = kind(2)
        show(kind.__name__, sem)
        users = [asyncio.create_task(hold(sem, 0.1)) for _ in range(3)]
        await asyncio.sleep(0.01)
        show(kind.__name__ + " full", sem)
        await asyncio.gather(*users)
        show(kind.__name__ + " after", sem)
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    show("bounded still", bounded)
    try:
        asyncio.BoundedSemaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)
    show("barrier", barrier)
    parties = [asyncio.create_task(barrier.wait()) for _ in range(2)]
    await asyncio.sleep(0)
    show("barrier filling", barrier)
    parties.append(asyncio.create_task(barrier.wait()))
    await asyncio.sleep(0)
    show("barrier passing", barrier)
    print(sorted(await asyncio.gather(*parties)))
    show("barrier again", barrier)
    blocked = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    await barrier.abort()
    show("barrier broken", barrier)
    try:
        await blocked
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", type(e).__mro__[1].__name__)
    await barrier.reset()
    show("barrier reset", barrier)


asyncio.run(main())
