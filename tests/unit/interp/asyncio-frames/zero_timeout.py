import asyncio
import traceback


async def sleepy():
    await asyncio.sleep(1)


async def refuses():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")


async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("early"))
    try:
        await asyncio.wait_for(fut, 0)
    except KeyError:
        traceback.print_exc()
    task = asyncio.create_task(refuses())
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(task, 0)
    except ValueError:
        traceback.print_exc()
    await asyncio.wait_for(sleepy(), 0)


asyncio.run(main())
