# asyncio.timeouts: Timeout, timeout(), timeout_at(), with CPython 3.13's state machine and cancel bookkeeping
# (states created -> active -> expiring -> expired, or active -> finished); the code is Loopline's.

class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = 'created'
        self._timer = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        state = self._state
        if state == 'created':
            raise RuntimeError('Timeout has not been entered')
        if state != 'active':
            raise RuntimeError(f'Cannot change state of {state} Timeout')
        self._when = when
        timer = self._timer
        if timer is not None:
            timer.cancel()
        if when is None:
            self._timer = None
            return
        loop = _running_loop()
        # A deadline already past fires at the loop's next turn; the callback's name shows in the handle's repr.
        self._timer = loop.call_soon(self._on_timeout) if when <= loop.time() else loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        if self._state != 'active':
            return f'<Timeout [{self._state}]>'
        when = None if self._when is None else round(self._when, 3)
        return f'<Timeout [active] when={when}>'

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = 'active'
        self._task = task
        # The task's cancel count on entry: only cancels beyond it are someone else's.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        timer = self._timer
        if timer is not None:
            timer.cancel()
            self._timer = None
        if self._state == 'active':
            self._state = 'finished'
        elif self._state == 'expiring':
            self._state = 'expired'
            # Our cancel is taken back; if no other is left, the block's way out is the timeout's:
            # its cancellation becomes TimeoutError, and (3.13 on) another error says it came of one.
            ours_only = self._task.uncancel() <= self._cancelling
            if ours_only and exc_type is not None:
                if _cancel_type(exc_type):
                    raise TimeoutError from exc_val
                if _PY_MINOR >= 13 and exc_val is not None:
                    _timeout_in_context(exc_val)
                    if isinstance(exc_val, ExceptionGroup):
                        for member in exc_val.exceptions:
                            _timeout_in_context(member)
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timer = None


def _cancel_type(exc_type):
    # 3.11 and 3.12 turn CancelledError itself into TimeoutError; 3.13 its subclasses too.
    return exc_type is CancelledError or (_PY_MINOR >= 13 and issubclass(exc_type, CancelledError))


def _timeout_in_context(exc):
    # Above the first CancelledError in exc's chain of contexts goes a TimeoutError whose context
    # and cause are that CancelledError (what 3.13's Timeout does for an error raised in cleanup).
    below = exc.__context__
    while below is not None:
        if isinstance(below, CancelledError):
            marker = TimeoutError()
            marker.__context__ = marker.__cause__ = below
            exc.__context__ = marker
            return
        exc, below = below, below.__context__


def timeout(delay):
    loop = _running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    return Timeout(when)
