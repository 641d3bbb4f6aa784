# The ready queue and timer heap while tasks wait on asyncio's synchronization primitives, a
# cancelled sleep and wait_for: each wakeup is a queued Task.task_wakeup of the future awaited.
import asyncio
import os

LIB = os.path.dirname(os.path.dirname(asyncio.__file__))


def show(label, items):
    print(f"{label}: {len(items)}")
    for h in items:
        print("   ", repr(h).replace(LIB, "LIB").replace(__file__, os.path.basename(__file__)))


async def main():
    loop = asyncio.get_running_loop()
    sleeper = asyncio.ensure_future(asyncio.sleep(1))
    await asyncio.sleep(0)
    sleeper.cancel()
    show("a cancelled sleep wakes its task", loop._ready)
    show("its timer stays until the task runs", loop._scheduled)
    await asyncio.sleep(0)
    show("then it is cancelled", loop._scheduled)
    print("cancelled timers:", loop._timer_cancelled_count)

    q = asyncio.Queue()

    async def consumer():
        return await q.get()

    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    q.put_nowait(5)
    show("Queue.put_nowait", loop._ready)

    ev = asyncio.Event()
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    ev.set()
    show("Event.set wakes every waiter", loop._ready)

    lock = asyncio.Lock()
    await lock.acquire()

    async def locker():
        async with lock:
            return "locked"

    lk = asyncio.create_task(locker())
    await asyncio.sleep(0)
    lock.release()
    show("Lock.release", loop._ready)

    cond = asyncio.Condition()

    async def cond_waiter():
        async with cond:
            await cond.wait()
            return "notified"

    cw = asyncio.create_task(cond_waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        show("Condition.notify", loop._ready)

    sem = asyncio.Semaphore(0)
    sw = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    show("Semaphore.release", loop._ready)

    r = asyncio.ensure_future(asyncio.wait_for(asyncio.sleep(5), 1))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show("wait_for's timers", loop._scheduled)
    print(await asyncio.gather(c, *waiters, lk, cw, sw, sleeper, return_exceptions=True))
    try:
        await r
    except TimeoutError:
        print("timed out at", loop.time())
    show("nothing left", loop._scheduled)


asyncio.run(main())
