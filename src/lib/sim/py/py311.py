# CPython 3.11's asyncio where it differs from 3.13's (run after the other parts, on 3.11 only).
# wait_for: its own timer and waiter, and the awaitable wrapped in a task (3.12 rewrote it on
# asyncio.timeout, which awaits the coroutine in the caller's task).
# Mirrors https://github.com/python/cpython/blob/3.11/Lib/asyncio/tasks.py

async def wait_for(fut, timeout):
    loop = _running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        return await _wait_for_no_time(fut)
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()
