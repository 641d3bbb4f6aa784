# Inside a task: coroutines never awaited (freed as their statements end, or as a name is rebound)
# warn in the order they are freed among the program's own warnings, with no print between.
import asyncio
import warnings


async def work():
    return 1


async def main():
    work()
    await asyncio.sleep(0)
    work()
    warnings.warn("first", UserWarning)
    pending = work()
    warnings.warn("second", UserWarning)
    pending = None
    warnings.warn("third", UserWarning)
    print("done")


asyncio.run(main())
