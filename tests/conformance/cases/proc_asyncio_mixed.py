# asyncio waits on a thread (to_thread), on processes (run_in_executor) and on its own sleep.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def cpu_stand_in(n):
    time.sleep(n)
    return n * 10


def io_stand_in(label):
    time.sleep(0.75)
    return label.upper()


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        await asyncio.sleep(0.5)
        beats += 1
    return beats


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    with ProcessPoolExecutor() as pool:
        print("workers:", pool._max_workers)
        jobs = [loop.run_in_executor(pool, cpu_stand_in, n) for n in (1, 2, 1, 1, 2)]
        thread = asyncio.to_thread(io_stand_in, "thread")
        results = await asyncio.gather(*jobs, thread)
    print("results:", results, "at", loop.time())
    stop.set()
    print("heartbeats:", await beat, "at", loop.time())


asyncio.run(main())
