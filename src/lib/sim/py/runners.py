# asyncio.Runner: one event loop kept across several run() calls, closed (remaining tasks
# cancelled, async generators shut down) on close() or at the end of its `with` block.
# Follows CPython 3.13's Lib/asyncio/runners.py; the task start and the shutdown are the
# simulation's own (_runner_run, _runner_close), the same steps asyncio.run takes.


class Runner:
    # Its loop is made at first use (get_loop, run, `with`) and kept until close(); _state goes
    # 'created' -> 'initialized' -> 'closed' (the values of CPython's _State).
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        # CPython's attributes, in its order (vars() lists them so).
        self._state, self._debug, self._loop_factory = 'created', debug, loop_factory
        self._loop = self._context = None
        self._interrupt_count, self._set_event_loop = 0, False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        # Nothing to do before first use or a second time.
        if self._state == 'initialized':
            try:
                _runner_close(self._loop)
            finally:
                if self._set_event_loop:
                    set_event_loop(None)
                self._loop, self._state = None, 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if _PY_MINOR <= 13 and not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        try:
            if _get_running_loop() is not None:
                raise RuntimeError('Runner.run() cannot be called from a running event loop')
            self._lazy_init()
        except BaseException as exc:
            # The traceback keeps this frame, and so the coroutine, alive until the error is handled.
            _hold_until_handled(exc, coro)
            raise
        if not iscoroutine(coro):
            # 3.14 (its loop made by now): any awaitable, awaited by a coroutine of the runner's own.
            import inspect
            if not inspect.isawaitable(coro):
                raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')

            async def _wrap_awaitable(awaitable):
                return await awaitable
            coro = _wrap_awaitable(coro)
        # Every run() without a context runs its task in the one context the runner copied at its start.
        return _runner_run(self._loop, coro, self._context if context is None else context, self)

    def _lazy_init(self):
        if self._state != 'created':
            if self._state == 'closed':
                raise RuntimeError('Runner is closed')
            return
        factory = self._loop_factory
        loop = new_event_loop() if factory is None else factory()
        self._loop = loop
        # Only a loop of asyncio's own making becomes the thread's current one.
        if factory is None and not self._set_event_loop:
            set_event_loop(loop)
            self._set_event_loop = True
        if self._debug is not None:
            loop.set_debug(self._debug)
        import contextvars
        self._context = contextvars.copy_context()
        self._state = 'initialized'

    def _on_sigint(self, signum, frame, main_task):
        # Ctrl-C's handler while run() runs (also the program's own SIGINT, os.kill or
        # signal.raise_signal): the first cancels the main task, the next interrupts.
        self._interrupt_count += 1
        if self._interrupt_count > 1 or main_task.done():
            raise KeyboardInterrupt()
        main_task.cancel()
        # (CPython's wakes a select() blocked with a long timeout.)
        self._loop.call_soon_threadsafe(lambda: None)


# Runner.run in the main thread puts its own SIGINT handler in place while the task runs, when
# the default one is set, and puts the default back after, unless the program changed it since.
# asyncio.run's runner is made here (the simulation runs asyncio.run itself).
def _sigint_install(runner, task, signal):
    if runner is None:
        runner = Runner()
        runner._loop = task.get_loop()
    runner._interrupt_count = 0
    if signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
        return None
    import functools
    handler = functools.partial(runner._on_sigint, main_task=task)
    signal.signal(signal.SIGINT, handler)
    return handler


def _sigint_interrupted(handler, task):
    """Runner.run's `except CancelledError`: whether the main task was cancelled by the SIGINT
    handler alone (it counted an interrupt and uncancel() leaves no other request), so run()
    raises KeyboardInterrupt instead."""
    if handler is None or handler.func.__self__._interrupt_count == 0:
        return False
    return task.uncancel() == 0


def _sigint_restore(handler, signal):
    if signal.getsignal(signal.SIGINT) is handler:
        signal.signal(signal.SIGINT, signal.default_int_handler)
