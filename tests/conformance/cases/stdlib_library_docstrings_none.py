# The library objects whose docstring CPython leaves None read None (the simulator's library
# sources have docstrings of their own, notes for their readers, which are not CPython's), and the
# program's own docstrings read as written, also through a library class or decorator.
import asyncio
import collections
import contextlib

for name, obj in [("BaseEventLoop", asyncio.BaseEventLoop), ("Server", asyncio.Server),
                  ("StreamReader", asyncio.StreamReader), ("UserDict", collections.UserDict),
                  ("UserString", collections.UserString), ("Event.__init__", asyncio.Event.__init__)]:
    print(name, obj.__doc__)


class Jobs(asyncio.Queue):
    """Jobs waiting for a worker."""


class Plain(collections.UserDict):
    pass


@contextlib.contextmanager
def opened():
    """Open, then close."""
    yield


async def main():
    print(Jobs.__doc__, "|", Jobs().__doc__, "|", Plain.__doc__, "|", Plain().__doc__)
    print(opened.__doc__, "|", opened().__doc__)
    print(asyncio.Server.__doc__ is None, asyncio.StreamReader().__doc__)


asyncio.run(main())
