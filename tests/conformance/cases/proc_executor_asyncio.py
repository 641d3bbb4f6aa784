# asyncio hands blocking work to a ProcessPoolExecutor with run_in_executor.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def blocking_job(n):
    time.sleep(n)
    return f"job {n} done"


async def ticker():
    for i in range(3):
        print(f"tick {i}")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            loop.run_in_executor(pool, blocking_job, 1),
            loop.run_in_executor(pool, blocking_job, 2),
            loop.run_in_executor(pool, blocking_job, 1),
            ticker(),
        )
    print(results)
    print(f"elapsed {time.perf_counter() - start:.2f}s")


if __name__ == "__main__":
    asyncio.run(main())
