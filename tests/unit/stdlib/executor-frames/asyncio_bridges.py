import asyncio
import concurrent.futures as cf
import time
import traceback


def work(n):
    time.sleep(0.1 * n)
    raise KeyError(n)


async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, work, 1)
    except KeyError:
        traceback.print_exc()
    with cf.ThreadPoolExecutor() as pool:
        try:
            await asyncio.wrap_future(pool.submit(work, 2))
        except KeyError:
            traceback.print_exc()
    try:
        await asyncio.to_thread(work, 1)
    except KeyError:
        traceback.print_exc()
    await asyncio.to_thread(work, 2)


asyncio.run(main())
