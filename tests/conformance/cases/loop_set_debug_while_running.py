# loop.set_debug() called while the loop runs: the flag counts from the next callback on (the
# running step was timed, or not, as it started), and set_debug queues a callback of its own.
import asyncio
import logging
import time

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s")


def show_ready(loop, label):
    print(label, [repr(h) for h in loop._ready])


async def main():
    loop = asyncio.get_running_loop()
    print("debug at start:", loop.get_debug())
    time.sleep(0.2)  # not timed: debug is off for this step
    loop.set_debug(True)
    print("after set_debug(True):", loop.get_debug(), len(loop._ready))
    await asyncio.sleep(0)
    time.sleep(0.2)  # timed: the step started in debug mode
    await asyncio.sleep(0)
    loop.set_debug(False)
    show_ready(loop, "queued by set_debug(False):")
    time.sleep(0.2)  # still timed: this step started in debug mode
    await asyncio.sleep(0)
    time.sleep(0.2)  # not timed
    await asyncio.sleep(0)
    loop.set_debug(1)
    print("flag kept as given:", loop.get_debug())
    loop.call_soon(time.sleep, 0.3)
    await asyncio.sleep(0.1)
    loop.set_debug(0)
    await asyncio.sleep(0)
    print("end", loop.get_debug())


asyncio.run(main())
