import asyncio

lock = asyncio.Lock()

async def worker(name, hold):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(hold)
        print(name, "releases")

async def main():
    workers = [asyncio.create_task(worker(f"w{i}", 0.1 * (3 - i))) for i in range(3)]
    await asyncio.sleep(0)
    print("locked:", lock.locked())
    await asyncio.gather(*workers)
    print("locked:", lock.locked())

asyncio.run(main())
