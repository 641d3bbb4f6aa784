import asyncio

async def fine():
    await asyncio.sleep(1)
    print("fine done")

async def broken():
    await asyncio.sleep(0.5)
    return {}["missing"]

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fine())
        tg.create_task(broken())
    print("not reached")

asyncio.run(main())
