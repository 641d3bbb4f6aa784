import asyncio

async def download(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def broken():
    await asyncio.sleep(1)
    raise RuntimeError("disk full")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for name in ["a", "b", "c", "d"]:
                tg.create_task(download(name, 5))
            tg.create_task(broken())
    except* RuntimeError as eg:
        print("group failed:", eg.exceptions)

asyncio.run(main())
