# The Python half of asyncio.tasks: wait_for, wait, as_completed, shield (Task and Future are native TypeScript).
# The order of callbacks, cancellations and checks is CPython 3.13's (per version where it differs);
# the code is Loopline's.

async def wait_for(fut, timeout):
    if timeout is not None and timeout <= 0:
        return await _wait_for_no_time(fut)
    deadline = None if timeout is None else _running_loop().time() + timeout
    async with Timeout(deadline):
        return await fut


async def _wait_for_no_time(fut):
    # wait_for given no time at all (3.11's too): a result already there is returned, anything
    # else is cancelled and awaited, and its cancellation comes out as TimeoutError. Tracebacks
    # show this frame as wait_for's, and not the call above (sim/library-statements.ts).
    fut = ensure_future(fut)
    if fut.done():
        return fut.result()
    await _cancel_and_wait(fut)
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError from exc


def _release_waiter(waiter, *args):
    # A timer's or a done callback's: wake whoever awaits WAITER, once.
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = _running_loop().create_future()
    release = lambda _: _release_waiter(waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(release)


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(fs, timeout, return_when, _running_loop())


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    left = len(fs)
    # 3.14: the waiting task awaits each of them (asyncio's call graphs).
    awaiting = current_task() if _PY_MINOR >= 14 else None

    def _is_enough(f):
        # Checked in this order: a failure is only looked at (and so retrieved) while others are left.
        if left <= 0 or return_when == FIRST_COMPLETED:
            return True
        return return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None

    def _on_completion(f):
        nonlocal left
        left -= 1
        if _is_enough(f):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)
        if awaiting is not None:
            future_discard_from_awaited_by(f, awaiting)

    for f in fs:
        f.add_done_callback(_on_completion)
        if awaiting is not None:
            future_add_to_awaited_by(f, awaiting)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    finished, unfinished = set(), set()
    for f in fs:
        (finished if f.done() else unfinished).add(f)
    return finished, unfinished


class _AsCompletedIterator:
    """3.13's as_completed: each step waits for the next future to finish (None in the queue: time is up)."""

    def __init__(self, aws, timeout):
        self._arrivals = Queue()
        self._timer = None
        loop = get_event_loop()
        aws = set(aws)
        # Coroutines become tasks in the set's order, which is address order in CPython.
        _address_order('as_completed', [aw for aw in aws if not isfuture(aw)])
        self._todo = {ensure_future(aw, loop=loop) for aw in aws}
        self._steps_left = len(self._todo)
        for f in self._todo:
            f.add_done_callback(self._handle_completion)
        if timeout is not None and self._todo:
            self._timer = loop.call_later(timeout, self._handle_timeout)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if self._steps_left == 0:
            raise StopAsyncIteration
        self._steps_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if self._steps_left == 0:
            raise StopIteration
        self._steps_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        # Every waiter still to come gets the time-out marker.
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            self._arrivals.put_nowait(None)
        self._todo.clear()

    def _handle_completion(self, f):
        todo = self._todo
        if not todo:
            return
        todo.remove(f)
        self._arrivals.put_nowait(f)
        if self._timer is not None and not todo:
            self._timer.cancel()

    async def _wait_for_one(self, resolve=False):
        f = await self._arrivals.get()
        if f is None:
            raise TimeoutError
        if resolve:
            return f.result()
        return f


def _refuse_single(fs):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')


if _PY_MINOR <= 12:
    def as_completed(fs, *, timeout=None):
        # Up to 3.12 as_completed is itself a generator (a plain iterator of coroutines, no
        # `async for`), which checks its argument and sets everything up when first iterated.
        _refuse_single(fs)
        it = _AsCompletedIterator(fs, timeout)
        for _ in range(it._steps_left):
            yield it._wait_for_one(resolve=True)
else:
    def as_completed(fs, *, timeout=None):
        _refuse_single(fs)
        return _AsCompletedIterator(fs, timeout)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    # 3.14: the task that shields awaits the inner future (asyncio's call graphs).
    shielding = current_task(loop) if _PY_MINOR >= 14 else None
    if shielding is not None:
        future_add_to_awaited_by(inner, shielding)
        def _clear_awaited_by_callback(inner):
            future_discard_from_awaited_by(inner, shielding)
        inner.add_done_callback(_clear_awaited_by_callback)

    # The callbacks keep CPython's names: a future's repr lists them.
    def _inner_done_callback(inner):
        if inner.cancelled():
            if not outer.cancelled():
                outer.cancel()
            return
        # Asked even when OUTER was cancelled: that marks the error as retrieved.
        err = inner.exception()
        if outer.cancelled():
            return
        if err is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(err)

    def _outer_done_callback(outer):
        # OUTER done first (cancelled): INNER goes on alone.
        if inner.done():
            return
        inner.remove_done_callback(_inner_done_callback)

    outer.add_done_callback(_outer_done_callback)
    inner.add_done_callback(_inner_done_callback)
    return outer


# Eager task factories (3.12+): a factory for loop.set_task_factory that makes each task with
# eager_start=True, so its first step runs inside create_task. 3.14's passes create_task's keywords on.
if _PY_MINOR >= 12:
    def create_eager_task_factory(custom_task_constructor):
        make = custom_task_constructor
        if _PY_MINOR >= 14:
            def factory(loop, coro, *, eager_start=True, **kwargs):
                return make(coro, loop=loop, eager_start=eager_start, **kwargs)
        else:
            def factory(loop, coro, *, name=None, context=None):
                return make(coro, loop=loop, name=name, context=context, eager_start=True)
        return factory

    eager_task_factory = create_eager_task_factory(Task)
