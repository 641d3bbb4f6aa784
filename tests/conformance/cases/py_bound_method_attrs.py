import asyncio
import functools


class Worker:
    """Runs jobs."""

    def __init__(self, name):
        self.name = name

    async def handle(self, job):
        """Handle one job."""
        await asyncio.sleep(0.1)
        return f"{self.name}:{job}"


def traced(method):
    @functools.wraps(method)
    async def wrapper(*args):
        print("call", method.__qualname__, "on", method.__self__.name)
        return await method(*args)

    return wrapper


async def main():
    w = Worker("w1")
    m = w.handle
    print(m.__func__ is Worker.handle, m.__self__ is w, m.__name__, m.__qualname__, m.__doc__)
    print(m.__module__, type(m).__name__, m == w.handle, await m.__func__(Worker("w2"), "direct"))
    handlers = [Worker(n).handle for n in ("a", "b")]
    results = await asyncio.gather(*(traced(h)(i) for i, h in enumerate(handlers)))
    print(results, [h.__self__.name for h in handlers])
    owner = {h.__self__.name: h.__func__.__name__ for h in handlers}
    print(owner)


asyncio.run(main())
