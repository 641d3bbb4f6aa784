# The Python half of asyncio.tasks: wait_for, wait, as_completed, shield (Task and Future are native TypeScript),
# following CPython 3.13's algorithms step for step.
# Mirrors https://github.com/python/cpython/blob/3.13/Lib/asyncio/tasks.py

async def wait_for(fut, timeout):
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError from exc
    async with Timeout(_running_loop().time() + timeout if timeout is not None else None):
        return await fut


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = _running_loop()
    waiter = loop.create_future()
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


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
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = _running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    cur_task = current_task() if _PY_MINOR >= 14 else None

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        failed = return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)
        if counter <= 0 or return_when == FIRST_COMPLETED or failed:
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)
        if cur_task is not None:
            future_discard_from_awaited_by(f, cur_task)

    for f in fs:
        f.add_done_callback(_on_completion)
        if cur_task is not None:
            # 3.14: the waiting task awaits each of them (asyncio's call graphs).
            future_add_to_awaited_by(f, cur_task)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


class _AsCompletedIterator:
    def __init__(self, aws, timeout):
        self._done = Queue()
        self._timeout_handle = None
        loop = get_event_loop()
        aws = set(aws)
        # Coroutines become tasks in the set's order, which is address order in CPython.
        _address_order('as_completed', [aw for aw in aws if not isfuture(aw)])
        todo = {ensure_future(aw, loop=loop) for aw in aws}
        for f in todo:
            f.add_done_callback(self._handle_completion)
        if todo and timeout is not None:
            self._timeout_handle = loop.call_later(timeout, self._handle_timeout)
        self._todo = todo
        self._todo_left = len(todo)

    def __aiter__(self):
        return self

    def __iter__(self):
        return self

    async def __anext__(self):
        if not self._todo_left:
            raise StopAsyncIteration
        self._todo_left -= 1
        return await self._wait_for_one()

    def __next__(self):
        if not self._todo_left:
            raise StopIteration
        self._todo_left -= 1
        return self._wait_for_one(resolve=True)

    def _handle_timeout(self):
        for f in self._todo:
            f.remove_done_callback(self._handle_completion)
            self._done.put_nowait(None)
        self._todo.clear()

    def _handle_completion(self, f):
        if not self._todo:
            return
        self._todo.remove(f)
        self._done.put_nowait(f)
        if not self._todo and self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def _wait_for_one(self, resolve=False):
        f = await self._done.get()
        if f is None:
            raise TimeoutError
        return f.result() if resolve else f


def as_completed(fs, *, timeout=None):
    if _PY_MINOR <= 12:
        return _as_completed_generator(fs, timeout)
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    return _AsCompletedIterator(fs, timeout)


def _as_completed_generator(fs, timeout):
    # Up to 3.12 as_completed is a generator (a plain iterator of coroutines, no `async for`),
    # which sets everything up when first iterated.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    it = _AsCompletedIterator(fs, timeout)
    for _ in range(it._todo_left):
        yield it._wait_for_one(resolve=True)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()
    # 3.14: the task that shields awaits the inner future (asyncio's call graphs).
    cur_task = current_task(loop) if _PY_MINOR >= 14 else None
    if cur_task is not None:
        future_add_to_awaited_by(inner, cur_task)
        inner.add_done_callback(lambda inner: future_discard_from_awaited_by(inner, cur_task))

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# Eager task factories (3.12+): a factory for loop.set_task_factory that makes each task with
# eager_start=True, so its first step runs inside create_task. 3.14's passes create_task's keywords on.
if _PY_MINOR >= 12:
    def create_eager_task_factory(custom_task_constructor):
        if _PY_MINOR >= 14:
            def factory(loop, coro, *, eager_start=True, **kwargs):
                return custom_task_constructor(coro, loop=loop, eager_start=eager_start, **kwargs)
        else:
            def factory(loop, coro, *, name=None, context=None):
                return custom_task_constructor(coro, loop=loop, name=name, context=context, eager_start=True)
        return factory

    eager_task_factory = create_eager_task_factory(Task)
