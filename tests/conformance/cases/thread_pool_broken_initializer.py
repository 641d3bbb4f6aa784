# A pool whose initializer fails: the worker logs "Exception in initializer:" with the frame of
# concurrent/futures/thread.py that called it, the pending futures and later submits raise
# BrokenThreadPool, imported from the submodule that defines it (as does _base's Future).
import threading
import time
import concurrent.futures.thread
from concurrent.futures.thread import BrokenThreadPool, ThreadPoolExecutor
from concurrent.futures import _base


def connect(dsn):
    time.sleep(0.1)
    if dsn.startswith("bad"):
        raise OSError(f"cannot reach {dsn}")
    threading.current_thread().dsn = dsn


def query(q):
    return f"{q} via {threading.current_thread().dsn}"


with ThreadPoolExecutor(max_workers=1, initializer=connect, initargs=("db://ok",)) as pool:
    print(pool.submit(query, "select 1").result())

pool = ThreadPoolExecutor(max_workers=1, initializer=connect, initargs=("bad://host",))
futures = [pool.submit(query, f"q{i}") for i in range(2)]
for f in futures:
    try:
        f.result()
    except BrokenThreadPool as e:
        print(type(e).__module__, type(e).__name__, "-", e)
try:
    pool.submit(query, "again")
except BrokenThreadPool as e:
    print("submit:", e)
pool.shutdown()
print(BrokenThreadPool.__mro__[1:3])
print(concurrent.futures.thread.ThreadPoolExecutor is ThreadPoolExecutor)
print(_base.Future is concurrent.futures.Future, _base.FINISHED, _base.BrokenExecutor.__name__)
print(concurrent.futures.thread.__name__, sorted(n for n in ("thread", "_base") if hasattr(concurrent.futures, n)))
