# An exception raised in a worker thread reaches the awaiting task; asyncio.wrap_future makes a
# concurrent.futures.Future awaitable; a blocking time.sleep in a coroutine blocks the loop while
# the worker threads keep running.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def parse(text):
    time.sleep(0.2)
    return int(text)


def slow_square(n):
    print("worker starts", n)
    time.sleep(1)
    print("worker ends", n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.to_thread(parse, "x12")
    except ValueError as e:
        print("caught", e, "at", round(loop.time(), 2))
    print(await asyncio.to_thread(parse, "12"))
    with ThreadPoolExecutor(max_workers=1) as pool:
        cf = pool.submit(slow_square, 7)
        fut = asyncio.wrap_future(cf)
        print("wrapped", type(fut).__name__, fut.done())
        time.sleep(0.5)  # blocks the loop; the worker keeps running
        print("loop blocked until", round(loop.time(), 2))
        print("result", await fut, "at", round(loop.time(), 2))
        try:
            await asyncio.wait_for(loop.run_in_executor(pool, slow_square, 3), timeout=0.3)
        except TimeoutError:
            print("timed out at", round(loop.time(), 2))
    print("pool shut down at", round(loop.time(), 2))


asyncio.run(main())
