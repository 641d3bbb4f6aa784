# loop.run_in_executor: a pool of two workers takes five jobs, so three wait for a free worker;
# the default executor (None) has min(32, cpu_count + 4) workers and starts one per waiting job.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def job(n):
    print(f"job {n} starts at {time.monotonic():.1f}")
    time.sleep(1 + n * 0.1)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        futures = [loop.run_in_executor(pool, job, n) for n in range(5)]
        print("submitted", len(futures))
        for coro in asyncio.as_completed(futures):
            print("result", await coro, "at", round(loop.time(), 1))
    results = await asyncio.gather(*(loop.run_in_executor(None, job, n) for n in range(3)))
    print("default executor", results, round(loop.time(), 1))


asyncio.run(main())
