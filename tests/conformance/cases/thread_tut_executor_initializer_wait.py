"""Tutorial executor details: an initializer filling a threading.local per worker, wait(timeout=...),
as_completed, shutdown(cancel_futures=True), submit after shutdown."""
import concurrent.futures as cf, threading, time
local = threading.local()
def init(tag):
    local.tag = f'{tag}-{threading.current_thread().name}'
def job(n):
    time.sleep(0.1 * n)
    return local.tag, n
with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=('w',), thread_name_prefix='pool') as ex:
    futs = [ex.submit(job, n) for n in (3, 1, 2, 1)]
    done, not_done = cf.wait(futs, timeout=0.25)
    print(len(done), len(not_done))
    for f in cf.as_completed(futs):
        print(f.result())
ex2 = cf.ThreadPoolExecutor(max_workers=1)
fs = [ex2.submit(time.sleep, 0.2) for _ in range(4)]
ex2.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs], round(time.monotonic(), 2))
try:
    ex2.submit(print, 'x')
except RuntimeError as e:
    print(e)
