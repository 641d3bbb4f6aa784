# Worker processes share a task queue and a result queue; sentinels stop them.
import multiprocessing as mp
import time


def worker(tasks, results):
    while True:
        job = tasks.get()
        if job is None:
            break
        name, seconds = job
        time.sleep(seconds)
        results.put((name, seconds, round(time.time(), 3)))


if __name__ == "__main__":
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    jobs = [("a", 1.0), ("b", 0.5), ("c", 0.25), ("d", 1.5)]
    for job in jobs:
        tasks.put(job)
    for _ in workers:
        tasks.put(None)
    got = sorted(results.get() for _ in jobs)
    print("results:", got)
    for w in workers:
        w.join()
    print(f"all done at {time.time()}, queue empty: {results.empty()}")
