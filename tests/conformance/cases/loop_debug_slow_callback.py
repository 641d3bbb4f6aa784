# asyncio's debug mode finds a blocking call in a coroutine: a callback that holds the loop for
# slow_callback_duration (0.1 s) or longer is logged at WARNING on the 'asyncio' logger, with the
# task (or handle) and how long it took on the loop's clock. Shorter ones, and the same program
# without debug mode, log nothing.
import asyncio
import logging
import os
import sys
import time

# asyncio's folder and this file's differ between installations: shown as LIB and the base name.
LIB = os.path.dirname(os.path.dirname(asyncio.__file__))


class Plain(logging.Formatter):
    def format(self, record):
        text = super().format(record)
        return text.replace(LIB, "LIB").replace(__file__, os.path.basename(__file__))


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Plain("%(levelname)s %(name)s %(funcName)s: %(message)s"))
logging.getLogger().addHandler(handler)


async def worker(name, block):
    time.sleep(block)
    await asyncio.sleep(0.1)
    time.sleep(block / 2)
    return name


def blocking_callback(label, seconds):
    print("callback", label)
    time.sleep(seconds)


async def main():
    loop = asyncio.get_running_loop()
    print("debug", loop.get_debug(), loop.slow_callback_duration)
    time.sleep(0.25)
    await asyncio.sleep(0)
    t1 = asyncio.create_task(worker("quick", 0.05))
    t2 = loop.create_task(worker("slow", 0.3), name="slowpoke")
    print(await asyncio.gather(t1, t2))
    loop.call_soon(blocking_callback, "soon", 0.125)
    loop.call_later(0.5, blocking_callback, "later", 0.1)
    loop.call_soon(blocking_callback, "short", 0.0625)
    await asyncio.sleep(1)
    loop.slow_callback_duration = 0.05
    loop.call_soon(blocking_callback, "short again", 0.0625)
    await asyncio.sleep(0.1)
    print("done at", loop.time())


asyncio.run(main(), debug=True)
print("--- without debug mode")
asyncio.run(main())
