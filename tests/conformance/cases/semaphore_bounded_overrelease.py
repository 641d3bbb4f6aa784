import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside, locked:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    await sem.acquire()
    t = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0.5)
    print("second acquire done?", t.done())
    sem.release()
    await t
    print("second acquire done?", t.done())

asyncio.run(main())
