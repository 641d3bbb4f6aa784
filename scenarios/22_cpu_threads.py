# en: Title: Compute and wait: threads
# en: Notice: each job has a worker thread; their downloads sleep side by side, but only the thread holding the GIL computes, so the threads take turns every 5 ms and the computing takes as long as on asyncio. Compare it with 21 and 23.
# ko: 제목: 계산과 기다림: 스레드
# ko: 살펴볼 점: 작업마다 작업 스레드가 있어 다운로드는 나란히 잠들지만, GIL을 잡은 스레드만 계산할 수 있어 스레드들이 5 ms마다 번갈아 돌고, 계산 시간은 asyncio와 같습니다. 21, 23과 비교해 보세요.
import asyncio
import time
from multiprocessing import cpu_count

def crunch(n):
    total = 0
    for i in range(n):  # pure Python arithmetic: holds the GIL the whole time
        total += i % 7
    return total

def job(name):
    time.sleep(0.1)  # I/O: blocks this worker thread only
    return crunch(300_000)  # CPU: needs the GIL, which one thread holds at a time

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(asyncio.to_thread(job, i) for i in range(4)))
    print(f"{len(results)} jobs in {time.perf_counter() - start:.2f} s on {cpu_count()} cores")

asyncio.run(main())
