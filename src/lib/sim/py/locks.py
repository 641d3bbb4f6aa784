# asyncio.locks: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier, with CPython 3.13's algorithms,
# so futures are created, completed and awaited in CPython's order.
# Behaviour follows CPython's Lib/asyncio/locks.py; the code is Loopline's.

import _collections_deque as _deque_mod

_deque = _deque_mod.deque


class _ContextManagerMixin:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _described(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = _bound_loop(self).create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            first = self._waiters[0]
            if not first.done():
                first.set_result(True)


class Event:
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return _described(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _bound_loop(self).create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        return _described(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        me = current_task()
        # From 3.13 the future (and the loop check) comes before the lock is let go; before, after it.
        fut = _bound_loop(self).create_future() if _PY_MINOR >= 13 else None
        self.release()
        err = None
        try:
            fut = fut or _bound_loop(self).create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    err = e
            if err is not None:
                try:
                    raise err
                finally:
                    err = None

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._notify(n)

    def _notify(self, n):
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):  # its methods also run natively: see sim/semaphores.ts
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _described(self, state, self._waiters)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = _bound_loop(self).create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if _PY_MINOR <= 12:
                # Before 3.13: a permit this waiter was given goes to the next one at once.
                if not fut.cancelled():
                    self._value += 1
                    self._wake_up_next()
            elif fut.done() and not fut.cancelled():
                self._value += 1
            raise
        finally:
            # 3.13 on: wake as many as there are free permits (they queued behind this one).
            while _PY_MINOR >= 13 and self._value > 0:
                if not self._wake_up_next():
                    break
        # Before 3.13: a free permit left wakes one more waiter, only after a successful wait.
        if _PY_MINOR <= 12 and self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Whether it woke a waiter (3.13 on; None before).
        woke = True if _PY_MINOR >= 13 else None
        if not self._waiters:
            return woke and False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return woke
        return woke and False


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        # The ceiling release() may not pass, kept before the value is checked.
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value < self._bound_value:
            super().release()
            return
        raise ValueError('BoundedSemaphore released too many times')


class Barrier:
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            # worded '> 0' until 3.14 rephrased it
            raise ValueError('parties must be >= 1' if _PY_MINOR >= 14 else 'parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        if self.broken:
            return _described(self, self._state, None)
        return _described(self, f'{self._state}, waiters:{self.n_waiting}/{self.parties}', None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 < self._parties:
                    await self._wait()
                else:
                    await self._release()
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
        if self._state == 'broken':
            raise BrokenBarrierError('Barrier aborted')

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError('Abort or reset of barrier')

    def _exit(self):
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'


def _described(prim, state, waiters):
    """The repr of a lock-like PRIM: its default repr with its state (and its waiters' count) added."""
    if waiters:
        state = f'{state}, waiters:{len(waiters)}'
    return f'<{object.__repr__(prim)[1:-1]} [{state}]>'


# No loop until the first wait (CPython keeps this None on the mixin class the primitives share).
_ContextManagerMixin._loop = Event._loop = Barrier._loop = None


def _bound_loop(prim):
    # A primitive belongs to the loop it first waits on (asyncio's _LoopBoundMixin): waiting from
    # any other running loop afterwards is refused, naming the primitive as it is at that moment.
    loop = _get_running_loop()
    if prim._loop is None:
        prim._loop = loop
    if prim._loop is not loop:
        raise RuntimeError(f'{prim!r} is bound to a different event loop')
    return loop
