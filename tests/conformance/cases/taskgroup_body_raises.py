import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(0.2))
            tg.create_task(child(2))
            await asyncio.sleep(0.5)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("body error:", eg.exceptions)

asyncio.run(main())
