import asyncio
async def job(i):
    await asyncio.sleep((i % 7 + 1) / 10)
    return i
async def main():
    sem = asyncio.Semaphore(10)
    async def limited(i):
        async with sem:
            return await job(i)
    await asyncio.gather(*(limited(i) for i in range(50)))
asyncio.run(main())
