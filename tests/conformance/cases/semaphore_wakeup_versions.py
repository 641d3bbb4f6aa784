# Semaphore wake-ups that changed in 3.13: a waiter that gets its permit while more are free wakes
# one more waiter before 3.13 and every one it can from 3.13; a waiter cancelled after it was given
# a permit hands it on; _wake_up_next() returns None before 3.13.
import asyncio


async def waiter(sem, name, log):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled: value {sem._value}, waiters {len(sem._waiters)}")
        raise
    log.append(f"{name} acquired: value {sem._value}, waiters {len(sem._waiters)}")


async def main():
    log = []
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    b = asyncio.create_task(waiter(sem, "b", log))
    await asyncio.sleep(0)
    c = asyncio.create_task(waiter(sem, "c", log))
    d = asyncio.create_task(waiter(sem, "d", log))
    sem.release()
    sem.release()
    sem.release()
    await asyncio.gather(b, c, d)
    print(log, sem._value)

    log = []
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(waiter(sem, n, log)) for n in "efgh"]
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    sem.release()
    tasks[0].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(log, sem._value, sem.locked())
    print(sem._wake_up_next())
    w = asyncio.get_running_loop().create_future()
    sem._waiters.append(w)
    print(sem._wake_up_next(), w.done(), sem._value)


asyncio.run(main())
