# The same three sleeps, one after the other, in threads, in processes, and in asyncio.
import asyncio
import multiprocessing
import threading
import time


def work(name):
    print(f"{name}: start")
    time.sleep(1)
    print(f"{name}: done")


async def awork(name):
    print(f"{name}: start")
    await asyncio.sleep(1)
    print(f"{name}: done")


def timed(label, run):
    start = time.perf_counter()
    run()
    print(f"{label}: {time.perf_counter() - start:.2f}s")


def sequential():
    for i in range(3):
        work(f"seq-{i}")


def with_threads():
    threads = [threading.Thread(target=work, args=(f"thread-{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def with_processes():
    procs = [multiprocessing.Process(target=work, args=(f"process-{i}",)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()


async def with_asyncio():
    await asyncio.gather(*(awork(f"task-{i}") for i in range(3)))


if __name__ == "__main__":
    timed("sequential", sequential)
    timed("threading", with_threads)
    timed("multiprocessing", with_processes)
    timed("asyncio", lambda: asyncio.run(with_asyncio()))
