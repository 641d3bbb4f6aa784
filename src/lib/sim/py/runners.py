# asyncio.Runner: one event loop kept across several run() calls, closed (remaining tasks
# cancelled, async generators shut down) on close() or at the end of its `with` block.
# Follows CPython 3.13's Lib/asyncio/runners.py; the task start and the shutdown are the
# simulation's own (_runner_run, _runner_close), the same steps asyncio.run takes.


class Runner:
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._context = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state != 'initialized':
            return
        try:
            _runner_close(self._loop)
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        try:
            if _get_running_loop() is not None:
                raise RuntimeError('Runner.run() cannot be called from a running event loop')
            self._lazy_init()
        except BaseException as exc:
            # The traceback keeps this frame, and so the coroutine, alive until the error is handled.
            _hold_until_handled(exc, coro)
            raise
        # Every run() without a context runs its task in the one context the runner copied at its start.
        return _runner_run(self._loop, coro, self._context if context is None else context)

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        import contextvars
        self._context = contextvars.copy_context()
        self._state = 'initialized'
