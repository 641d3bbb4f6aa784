# A thread submits coroutines to the running loop with asyncio.run_coroutine_threadsafe and
# waits for their results through concurrent.futures.Future.result().
import asyncio
import threading
import time


async def fetch(x):
    await asyncio.sleep(0.5)
    return x * 10


async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("bad input")


def client(loop):
    fut = asyncio.run_coroutine_threadsafe(fetch(4), loop)
    print("client waits", fut.done())
    print("client got", fut.result(), round(time.monotonic(), 2))
    bad = asyncio.run_coroutine_threadsafe(fails(), loop)
    try:
        bad.result()
    except ValueError as e:
        print("client caught", repr(e), round(time.monotonic(), 2))
    slow = asyncio.run_coroutine_threadsafe(fetch(1), loop)
    try:
        slow.result(timeout=0.2)
    except TimeoutError:
        print("timed out at", round(time.monotonic(), 2))
    print("then", slow.result())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(client, loop)
    print("main done", round(loop.time(), 2))


asyncio.run(main())
