# concurrent.futures.ProcessPoolExecutor on simulated processes (src/lib/sim/threads.md,
# "Processes"): like CPython's with the fork start method, the first submit starts max_workers
# worker processes; a call and its result are copied between the processes as pickle copies them.

import queue
import multiprocessing
import threading
from collections import deque
from multiprocessing import _send, ForkProcess
from concurrent.futures import BrokenExecutor
from _stdlib_native import idle_for_work as _idle_for_work


class BrokenProcessPool(BrokenExecutor):
    pass


BrokenProcessPool.__module__ = "concurrent.futures.process"


# CPython's manager thread moves pending calls into the call queue, which holds max_workers + 1
# calls not yet taken by a worker; a call's future is running (cannot be cancelled) from then on.
# It refills the queue when a call is submitted and when a result comes back; a cancelled call is
# dropped when its turn comes. The workers stop (one None each) once nothing is pending after
# shutdown().
EXTRA_QUEUED_CALLS = 1


def _fill(executor):
    pending = executor._pending
    calls = executor._work_queue
    while pending and calls.qsize() < executor._max_workers + EXTRA_QUEUED_CALLS:
        item = pending.popleft()
        if item[0].set_running_or_notify_cancel():
            calls.put(item)
    if executor._shutdown_thread and not pending and not executor._stopping:
        executor._stopping = True
        for _ in executor._processes:
            calls.put(None)


def _worker(executor):
    work_queue = executor._work_queue
    # The initializer runs first in each worker (forked: it sees and sets that process's globals);
    # when it raises, CPython logs it, the worker ends, and the pool is broken.
    if executor._initializer is not None:
        try:
            executor._initializer(*executor._initargs)
        except BaseException:
            import logging
            logging.getLogger("concurrent.futures").critical("Exception in initializer:", exc_info=True)
            _break(executor)
            _worker_exited(executor)
            return
    while True:
        _idle_for_work("ProcessPoolExecutor")
        try:
            item = work_queue.get()
        finally:
            _idle_for_work(None)
        if item is None:
            _worker_exited(executor)
            return
        future, fn, args, kwargs = item
        try:
            fn, args, kwargs = _send((fn, args, kwargs))
            result = fn(*args, **kwargs)
        except BaseException as exc:
            executor._result_queue.put((future, False, _sent_back(exc)))
        else:
            try:
                executor._result_queue.put((future, True, _send(result)))
            except BaseException as exc:
                executor._result_queue.put((future, False, exc))


def _worker_exited(executor):
    # The last worker to stop ends the manager thread once it has read every result before.
    executor._exited += 1
    if executor._exited == len(executor._processes):
        executor._result_queue.put(None)


class _ExecutorManagerThread(threading.Thread):
    """CPython's manager thread (a Thread-N of the parent, started with the workers): it reads the
    results the workers send back and finishes their futures, so a done callback runs in the parent
    (with the parent's globals), in this thread; then it refills the call queue."""

    def __init__(self, executor):
        super().__init__(daemon=True)
        self._executor = executor

    def run(self):
        executor = self._executor
        while True:
            item = executor._result_queue.get()
            if item is None:
                return
            future, ok, value = item
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
            _fill(executor)


class _RemoteTraceback(Exception):
    # The worker's traceback as text, the cause of its exception in the parent.
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


_RemoteTraceback.__module__ = "concurrent.futures.process"


def _sent_back(exc):
    # A call's exception as the parent gets it: pickled without its traceback (or chain), with
    # the worker's traceback, formatted there, as its cause.
    import traceback
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    exc.__traceback__ = None
    exc.__context__ = None
    exc.__cause__ = _RemoteTraceback('\n"""\n%s"""' % text)
    return exc


def _process_chunk(fn, chunk):
    # map()'s call in a worker: one chunk of argument tuples, a list of results.
    return [fn(*args) for args in chunk]


def _chain_from_iterable_of_lists(iterable):
    # map()'s iterator: the chunks' results, one by one.
    for element in iterable:
        take = element.pop
        element.reverse()
        while element:
            yield take()


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield tuple(chunk)
            chunk = []
    if chunk:
        yield tuple(chunk)


def map(executor, base_map, fn, iterables, timeout, chunksize):
    # CPython's ProcessPoolExecutor.map: the items cut into chunks of `chunksize`, a call each.
    if chunksize < 1:
        raise ValueError("chunksize must be >= 1.")
    chunks = list(_chunks(zip(*iterables), chunksize))
    results = base_map(executor, _process_chunk, [fn] * len(chunks), chunks, timeout=timeout)
    return _chain_from_iterable_of_lists(results)


def _break(executor):
    # What CPython's manager thread does when a worker dies: the pool is broken, every call not
    # finished fails, and the other workers stop.
    if executor._broken:
        return
    executor._broken = "A child process terminated abruptly, the process pool is not usable anymore"
    failed = []
    while True:
        try:
            item = executor._work_queue.get_nowait()
        except queue.Empty:
            break
        if item is not None:
            failed.append(item[0])
    while executor._pending:
        failed.append(executor._pending.popleft()[0])
    for future in failed:
        future.set_exception(BrokenProcessPool(
            "A process in the process pool was terminated abruptly while the future was running or pending."))
    executor._stopping = True
    for _ in executor._processes:
        executor._work_queue.put(None)


def init(executor, max_workers, initializer, initargs, mp_context, max_tasks_per_child):
    if max_workers is None:
        max_workers = multiprocessing.cpu_count()
    elif max_workers <= 0:
        raise ValueError("max_workers must be greater than 0")
    if initializer is not None and not callable(initializer):
        raise TypeError("initializer must be a callable")
    if max_tasks_per_child is not None:
        _check_max_tasks_per_child(max_tasks_per_child, mp_context)
    executor._max_workers = max_workers
    executor._pending = deque()
    executor._work_queue = queue.Queue()
    executor._processes = {}
    executor._result_queue = queue.Queue()
    executor._manager = None
    executor._exited = 0
    executor._shutdown_thread = False
    executor._stopping = False
    executor._broken = False
    executor._initializer = initializer
    executor._initargs = initargs


def _check_max_tasks_per_child(max_tasks_per_child, mp_context):
    # CPython's checks; a pool whose workers may retire needs the 'spawn' start method (its
    # default then), and Loopline's processes are forked only.
    if not isinstance(max_tasks_per_child, int):
        raise TypeError("max_tasks_per_child must be an integer")
    if max_tasks_per_child <= 0:
        raise ValueError("max_tasks_per_child must be >= 1")
    if mp_context is not None:
        raise ValueError("max_tasks_per_child is incompatible with the 'fork' multiprocessing start method;"
                         " supply a different mp_context.")
    raise NotImplementedError("ProcessPoolExecutor(max_tasks_per_child=...) starts its workers with the"
                              " 'spawn' start method, which is not simulated in Loopline")


def submit(executor, future, fn, args, kwargs):
    if executor._broken:
        raise BrokenProcessPool(executor._broken)
    if executor._shutdown_thread:
        raise RuntimeError("cannot schedule new futures after shutdown")
    try:
        _send((fn, args, kwargs))
    except BaseException as exc:
        future.set_exception(exc)
        return future
    executor._pending.append((future, fn, args, kwargs))
    if not executor._processes:
        for _ in range(executor._max_workers):
            p = ForkProcess(target=_worker, args=(executor,))
            p.start()
            executor._processes[p.pid] = p
        executor._manager = _ExecutorManagerThread(executor)
        executor._manager.start()
    _fill(executor)
    return future


def shutdown(executor, wait, cancel_futures):
    executor._shutdown_thread = True
    if cancel_futures:
        # Only calls still pending: those in the call queue run.
        while executor._pending:
            executor._pending.popleft()[0].cancel()
    _fill(executor)
    if wait:
        for p in list(executor._processes.values()):
            p.join()
        if executor._manager is not None:
            executor._manager.join()
