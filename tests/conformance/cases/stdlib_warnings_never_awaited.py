"""CPython's "coroutine ... was never awaited" is a RuntimeWarning like any other.

It goes through the program's filters: "ignore" hides it, catch_warnings(record=True) collects
it, "error" makes the finalizer's warning an exception that is only reported ("Exception
ignored", on stderr), and "default" shows it once per line; one dropped at exit has no line.
"""
import asyncio
import warnings


async def refresh(key):
    await asyncio.sleep(0.01)
    return key


async def main():
    refresh("a")
    await asyncio.sleep(0.1)
    warnings.simplefilter("ignore", RuntimeWarning)
    refresh("b")
    await asyncio.sleep(0.1)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        refresh("c")
        await asyncio.sleep(0.1)
    print([(str(w.message), w.lineno, w.category.__name__) for w in log])
    warnings.simplefilter("error")
    refresh("d")
    await asyncio.sleep(0.1)
    print("still running at", asyncio.get_running_loop().time())
    warnings.simplefilter("default")
    for i in range(3):
        refresh(i)
        await asyncio.sleep(0.1)
    global pending
    pending = refresh("at exit")


asyncio.run(main())
