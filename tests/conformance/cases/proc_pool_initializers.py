# Worker initializers, as services use them to open a connection or load a model once per worker:
# ThreadPoolExecutor, ProcessPoolExecutor and multiprocessing.Pool run the initializer in each
# worker before its first call (a process's globals are its own copy), and a failing initializer
# logs "Exception in initializer:" and breaks the executor.
import logging
import sys
import time
import multiprocessing as mp
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor


class ShortExc(logging.Formatter):
    def formatException(self, ei):
        return f"  {ei[0].__name__}: {ei[1]}"


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(ShortExc("%(levelname)s %(name)s: %(message)s"))
logging.getLogger().addHandler(handler)

CONNECTIONS = 0
DB = None


def connect(dsn, fail=False):
    global CONNECTIONS, DB
    time.sleep(0.2)
    if fail:
        raise ConnectionRefusedError(111, f"cannot reach {dsn}")
    CONNECTIONS += 1
    DB = f"{dsn}#{CONNECTIONS}"


def query(n):
    time.sleep(0.1)
    return f"{DB} q{n}"


if __name__ == "__main__":
    start = time.perf_counter()
    with ThreadPoolExecutor(2, initializer=connect, initargs=("threads",)) as ex:
        print(sorted(set(r.split(" ")[0] for r in ex.map(query, range(4)))), CONNECTIONS)
    print("threads done", round(time.perf_counter() - start, 1))
    with ProcessPoolExecutor(2, initializer=connect, initargs=("procs",)) as ex:
        print(sorted(set(r.split(" ")[0] for r in ex.map(query, range(4)))))
    print("in the parent:", CONNECTIONS, DB)
    with mp.Pool(2, initializer=connect, initargs=("pool",)) as pool:
        print(sorted(set(r.split(" ")[0] for r in pool.map(query, range(4), chunksize=1))))
    ex = ThreadPoolExecutor(1, initializer=connect, initargs=("down", True))
    f = ex.submit(query, 1)
    try:
        f.result()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        ex.submit(query, 2)
    except Exception as e:
        print(type(e).__name__, e)
    ex.shutdown()
    ex = ProcessPoolExecutor(1, initializer=connect, initargs=("down", True))
    f = ex.submit(query, 1)
    try:
        f.result()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        ex.submit(query, 2)
    except Exception as e:
        print(type(e).__name__, e)
    ex.shutdown()
    print("done", CONNECTIONS)
