import asyncio


async def watch():
    # signal is imported only now, while asyncio.run() is running.
    import signal
    handler = signal.getsignal(signal.SIGINT)
    print("during the run:", type(handler).__name__, handler.func.__name__)
    await asyncio.sleep(0.1)
    print("still the Runner's:", signal.getsignal(signal.SIGINT) is handler)


asyncio.run(watch())

import signal

print("after the run:", signal.getsignal(signal.SIGINT))
print("is the default:", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt as exc:
    print("default handler raised", repr(exc))
