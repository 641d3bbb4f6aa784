import asyncio
import traceback


async def boom(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"bad {n}")


async def main():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except TimeoutError:
        traceback.print_exc()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom(1))
        tg.create_task(boom(2))
        await asyncio.sleep(1)


asyncio.run(main())
