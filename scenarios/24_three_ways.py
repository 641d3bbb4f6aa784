# en: Title: asyncio, threads, processes in turn
# en: Notice: the same four jobs (wait 0.1 s, then compute) run three ways on one timeline: as tasks, on worker threads (one GIL: they compute in turn), and on worker processes (a GIL and a core each: they compute at once). The Threads and Processes lanes show who computes when.
# ko: 제목: asyncio, 스레드, 프로세스를 차례로
# ko: 살펴볼 점: 같은 네 작업(0.1초 기다린 뒤 계산)을 한 타임라인에서 세 방식으로 실행합니다. 태스크로, 작업 스레드로(GIL 하나: 번갈아 계산), 작업 프로세스로(프로세스마다 GIL과 코어: 동시에 계산). 스레드와 프로세스 레인에서 누가 언제 계산하는지 보입니다.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import cpu_count

def crunch(n):
    total = 0
    for i in range(n):  # pure Python arithmetic: holds the GIL the whole time
        total += i % 7
    return total

def job(name):
    time.sleep(0.1)  # I/O: blocks only the thread (or process) that runs it
    return crunch(300_000)

async def async_job(name):
    await asyncio.sleep(0.1)  # I/O: the loop runs the other jobs meanwhile
    return crunch(300_000)  # CPU: on the loop's own thread

async def timed(label, jobs):
    start = time.perf_counter()
    await asyncio.gather(*jobs)
    print(f"{label}: {time.perf_counter() - start:.2f} s")

async def main():
    loop = asyncio.get_running_loop()
    await timed("asyncio", [async_job(i) for i in range(4)])
    with ThreadPoolExecutor(max_workers=cpu_count()) as threads:
        await timed("threads", [loop.run_in_executor(threads, job, i) for i in range(4)])
    with ProcessPoolExecutor(max_workers=cpu_count()) as processes:
        await timed("processes", [loop.run_in_executor(processes, job, i) for i in range(4)])

asyncio.run(main())
