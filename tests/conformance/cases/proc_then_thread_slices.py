# After a process pool, CPU time is on the clock and threads hand the GIL over every 5 ms. A
# worker thread whose slice ends inside a call Loopline cannot suspend (logging an exception while
# the main thread waits for its result) keeps the GIL until it can hand it over.
import logging
import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor


def warm(n):
    return sum(i * i for i in range(n))


def init():
    raise LookupError("no config")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(warm, [10, 100, 1000]))
    ex = ThreadPoolExecutor(1, initializer=init)
    f = ex.submit(warm, 10)
    try:
        f.result()
    except Exception as e:
        print(type(e).__name__, e)
    ex.shutdown()
    log = logging.getLogger("app")
    with ThreadPoolExecutor(2) as ex:
        def noisy(i):
            try:
                {}[i]
            except KeyError:
                log.error("lookup %d failed", i, exc_info=True)
            return warm(2000 * i)
        print(list(ex.map(noisy, range(3))))
