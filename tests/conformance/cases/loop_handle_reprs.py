# What call_soon, call_later and call_at hand back, printed before and after cancelling (built-in
# callbacks: a Python function's handle names its file, whose path differs between machines).
import asyncio


def tick(n):
    print("tick", n)


async def main():
    loop = asyncio.get_running_loop()
    log = []
    soon = loop.call_soon(log.append, "tick 1")
    later = loop.call_later(0.5, log.append, "tick 2")
    at = loop.call_at(loop.time() + 2, tick, 3)
    print(soon)
    print(later)
    print(type(soon).__name__, type(later).__name__, isinstance(later, asyncio.Handle))
    print(later.when(), at.when(), later.cancelled())
    at.cancel()
    print(at, at.cancelled())
    await asyncio.sleep(1)
    print(soon, later, log)


asyncio.run(main())
