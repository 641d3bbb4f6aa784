# A worker thread hands results to the event loop with loop.call_soon_threadsafe: the callback
# runs in the loop's thread, and a future set there wakes the task waiting for it.
import asyncio
import threading
import time


def worker(loop, fut, q):
    for i in range(3):
        time.sleep(0.3)
        loop.call_soon_threadsafe(q.put_nowait, i)
        print("worker sent", i)
    time.sleep(0.2)
    loop.call_soon_threadsafe(fut.set_result, "finished")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    q = asyncio.Queue()
    t = threading.Thread(target=worker, args=(loop, fut, q), name="feeder")
    t.start()
    for _ in range(3):
        item = await q.get()
        print("loop got", item, "at", round(loop.time(), 2), threading.current_thread().name)
    print(await fut, round(loop.time(), 2))
    t.join()
    print("joined", t.is_alive())


asyncio.run(main())
