# concurrent.futures for Loopline's simulated threads (src/lib/sim/threads.md): Future,
# Executor with ThreadPoolExecutor, wait() and as_completed(), behaving as CPython 3.13's
# package does (states, waiting rules, worker reuse, thread names, shutdown).

import collections
import itertools
import queue
import threading
import time
import _thread
from _stdlib_native import idle_for_work as _idle_for_work

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ProcessPoolExecutor', 'ThreadPoolExecutor')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# A future's _state, spelled as CPython spells it. A cancelled future becomes
# CANCELLED_AND_NOTIFIED once its executor has seen the cancel (and told the waiters).
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_WAS_CANCELLED = (CANCELLED, CANCELLED_AND_NOTIFIED)
_IS_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
# What wait() and as_completed() count as already settled.
_SETTLED = (CANCELLED_AND_NOTIFIED, FINISHED)


# Each class names the submodule CPython defines it in (_base, thread, process): class reprs and
# tracebacks show it, e.g. concurrent.futures._base.CancelledError.
class Error(Exception):
    __module__ = 'concurrent.futures._base'


class CancelledError(Error):
    __module__ = 'concurrent.futures._base'


TimeoutError = TimeoutError


class InvalidStateError(Error):
    __module__ = 'concurrent.futures._base'


class BrokenExecutor(RuntimeError):
    __module__ = 'concurrent.futures._base'


def _report_callback_error(future, func):
    # CPython's _base.LOGGER.exception in `func` (concurrent.futures imports logging; Loopline at
    # first need), its record naming that function and line of _base.py; with logging not
    # configured, its last resort prints the message and traceback to stderr.
    import logging
    import sys
    logger = logging.getLogger('concurrent.futures')
    if not logger.isEnabledFor(logging.ERROR):
        return
    line = {'_invoke_callbacks': 342, 'add_done_callback': 426}[func]
    if sys.version_info >= (3, 14):
        line -= 6
    path = '/usr/lib/python%d.%d/concurrent/futures/_base.py' % sys.version_info[:2]
    logger.handle(logger.makeRecord(logger.name, logging.ERROR, path, line, 'exception calling callback for %r',
                                    (future,), sys.exc_info(), func))


# ---- watchers: how wait() and as_completed() learn that futures settle

class _Watch:
    # Installed on every future of one wait() or as_completed() call: collects the futures
    # that settle and sets `event` when the caller should look.
    #   mode 'each': as_completed (every future wakes the caller; the list is shared, so locked)
    #   mode 'first': FIRST_COMPLETED
    #   mode 'all' / 'failure': ALL_COMPLETED / FIRST_EXCEPTION, counting `left` down
    def __init__(self, mode, left=0):
        self.mode = mode
        self.left = left
        if mode != 'first':
            self.lock = threading.Lock()
        self.event = threading.Event()
        self.settled = []

    def saw(self, future, failed=False):
        if self.mode == 'each':
            with self.lock:
                self.settled.append(future)
                self.event.set()
            return
        self.settled.append(future)
        if self.mode == 'first' or (failed and self.mode == 'failure'):
            self.event.set()
            return
        with self.lock:
            self.left -= 1
            if not self.left:
                self.event.set()

    def take(self):
        # as_completed: what settled since the last look, oldest first.
        with self.lock:
            got = self.settled
            self.settled = []
            self.event.clear()
        return got


def _watch_for(fs, return_when):
    # wait()'s watch for `return_when`, counting the futures not settled yet.
    if return_when == FIRST_COMPLETED:
        return _Watch('first')
    if return_when not in (FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return condition: %r' % return_when)
    left = sum(f._state not in _SETTLED for f in fs)
    return _Watch('failure' if return_when == FIRST_EXCEPTION else 'all', left)


def _install(fs, w):
    for f in fs:
        f._watches.append(w)
    return w


def _hand_out(ready, w):
    # Yield the futures of `ready` from its end, each unhooked from `w` first.
    while ready:
        ready[-1]._watches.remove(w)
        yield ready.pop()


def as_completed(fs, timeout=None):
    if timeout is not None:
        deadline = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    ready = set(f for f in fs if f._state in _SETTLED)
    waiting = fs - ready
    w = _install(fs, _Watch('each'))
    try:
        yield from _hand_out(list(ready), w)
        while waiting:
            if timeout is None:
                left = None
            else:
                left = deadline - time.monotonic()
                # <= where CPython tests < 0: its clock has always moved on by the next read,
                # the virtual one has not (0 left would wait(0) forever).
                if left <= 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(waiting), total))
            w.event.wait(left)
            ready = w.take()
            ready.reverse()
            for f in ready:
                waiting.discard(f)
            yield from _hand_out(ready, w)
    finally:
        for f in fs:
            if w in f._watches:
                f._watches.remove(w)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _has_failure(futures):
    return any(f for f in futures if not f.cancelled() and f.exception() is not None)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    done = set(f for f in fs if f._state in _SETTLED)
    if done and (return_when == FIRST_COMPLETED or (return_when == FIRST_EXCEPTION and _has_failure(done))):
        return DoneAndNotDoneFutures(done, fs - done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, fs - done)
    w = _install(fs, _watch_for(fs, return_when))
    w.event.wait(timeout)
    for f in fs:
        f._watches.remove(w)
    done.update(w.settled)
    return DoneAndNotDoneFutures(done, fs - done)


# ---- Future

class Future:
    __module__ = 'concurrent.futures._base'

    # State, outcome and callbacks, guarded by one Condition that result() and exception()
    # sleep on until the future settles.

    def __init__(self):
        self._lock = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._watches = []
        self._callbacks = []

    def __repr__(self):
        with self._lock:
            state = 'cancelled' if self._state in _WAS_CANCELLED else self._state.lower()
            head = '<%s at %#x state=%s' % (self.__class__.__name__, id(self), state)
            if self._state != FINISHED:
                return head + '>'
            if self._exception:
                return '%s raised %s>' % (head, self._exception.__class__.__name__)
            return '%s returned %s>' % (head, self._result.__class__.__name__)

    def _invoke_callbacks(self):
        for fn in self._callbacks:
            try:
                fn(self)
            except Exception:
                _report_callback_error(self, '_invoke_callbacks')

    def cancel(self):
        with self._lock:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _WAS_CANCELLED:
                return True
            self._state = CANCELLED
            self._lock.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._lock:
            return self._state in _WAS_CANCELLED

    def running(self):
        with self._lock:
            return self._state == RUNNING

    def done(self):
        with self._lock:
            return self._state in _IS_DONE

    def add_done_callback(self, fn):
        with self._lock:
            if self._state not in _IS_DONE:
                self._callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self, 'add_done_callback')

    # result() and exception() check the state before and after sleeping (up to `timeout`), each
    # check a statement of its own: CPython's tracebacks show the one an error comes out of
    # (stdlib/library-statements.ts).

    def result(self, timeout=None):
        with self._lock:
            if self._state in _WAS_CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            self._lock.wait(timeout)
            if self._state in _WAS_CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def __get_result(self):
        # The call's own exception, raised again: its traceback goes on from the worker's frames.
        if self._exception:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        with self._lock:
            if self._state in _WAS_CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._lock.wait(timeout)
            if self._state in _WAS_CANCELLED:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # -- for executors (and asyncio's bridges)

    def set_running_or_notify_cancel(self):
        with self._lock:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state != CANCELLED:
                raise RuntimeError('Future in unexpected state')
            self._state = CANCELLED_AND_NOTIFIED
            for w in self._watches:
                w.saw(self)
            return False

    def set_result(self, result):
        self._settle(result, None, False)

    def set_exception(self, exception):
        self._settle(None, exception, True)

    def _settle(self, result, exception, failed):
        with self._lock:
            if self._state in _IS_DONE:
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for w in self._watches:
                w.saw(self, failed)
            self._lock.notify_all()
        self._invoke_callbacks()


# ---- executors

def _outcome_then_cancel(future, timeout):
    # map()'s step: the result (or error) of one future; cancelled in any case, so that a
    # failing or expired map leaves nothing running behind it.
    try:
        return future.result(timeout)
    finally:
        future.cancel()


def _map_results(futures, deadline, more=None):
    # map()'s iterator over the futures in submission order (with `more`, 3.14's buffersize, each
    # result is preceded by the next call's submission); on an error, a timeout or the iterator's
    # close, whatever was not consumed is cancelled (the last submitted first).
    try:
        futures.reverse()
        while futures:
            if more is not None and (future := next(more, None)) is not None:
                futures.appendleft(future)
            if deadline is None:
                yield _outcome_then_cancel(futures.pop(), None)
            else:
                yield _outcome_then_cancel(futures.pop(), deadline - time.monotonic())
    finally:
        for f in futures:
            f.cancel()


class Executor:
    __module__ = 'concurrent.futures._base'

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else timeout + time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _map_results(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


# Every pool's worker threads with their work queues, so that the interpreter's exit can wake
# and join them (threading runs _at_exit before it joins the remaining threads).
_workers_by_thread = {}
_exiting = False
_exit_lock = threading.Lock()


def _at_exit():
    global _exiting
    with _exit_lock:
        _exiting = True
    pairs = list(_workers_by_thread.items())
    for _, jobs in pairs:
        jobs.put(None)
    for t, _ in pairs:
        t.join()


threading._register_atexit(_at_exit)


def _call(fn, args, kwargs):
    # A job's call (3.14's tracebacks show it as a frame of its own, WorkerContext.run).
    return fn(*args, **kwargs)


def _initialize(initializer, initargs):
    # A worker's initializer call (3.14's tracebacks show it as WorkerContext.initialize).
    initializer(*initargs)


class _Job:
    # One submitted call and the future it settles.
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn, self.args, self.kwargs = fn, args, kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            value = _call(self.fn, self.args, self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(value)


def _drain(jobs):
    # The jobs still queued (None, a wake-up for a worker, is not one), taken off the queue.
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        if job is not None:
            yield job


def _work_loop(pool, jobs, initializer, initargs):
    # A worker thread: run jobs as they come; before blocking for the next one, mark itself
    # idle (submit() then reuses it rather than starting a thread). None means stop once the
    # pool or the interpreter shuts down; it is put back for the next worker.
    if initializer is not None:
        try:
            _initialize(initializer, initargs)
        except BaseException:
            # CPython's _base.LOGGER (concurrent.futures imports logging; Loopline at first need).
            import logging
            logging.getLogger('concurrent.futures').critical('Exception in initializer:', exc_info=True)
            pool._break_on_initializer()
            return
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            pool._idle.release()
            _idle_for_work("ThreadPoolExecutor")
            try:
                job = jobs.get(block=True)
            finally:
                _idle_for_work(None)
        if job is not None:
            job.run()
            del job
            continue
        if _exiting or pool._shutdown:
            pool._shutdown = True
            jobs.put(None)
            return


class BrokenThreadPool(BrokenExecutor):
    __module__ = 'concurrent.futures.thread'


_next_pool_number = itertools.count().__next__


class ThreadPoolExecutor(Executor):
    __module__ = 'concurrent.futures.thread'

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _thread._cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._jobs = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or 'ThreadPoolExecutor-%d' % _next_pool_number()
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _exit_lock:
            if self._broken:
                raise _BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            future = Future()
            self._jobs.put(_Job(future, fn, args, kwargs))
            self._grow()
            return future

    def _grow(self):
        # A new job: an idle worker takes it, else a new thread while under max_workers.
        if self._idle.acquire(timeout=0):
            return
        n = len(self._threads)
        if n >= self._max_workers:
            return
        t = threading.Thread(name='%s_%d' % (self._thread_name_prefix or self, n), target=_work_loop,
                             args=(self, self._jobs, self._initializer, self._initargs))
        t.start()
        self._threads.add(t)
        _workers_by_thread[t] = self._jobs

    def _break_on_initializer(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for job in _drain(self._jobs):
                job.future.set_exception(_BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                for job in _drain(self._jobs):
                    job.future.cancel()
            self._jobs.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


class ProcessPoolExecutor(Executor):
    __module__ = 'concurrent.futures.process'

    # Simulated processes (stdlib/py/process_pool.py), imported at first use: a program that uses
    # processes has CPU time on the clock (sim/threads.md).
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        import _process_pool
        _process_pool.init(self, max_workers, initializer, initargs, mp_context, max_tasks_per_child)

    def submit(self, fn, /, *args, **kwargs):
        import _process_pool
        return _process_pool.submit(self, Future(), fn, args, kwargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        import _process_pool
        return _process_pool.map(self, Executor.map, fn, iterables, timeout, chunksize)

    def shutdown(self, wait=True, *, cancel_futures=False):
        import _process_pool
        _process_pool.shutdown(self, wait, cancel_futures)


def _make_logger():
    # CPython's _base.LOGGER is made at the import (see logging.py's end for the other order).
    import sys
    if 'logging' in sys.modules:
        sys.modules['logging'].getLogger('concurrent.futures')


_make_logger()
del _make_logger


# 3.14's map(buffersize=): at most that many submitted calls whose results were not taken; each
# result taken first submits the next call. (Kept at the end of the file: the lines above are the
# ones CPython's frames are shown at, library-statements.ts.)

def _map_314(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
    if buffersize is not None and not isinstance(buffersize, int):
        raise TypeError('buffersize must be an integer or None')
    if buffersize is not None and buffersize < 1:
        raise ValueError('buffersize must be None or > 0')
    deadline = None if timeout is None else timeout + time.monotonic()
    args_left = zip(*iterables)
    if not buffersize:
        return _map_results([self.submit(fn, *args) for args in args_left], deadline)
    futures = collections.deque(self.submit(fn, *args) for args in itertools.islice(args_left, buffersize))
    return _map_results(futures, deadline, (self.submit(fn, *args) for args in args_left))


def _process_map_314(self, fn, *iterables, timeout=None, chunksize=1, buffersize=None):
    if buffersize is not None:
        import _stdlib_native
        _stdlib_native.not_simulated('ProcessPoolExecutor.map(buffersize=...)')
    import _process_pool
    return _process_pool.map(self, Executor.map, fn, iterables, timeout, chunksize)


import sys as _sys

# InvalidStateError joined __all__ in 3.13.
if _sys.version_info < (3, 13):
    __all__ = tuple(n for n in __all__ if n != 'InvalidStateError')
if _sys.version_info >= (3, 14):
    _map_314.__name__ = _process_map_314.__name__ = 'map'
    _map_314.__qualname__ = 'Executor.map'
    _process_map_314.__qualname__ = 'ProcessPoolExecutor.map'
    Executor.map = _map_314
    ProcessPoolExecutor.map = _process_map_314
del _sys


# dir() lists __all__, as CPython's package (which loads its executors when first read) has it.
def __dir__():
    return __all__


# CPython's package loads its executors when they are first read (its __getattr__, from import
# too): until then its namespace lacks them, and vars() lists them from then on, last.
_executors = {'ThreadPoolExecutor': ThreadPoolExecutor, 'ProcessPoolExecutor': ProcessPoolExecutor}
del ThreadPoolExecutor, ProcessPoolExecutor
# BrokenThreadPool lives in concurrent.futures.thread only: the package never has it.
_BrokenThreadPool = BrokenThreadPool
del BrokenThreadPool


def __getattr__(name):
    executor = _executors.get(name)
    if executor is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # CPython's reading imports the executor's submodule, which the package then has too (the
    # process pool's leaves its pool, and so the simulated CPU clock, for when it is used).
    __import__('concurrent.futures.' + ('thread' if name == 'ThreadPoolExecutor' else 'process'))
    globals()[name] = executor
    return executor
