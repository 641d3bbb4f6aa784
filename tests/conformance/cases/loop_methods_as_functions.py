# The loop's methods are Python functions of the classes that define them: read on the class one
# is a function (BaseEventLoop's, BaseSelectorEventLoop's, _UnixSelectorEventLoop's), read on a
# loop a bound method of that loop. AbstractEventLoop's raise NotImplementedError (its async ones
# when their coroutine runs), so a subclass that leaves one out fails only when it is called.
# (The running loop's repr, time, add_signal_handler and default_exception_handler are left out:
# the recorder runs programs on a subclass of its own.)
import asyncio
import re


def show(x):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(x)))


for cls, name in [
    (asyncio.BaseEventLoop, 'call_soon'),
    (asyncio.BaseEventLoop, 'time'),
    (asyncio.BaseEventLoop, 'run_until_complete'),
    (asyncio.BaseEventLoop, 'create_task'),
    (asyncio.AbstractEventLoop, 'call_later'),
    (asyncio.SelectorEventLoop, 'close'),
]:
    f = getattr(cls, name)
    show(f)
    print(' ', type(f).__name__, f.__name__, f.__qualname__, f.__module__)


class Clockwork(asyncio.AbstractEventLoop):
    def time(self):
        return 42.0


clock = Clockwork()
print('own time:', clock.time())
for attempt in [
    lambda: asyncio.AbstractEventLoop().run_until_complete(None),
    lambda: clock.call_soon(print),
    lambda: clock.is_running(),
    lambda: clock.call_soon(),
    lambda: asyncio.BaseEventLoop.call_soon(),
    lambda: asyncio.AbstractEventLoop.time(),
]:
    try:
        attempt()
    except (NotImplementedError, TypeError) as e:
        print(type(e).__name__, e)

coro = clock.shutdown_asyncgens()
print(type(coro).__name__, coro.__qualname__)
try:
    coro.send(None)
except NotImplementedError as e:
    print('awaited:', repr(e))


async def main():
    loop = asyncio.get_running_loop()
    m = loop.call_soon
    print(str(m).replace(repr(loop), '<the loop>'))
    print(type(m).__name__, m.__self__ is loop, m.__func__ is asyncio.BaseEventLoop.call_soon)
    print(m == loop.call_soon, m is loop.call_soon, m != loop.call_later)
    print(m.__name__, m.__qualname__)
    for name in ['call_at', 'create_task', 'run_in_executor', 'sock_recv', 'add_reader', 'close', 'create_unix_server']:
        print(str(getattr(loop, name)).replace(repr(loop), '<the loop>'))
    print(asyncio.BaseEventLoop.is_running(loop), asyncio.BaseEventLoop.get_debug(loop))
    h = asyncio.BaseEventLoop.call_soon(self=loop, callback=print)
    print(h)
    loop.call_soon(loop.call_soon, len, 'from a bound method')
    print(loop._ready)
    try:
        loop.call_later(1, print, bogus=2)
    except TypeError as e:
        print(e)
    try:
        loop.stop(1)
    except TypeError as e:
        print(e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
