# concurrent.futures.ProcessPoolExecutor on simulated processes (src/lib/sim/threads.md,
# "Processes"): like CPython's with the fork start method, the first submit starts max_workers
# worker processes; a call and its result are copied between the processes as pickle copies them.

import queue
import multiprocessing
from multiprocessing import _send, ForkProcess
from concurrent.futures import BrokenExecutor


class BrokenProcessPool(BrokenExecutor):
    pass


BrokenProcessPool.__module__ = "concurrent.futures.process"


def _worker(work_queue):
    while True:
        item = work_queue.get()
        if item is None:
            return
        future, fn, args, kwargs = item
        if not future.set_running_or_notify_cancel():
            continue
        try:
            fn, args, kwargs = _send((fn, args, kwargs))
            result = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            try:
                future.set_result(_send(result))
            except BaseException as exc:
                future.set_exception(exc)


def init(executor, max_workers, initializer, initargs):
    if max_workers is None:
        max_workers = multiprocessing.cpu_count()
    elif max_workers <= 0:
        raise ValueError("max_workers must be greater than 0")
    if initializer is not None and not callable(initializer):
        raise TypeError("initializer must be a callable")
    executor._max_workers = max_workers
    executor._work_queue = queue.Queue()
    executor._processes = {}
    executor._shutdown_thread = False


def submit(executor, future, fn, args, kwargs):
    if executor._shutdown_thread:
        raise RuntimeError("cannot schedule new futures after shutdown")
    try:
        _send((fn, args, kwargs))
    except BaseException as exc:
        future.set_exception(exc)
        return future
    executor._work_queue.put((future, fn, args, kwargs))
    if not executor._processes:
        for _ in range(executor._max_workers):
            p = ForkProcess(target=_worker, args=(executor._work_queue,))
            p.start()
            executor._processes[p.pid] = p
    return future


def shutdown(executor, wait, cancel_futures):
    executor._shutdown_thread = True
    if cancel_futures:
        while True:
            try:
                item = executor._work_queue.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item[0].cancel()
    for _ in executor._processes:
        executor._work_queue.put(None)
    if wait:
        for p in list(executor._processes.values()):
            p.join()
