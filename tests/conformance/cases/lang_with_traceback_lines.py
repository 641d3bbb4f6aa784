# The lines tracebacks name around `with` and `async with`, as a connection pool's code meets them:
# an exception from the body names the body's line in the function's frame (also after an
# `async with` awaited __aexit__), and one raised by __exit__/__aexit__ names the `with` line and
# keeps the body's exception, with its own traceback, as its context.
import asyncio
import traceback


class Pool:
    def __init__(self, fail_on_release=False):
        self.fail_on_release = fail_on_release

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if self.fail_on_release:
            raise ConnectionError("release failed")
        return False

    async def __aenter__(self):
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.1)
        if self.fail_on_release:
            raise ConnectionError("async release failed")
        return False


def lines(e):
    out = []
    while e is not None:
        out.append((type(e).__name__, [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]))
        e = e.__context__
    return out


def query(pool):
    with pool:
        rows = []
        raise LookupError("no table")


async def aquery(pool):
    async with pool:
        rows = []
        raise LookupError("no table")


def clean_exit(pool):
    with pool:
        rows = [1]
    return rows


async def main():
    for p in (Pool(), Pool(fail_on_release=True)):
        try:
            query(p)
        except Exception as e:
            print(lines(e))
        try:
            await aquery(p)
        except Exception as e:
            print(lines(e))
    try:
        clean_exit(Pool(fail_on_release=True))
    except Exception as e:
        print(lines(e))


asyncio.run(main())
