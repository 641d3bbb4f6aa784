# ThreadPoolExecutor: map gives results in input order, as_completed in finishing order,
# Future.add_done_callback runs in the thread that finishes the future, wait() splits done/pending.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED


def work(n):
    time.sleep(n / 10)
    if n == 4:
        raise RuntimeError(f"job {n} failed")
    return n * 2


with ThreadPoolExecutor(max_workers=3) as ex:
    print("map", list(ex.map(work, [3, 1, 2])), round(time.monotonic(), 2))
    futures = {ex.submit(work, n): n for n in [5, 2, 4, 1]}
    for f in futures:
        f.add_done_callback(lambda f: print("callback", futures[f], f.done()))
    for f in as_completed(futures):
        n = futures[f]
        if f.exception() is not None:
            print("failed", n, f.exception())
        else:
            print("done", n, f.result(), round(time.monotonic(), 2))
    a = ex.submit(work, 3)
    b = ex.submit(work, 6)
    done, pending = wait([a, b], return_when=FIRST_COMPLETED)
    print(len(done), len(pending), a in done, round(time.monotonic(), 2))
print("shut down", b.result(), round(time.monotonic(), 2))
