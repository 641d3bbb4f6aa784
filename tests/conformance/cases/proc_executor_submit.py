# ProcessPoolExecutor without asyncio: submit, as_completed, map, and an exception from a worker.
import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def download(name, seconds):
    time.sleep(seconds)
    return f"{name} after {seconds}s"


def broken(x):
    time.sleep(0.5)
    raise KeyError(x)


if __name__ == "__main__":
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=3) as ex:
        futures = [ex.submit(download, n, s) for n, s in [("a", 3), ("b", 1), ("c", 2)]]
        for f in as_completed(futures):
            print(f.result(), f"at {time.perf_counter() - start:.1f}s")
        print(list(ex.map(download, ["x", "y", "z", "w"], [1, 1, 1, 1])), f"at {time.perf_counter() - start:.1f}s")
        bad = ex.submit(broken, "missing")
        try:
            bad.result()
        except KeyError as e:
            print("worker raised KeyError", e, f"at {time.perf_counter() - start:.1f}s")
    print(f"shut down at {time.perf_counter() - start:.1f}s")
