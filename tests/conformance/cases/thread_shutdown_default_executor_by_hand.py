# A loop run by hand, closed as asyncio.run closes it: shutdown_asyncgens, then
# shutdown_default_executor, which joins the default pool's workers in a thread of its own.
import asyncio
import threading
import time


def blocking(n):
    time.sleep(0.2 * n)
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print('no pool yet:', loop._default_executor)
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, n) for n in (1, 2, 3)))
    print('results', results, round(loop.time() - start, 1))
    # A worker still busy when the shutdown starts: the shutdown waits for it.
    loop.run_in_executor(None, blocking, 2)


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    loop.run_until_complete(main())
finally:
    loop.run_until_complete(loop.shutdown_asyncgens())
    t0 = loop.time()
    coro = loop.shutdown_default_executor()
    print(type(coro).__name__, coro.__qualname__)
    loop.run_until_complete(coro)
    print('joined after', round(loop.time() - t0, 1), 'called:', loop._executor_shutdown_called)
    print('pool kept:', type(loop._default_executor).__name__)
    print('threads left:', sorted(t.name for t in threading.enumerate()))


async def after():
    try:
        await asyncio.get_running_loop().run_in_executor(None, blocking, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)


loop.run_until_complete(after())
# A second shutdown has nothing left to wait for.
loop.run_until_complete(loop.shutdown_default_executor())
asyncio.set_event_loop(None)
loop.close()
print('closed', loop.is_closed(), loop._default_executor, loop._executor_shutdown_called)

# A loop that never made a pool: the shutdown returns at once, starting no thread.
other = asyncio.new_event_loop()
before = threading.active_count()
other.run_until_complete(other.shutdown_default_executor())
print('no pool:', threading.active_count() - before, other._executor_shutdown_called)
other.close()
