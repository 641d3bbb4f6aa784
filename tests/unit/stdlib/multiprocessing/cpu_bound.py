# The tutorials' comparison: CPU-bound work run one after another, in threads (one GIL), and in
# processes (one core each).
import time, threading
from multiprocessing import Process, Pool, cpu_count
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def count(n):
    while n > 0:
        n -= 1
    return n

N = 100_000

def timed(label, fn):
    t0 = time.perf_counter()
    fn()
    print(f"{label}: {time.perf_counter() - t0:.3f} s")

def sequential():
    for _ in range(4):
        count(N)

def threads():
    ts = [threading.Thread(target=count, args=(N,)) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()

def processes():
    ps = [Process(target=count, args=(N,)) for _ in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()

def pool():
    with Pool() as p:
        print(p.map(count, [N] * 8))

def executors():
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(count, [N] * 4))
    t0 = time.perf_counter()
    with ProcessPoolExecutor() as ex:
        print(list(ex.map(count, [N] * 4)))

if __name__ == "__main__":
    print(cpu_count())
    timed("sequential", sequential)
    timed("threads", threads)
    timed("processes", processes)
    timed("pool", pool)
    timed("executors", executors)
