"""A worker pool reports what went wrong by exception type: concurrent.futures' classes live in
its submodules (_base, thread), as their reprs and tracebacks show."""
import asyncio
import concurrent.futures as cf
import time


def resize(n):
    time.sleep(0.01 * n)
    if n == 3:
        raise OSError(f"image {n} is truncated")
    return n * 100


def main():
    for cls in [cf.CancelledError, cf.InvalidStateError, cf.BrokenExecutor, cf.TimeoutError,
                cf.Future, cf.Executor, cf.ThreadPoolExecutor]:
        print(cls, cls.__module__, cls.__qualname__)
    with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="img") as pool:
        futures = {pool.submit(resize, n): n for n in [4, 1, 3, 2]}
        report = {}
        for fut in cf.as_completed(futures):
            try:
                report[futures[fut]] = fut.result()
            except OSError as e:
                report[futures[fut]] = f"{type(e).__name__}: {e}"
        print(sorted(report.items()))
        queued = pool.submit(resize, 5)
        waiting = pool.submit(resize, 6)
        extra = pool.submit(resize, 7)
        print(extra.cancel(), extra.cancelled())
        try:
            extra.result()
        except cf.CancelledError as e:
            print("cancelled:", repr(e), type(e), isinstance(e, asyncio.CancelledError))
        try:
            f = cf.Future()
            f.set_result(1)
            f.set_result(2)
        except cf.InvalidStateError as e:
            print(type(e).__module__, str(e).split(":")[0])
        print(queued.result(), waiting.result())
    print(type(pool).__module__, type(pool).__name__)
    f = cf.Future()
    f.cancel()
    f.result()


main()
