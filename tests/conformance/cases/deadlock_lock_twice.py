import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("got the lock once")
        await asyncio.sleep(0.5)
        async with lock:
            print("never: asyncio.Lock is not reentrant")

asyncio.run(main())
