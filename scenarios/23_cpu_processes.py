# en: Title: Compute and wait: processes
# en: Notice: each job runs in a worker process with a GIL of its own, so the four compute at once, one per core, and the whole run takes about a quarter of the computing time. Compare it with 21 and 22.
# ko: 제목: 계산과 기다림: 프로세스
# ko: 살펴볼 점: 작업마다 자기 GIL을 가진 작업 프로세스에서 실행되어, 네 작업이 코어 하나씩 차지하고 동시에 계산합니다. 전체 시간이 계산 시간의 약 4분의 1로 줄어듭니다. 21, 22와 비교해 보세요.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import cpu_count

def crunch(n):
    total = 0
    for i in range(n):  # pure Python arithmetic: holds the GIL the whole time
        total += i % 7
    return total

def job(name):
    time.sleep(0.1)  # I/O: blocks this worker process only
    return crunch(300_000)  # CPU: this process's own GIL, on a core of its own

async def main():
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=4) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, job, i) for i in range(4)))
    print(f"{len(results)} jobs in {time.perf_counter() - start:.2f} s on {cpu_count()} cores")

asyncio.run(main())
