"""stacklevel: a library's deprecated helper warns at its caller's line, not its own.

warn(..., stacklevel=2) points at the line that called the function that warns; a decorator
adds one more level. The category must be a Warning subclass (TypeError otherwise), and
past the outermost frame CPython attributes the warning to the sys module.
"""
import asyncio
import functools
import warnings


class ApiDeprecation(DeprecationWarning):
    pass


def deprecated(reason):
    def wrap(fn):
        @functools.wraps(fn)
        def inner(*args, **kwargs):
            warnings.warn(f"{fn.__name__}() is deprecated: {reason}", ApiDeprecation, stacklevel=2)
            return fn(*args, **kwargs)
        return inner
    return wrap


@deprecated("use fetch_all()")
def fetch_one(x):
    return x * 2


def old_api(x, level):
    warnings.warn(f"old_api({x}) at level {level}", UserWarning, stacklevel=level)
    return x


def helper(level):
    return old_api(1, level)


async def worker(n):
    await asyncio.sleep(0.1 * n)
    print("worker", n, fetch_one(n))
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        for level in (1, 2, 3):
            helper(level)
        for w in log:
            print(" ", w.message, w.lineno, w.filename.endswith(".py"))


async def main():
    await asyncio.gather(worker(1), worker(2))
    print(fetch_one(5))
    helper(2)
    helper(3)
    for bad in (int, "Warning", type(None), 3):
        try:
            warnings.warn("x", bad)
        except TypeError as e:
            print("TypeError:", e)
    warnings.warn("x", None)
    try:
        warnings.warn("x", Warning, "two")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("far out", stacklevel=9)
    print([(str(w.message), w.lineno) for w in log])
warnings.warn("module level", stacklevel=1)
