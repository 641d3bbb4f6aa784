# Pool(maxtasksperchild=N): a worker that has run N tasks exits and the pool forks a fresh one
# from the parent (a new pid, the parent's globals as they are now, the initializer again).
# ProcessPoolExecutor's max_tasks_per_child is checked as CPython checks it.
import multiprocessing as mp
import os
import time
from concurrent.futures import ProcessPoolExecutor

STARTS = 0
STATE = "parent-initial"


def init(tag):
    global STARTS
    STARTS += 1
    print("init", tag, STARTS, STATE, flush=True)


def work(n):
    global STATE
    time.sleep(0.1)
    seen = STATE
    STATE = f"set-by-{n}"
    return n, os.getpid(), seen.startswith("set-by")


if __name__ == "__main__":
    STATE = "parent-later"
    for bad in (0, -1, 1.5, "2"):
        try:
            mp.Pool(1, maxtasksperchild=bad)
        except Exception as e:
            print(type(e).__name__, e)
    with mp.Pool(2, initializer=init, initargs=("p",), maxtasksperchild=2) as pool:
        results = pool.map(work, range(7), chunksize=1)
        print([n for n, _, _ in results])
        print("workers:", len({pid for _, pid, _ in results}), "second tasks:", sum(s for _, _, s in results))
        n, pid, second = pool.apply(work, (10,))
        print(n, pid != os.getpid())
    with mp.Pool(1, maxtasksperchild=1) as pool:
        pids = [pid for _, pid, _ in pool.imap(work, range(3))]
        print("fresh worker each task:", len(set(pids)))
        print(pool)
    with mp.Pool(2, maxtasksperchild=3) as pool:
        print(sum(pool.map(abs, range(-20, 0), chunksize=2)))
    print("parent", STARTS, STATE)

    for kw in ({"max_tasks_per_child": 0}, {"max_tasks_per_child": 1.5}, {"max_tasks_per_child": -3},
               {"max_tasks_per_child": 1, "mp_context": mp.get_context("fork")},
               {"max_tasks_per_child": 1, "initializer": 3}):
        try:
            ProcessPoolExecutor(1, **kw)
        except Exception as e:
            print(type(e).__name__, e)
