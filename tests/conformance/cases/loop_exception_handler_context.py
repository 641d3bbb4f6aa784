"""A service installs its own loop exception handler: for a failing callback its context holds the
message, the exception and the handle that ran the callback (call_soon, call_later, call_at)."""
import asyncio
import functools
import os


def handler(loop, context):
    handle = context.get("handle")
    shown = repr(handle).replace(__file__, os.path.basename(__file__))
    print(sorted(context), "|", context["message"].replace(__file__, os.path.basename(__file__)))
    print("   ", repr(context.get("exception")), shown, handle.cancelled() if handle else None)


def flaky(n):
    raise RuntimeError(f"callback {n} failed")


class Poller:
    def poll(self):
        raise LookupError("nothing to poll")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(flaky, 1)
    loop.call_later(0.1, flaky, 2)
    loop.call_at(loop.time() + 0.2, functools.partial(flaky, 3))
    loop.call_soon(Poller().poll)
    loop.call_soon_threadsafe(flaky, 4)
    await asyncio.sleep(0.3)
    loop.call_exception_handler({"message": "by hand", "detail": 7})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())


asyncio.run(main())
