"""A Pool's callbacks and a ProcessPoolExecutor's done callbacks run in the parent (in the pool's
result-handler thread, the executor's manager thread), so a program function they call sees and
changes the parent's globals; threading lists only the parent's threads."""
import multiprocessing as mp
import threading
import time
from concurrent.futures import ProcessPoolExecutor

results = []
errors = []


def area(w, h):
    time.sleep(0.1 * w)
    if h < 0:
        raise ValueError(f"negative side {w}x{h}")
    return w * h


def on_ok(value):
    results.append((value, threading.current_thread().name, mp.current_process().name))


def on_err(exc):
    errors.append(f"{type(exc).__name__}: {exc} in {threading.current_thread().name}")


def on_done(fut):
    results.append((fut.result(), threading.current_thread().name, mp.current_process().name))


if __name__ == "__main__":
    with mp.Pool(processes=2) as pool:
        print(sorted(t.name for t in threading.enumerate()))
        handles = [pool.apply_async(area, (w, h), callback=on_ok, error_callback=on_err)
                   for w, h in [(2, 3), (1, -1), (3, 5)]]
        for h in handles:
            h.wait()
        pool.starmap_async(area, [(1, 4), (2, 4)], callback=on_ok).wait()
    print("pool callbacks:", sorted(results, key=str))
    print("errors:", errors)
    print("after the pool:", [t.name for t in threading.enumerate()], threading.active_count())
    results.clear()
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(area, w, 2) for w in (1, 2)]
        for f in futs:
            f.add_done_callback(on_done)
    print("executor callbacks:", sorted(results, key=str))
    print("after the executor:", [t.name for t in threading.enumerate()])
    print(threading.Thread(target=on_ok).name)
