# __exit__ and __aexit__ run inside the handler of the body's exception: an exception they raise
# chains to it (__context__), sys.exc_info() there is the body's exception, and asyncio.timeout's
# TimeoutError has the CancelledError as both its cause and its context.
import asyncio
import sys


class Swap:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("exit sees", repr(sys.exc_info()[1]))
        raise KeyError("from exit")


class ASwap:
    async def __aenter__(self):
        return self

    async def __aexit__(self, kind, value, tb):
        await asyncio.sleep(0.1)
        print("aexit sees", repr(sys.exc_info()[1]))
        raise LookupError("from aexit")


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("clean exit sees", sys.exc_info()[0])
        return False


def plain():
    try:
        with Swap():
            raise ValueError("body")
    except KeyError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    with Quiet():
        pass


async def main():
    plain()
    try:
        async with ASwap():
            await asyncio.sleep(0.1)
            raise ValueError("async body")
    except LookupError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout cause", repr(e.__cause__), "context", repr(e.__context__))
    async with ASwap():
        raise ValueError("left uncaught")


asyncio.run(main())
