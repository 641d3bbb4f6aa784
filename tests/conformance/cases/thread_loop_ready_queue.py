# The loop's queues while threads hand it work: run_in_executor's future is completed through
# callbacks the worker thread schedules, and call_soon_threadsafe's callback waits in loop._ready.
import asyncio
import os
import threading
import time

LIB = os.path.dirname(os.path.dirname(asyncio.__file__))


def show(label, items):
    print(f"{label}: {len(items)}")
    for h in items:
        print("   ", repr(h).replace(LIB, "LIB").replace(__file__, os.path.basename(__file__)))


def blocking(n):
    time.sleep(0.1)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 21)
    show("executor submitted", loop._ready)
    show("timers", loop._scheduled)
    print(await fut)

    def from_thread():
        loop.call_soon_threadsafe(print, "hello from a thread")

    th = threading.Thread(target=from_thread)
    th.start()
    th.join()
    show("call_soon_threadsafe", loop._ready)
    await asyncio.sleep(0)


asyncio.run(main())
