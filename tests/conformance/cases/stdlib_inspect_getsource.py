# inspect.getsource/getsourcelines/getfile on the program's own functions, methods, classes and
# lambdas (decorators included, comments kept as CPython's block finder keeps them), and the
# errors for builtins and for code exec() made.
import asyncio
import functools
import inspect


def traced(fn):
    @functools.wraps(fn)
    async def wrapper(*args):
        print("->", fn.__name__)
        return await fn(*args)
    return wrapper


@traced
async def fetch(url,
                timeout=1.0):
    """Fetch one URL.

  The body is a sleep."""
    await asyncio.sleep(timeout)  # stands in for the network
    return url
    # trailing comment at body depth is kept
# a comment at column 0 is not


def one_liner(x): return x * 2


square = lambda n: n * n  # noqa


class Cache:
    """Keeps results."""

    size = 3

    def get(self, key):
        def inner():
            return key
        return inner

    @property
    def empty(self):
        return True


def show(obj):
    lines, start = inspect.getsourcelines(obj)
    print(f"--- {getattr(obj, '__qualname__', obj)} from line {start}, {len(lines)} lines")
    print(inspect.getsource(obj), end="")


async def main():
    await fetch("a", 0.01)
    for obj in (fetch, one_liner, square, Cache, Cache.get, Cache().get, Cache().get(1), traced):
        show(obj)
    show(Cache.__dict__["empty"].fget)
    print(inspect.getfile(fetch) == inspect.getfile(Cache) == inspect.getsourcefile(show))
    ns = {}
    exec("def made(x):\n    return x\n", ns)
    print(inspect.getfile(ns["made"]))
    for obj in (len, int, 42, ns["made"]):
        try:
            inspect.getsource(obj)
        except (OSError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
