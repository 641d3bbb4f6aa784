# A handle's own fields, as events.Handle keeps them: the callback and its arguments (None once
# cancelled), whether it is cancelled, a timer's time and whether it is still in the heap; and the
# objects a queued task step runs (the C Task's TaskStepMethWrapper).
import asyncio


def ping(*args):
    print("ping", args)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    timer = loop.call_later(2, ping, 1, 2)
    print(timer._when - t0, timer._scheduled, timer._cancelled)
    print(timer._callback.__name__, timer._args, timer._loop is loop)
    timer.cancel()
    print(timer._scheduled, timer._cancelled, timer._callback, timer._args)
    soon = loop.call_soon(ping, 3)
    print(soon._callback.__name__, soon._args, soon._cancelled)
    task = asyncio.create_task(asyncio.sleep(0))
    step = loop._ready[-1]
    print(step._args, step._callback is step._callback)
    await task
    print(timer in loop._scheduled, len(loop._scheduled))
    due = loop.call_later(0.5, ping, "due")
    await asyncio.sleep(1)
    print(due._scheduled, due._cancelled)


asyncio.run(main())
