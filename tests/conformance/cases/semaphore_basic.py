import asyncio

async def limited(sem, i):
    async with sem:
        print(f"job {i} running, locked={sem.locked()}")
        await asyncio.sleep(1)
    print(f"job {i} left")

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, i) for i in range(5)))
    print("locked:", sem.locked())
    sem.release()
    sem.release()
    print("locked after extra releases:", sem.locked())

asyncio.run(main())
