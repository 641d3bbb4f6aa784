"""Warnings as errors inside asyncio tasks: a test-suite style run with -W error.

simplefilter("error") turns warn() into a raise of the warning instance: a task fails with it,
gather(return_exceptions=True) collects it, a TaskGroup cancels the other task, and
catch_warnings restores the old filters when the block ends, also on an exception.
"""
import asyncio
import warnings


class StaleCacheWarning(UserWarning):
    def __init__(self, key, age):
        super().__init__(f"cache entry {key!r} is {age}s old")
        self.key = key


async def fetch(key, age):
    await asyncio.sleep(age / 10)
    if age > 2:
        warnings.warn(StaleCacheWarning(key, age))
    return f"{key}@{age}"


async def slow(name):
    try:
        await asyncio.sleep(5)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    warnings.simplefilter("error", StaleCacheWarning)
    results = await asyncio.gather(fetch("a", 1), fetch("b", 3), fetch("c", 2), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r, getattr(r, "key", None))

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("s1"))
            tg.create_task(fetch("d", 4))
    except* StaleCacheWarning as eg:
        print("group:", [str(e) for e in eg.exceptions])

    task = asyncio.create_task(fetch("e", 5))
    try:
        await task
    except UserWarning as e:
        print("awaited task raised", repr(e), task.done())

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            print(await fetch("f", 9))
            raise KeyError("f")
    except KeyError as e:
        print("KeyError", e, warnings.filters[0][0], warnings.filters[0][2].__name__)

    with warnings.catch_warnings(action="always"):
        print(await fetch("g", 3))
    warnings.simplefilter("default")
    print(await fetch("h", 3))
    await fetch("never", 6)


asyncio.run(main())
