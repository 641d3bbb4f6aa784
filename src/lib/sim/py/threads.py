# asyncio's bridges to threads (src/lib/sim/threads.md): to_thread, loop.run_in_executor,
# wrap_future, run_coroutine_threadsafe. concurrent.futures is imported on first use, so a
# program without threads never builds it.
# Behaviour follows CPython's asyncio (threads.py, the future chaining of futures.py and
# run_coroutine_threadsafe of tasks.py); the code is Loopline's.

# Each loop's default executor, made when run_in_executor(None, ...) first needs one, and the
# loops whose program awaited shutdown_default_executor() (no new default executor after it).
_default_executors = {}
_executor_shut_down = set()


async def to_thread(func, /, *args, **kwargs):
    import functools
    import contextvars
    loop = get_running_loop()
    # The thread runs the call in a copy of the caller's context.
    in_context = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, in_context)


def _loop_run_in_executor(self, executor, func, *args):
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if self.get_debug():
        # Debug mode checks the callable first (BaseEventLoop._check_callback).
        import inspect
        if iscoroutine(func) or inspect.iscoroutinefunction(func):
            raise TypeError('coroutines cannot be used with run_in_executor()')
        if not callable(func):
            raise TypeError(f'a callable object was expected by run_in_executor(), got {func!r}')
    pool = executor if executor is not None else _default_executors.get(self)
    if executor is None and self in _executor_shut_down:
        raise RuntimeError('Executor shutdown has been called')
    if pool is None:
        import concurrent.futures
        pool = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
        _default_executors[self] = pool
    return wrap_future(pool.submit(func, *args), loop=self)


def _loop_set_default_executor(self, executor):
    import concurrent.futures
    if isinstance(executor, concurrent.futures.ThreadPoolExecutor):
        _default_executors[self] = executor
        return
    raise TypeError('executor must be ThreadPoolExecutor instance')


# The loop's methods go by CPython's names (a call's TypeError says `BaseEventLoop.run_in_executor()`).
for _method, _name in ((_loop_run_in_executor, 'run_in_executor'),
                       (_loop_set_default_executor, 'set_default_executor')):
    _method.__name__ = _name
    _method.__qualname__ = 'BaseEventLoop.' + _name
del _method, _name


def _shutdown_default_executor(loop):
    pool = _default_executors.pop(loop, None)
    if pool is not None:
        pool.shutdown(wait=True)


def _as_asyncio_error(exc):
    """A concurrent.futures.CancelledError becomes asyncio's; any other error passes as it is."""
    import concurrent.futures
    if type(exc) is not concurrent.futures.CancelledError:
        return exc
    return CancelledError(*exc.args)


def _pass_outcome(src, dst):
    """Give DST, an asyncio future or a concurrent one, the outcome SRC finished with."""
    if isfuture(dst):
        if dst.cancelled():
            return
        if src.cancelled():
            dst.cancel()
            return
    else:
        # A concurrent future goes through RUNNING; a cancelled one only notifies its waiters.
        if src.cancelled():
            dst.cancel()
        if not dst.set_running_or_notify_cancel():
            return
    err = src.exception()
    if err is None:
        dst.set_result(src.result())
    else:
        dst.set_exception(_as_asyncio_error(err))


def _chain_future(src, dst):
    """Tie DST to SRC: SRC's outcome is passed on to DST, and cancelling DST cancels SRC.
    The callbacks keep CPython's names: a future's repr lists them."""
    src_loop = src.get_loop() if isfuture(src) else None
    dst_loop = dst.get_loop() if isfuture(dst) else None

    def _call_check_cancel(fut):
        if not fut.cancelled():
            return
        if src_loop is not None and src_loop is not dst_loop:
            src_loop.call_soon_threadsafe(src.cancel)
        else:
            src.cancel()

    def _call_set_state(fut):
        if dst_loop is None or dst_loop is src_loop:
            _pass_outcome(fut, dst)
        elif not dst_loop.is_closed():
            # DST belongs to another loop (or thread): its loop delivers the outcome.
            dst_loop.call_soon_threadsafe(_pass_outcome, fut, dst)

    dst.add_done_callback(_call_check_cancel)
    src.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    target = (get_event_loop() if loop is None else loop).create_future()
    _chain_future(future, target)
    return target


def run_coroutine_threadsafe(coro, loop):
    import concurrent.futures
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    handle = concurrent.futures.Future()

    def callback():
        # Runs in LOOP's thread: the task is made there, and its outcome goes to HANDLE.
        try:
            task = ensure_future(coro, loop=loop)
            _chain_future(task, handle)
        except BaseException as exc:
            if not isinstance(exc, (SystemExit, KeyboardInterrupt)) and handle.set_running_or_notify_cancel():
                handle.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return handle


# loop.shutdown_default_executor(), awaited by a program that runs its loop by hand. A thread of
# its own (named after CPython's _do_shutdown) joins the pool's workers and then wakes the loop;
# from 3.12 a timeout stops the wait with a warning and leaves the workers running.
def _do_shutdown(loop, pool, joined):
    try:
        pool.shutdown(wait=True)
        if not loop.is_closed():
            loop.call_soon_threadsafe(joined.set_result if _PY_MINOR <= 11 else _set_unless_cancelled, joined)
    except Exception as exc:
        if not loop.is_closed() and (_PY_MINOR <= 11 or not joined.cancelled()):
            loop.call_soon_threadsafe(joined.set_exception, exc)


def _set_unless_cancelled(fut):
    if not fut.cancelled():
        fut.set_result(None)


async def _loop_shutdown_default_executor(self, timeout=None):
    import threading
    _executor_shut_down.add(self)
    pool = _default_executors.get(self)
    if pool is None:
        return
    joined = self.create_future()
    joiner = threading.Thread(target=_do_shutdown, args=(self, pool, joined))
    joiner.start()
    if _PY_MINOR <= 12:
        # Up to 3.12 the loop waits for the join in full; 3.12's timeout only bounds joining the thread after it.
        try:
            await joined
        finally:
            joiner.join(timeout)
        if joiner.is_alive():
            import warnings
            warnings.warn(f'The executor did not finishing joining its threads within {timeout} seconds.',
                          RuntimeWarning, stacklevel=2)
            pool.shutdown(wait=False)
        return
    try:
        async with _within(timeout):
            await joined
    except TimeoutError:
        import warnings
        warnings.warn(f'The executor did not finishing joining its threads within {timeout} seconds.',
                      RuntimeWarning, stacklevel=2)
        pool.shutdown(wait=False)
    else:
        joiner.join()


if _PY_MINOR <= 11:
    # 3.11's method takes no timeout.
    _shutdown_with_timeout = _loop_shutdown_default_executor

    async def _loop_shutdown_default_executor(self):
        await _shutdown_with_timeout(self)


def _within(delay):
    # asyncio.timeout, which the method's own parameter hides.
    return timeout(delay)


_loop_shutdown_default_executor.__name__ = 'shutdown_default_executor'
_loop_shutdown_default_executor.__qualname__ = 'BaseEventLoop.shutdown_default_executor'


# The loop's attributes for these (CPython's BaseEventLoop keeps them; close() lets go of the pool).
_loop_default_executor = property(lambda self: None if self.is_closed() else _default_executors.get(self))
_loop_executor_shutdown_called = property(lambda self: self.is_closed() or self in _executor_shut_down)
