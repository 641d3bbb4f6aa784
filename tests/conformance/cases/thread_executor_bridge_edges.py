# The edges of asyncio's bridges to threads: set_default_executor refuses what is not a
# ThreadPoolExecutor (naming the instance it wants), wrap_future passes on a result, an error, a
# cancellation either way (a concurrent CancelledError arrives as asyncio's), run_in_executor
# on a closed loop, run_coroutine_threadsafe's type check, its result, error and cancellation
# seen from a thread.
import asyncio
import concurrent.futures


def double(x):
    return x * 2


async def slow_value(x):
    await asyncio.sleep(0.5)
    return x


async def failing():
    await asyncio.sleep(0.1)
    raise KeyError("lost")


def from_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(slow_value(3), loop)
    print("thread got", fut.result())
    fut = asyncio.run_coroutine_threadsafe(failing(), loop)
    try:
        fut.result()
    except KeyError as e:
        print("thread error", repr(e))
    fut = asyncio.run_coroutine_threadsafe(slow_value(4), loop)
    fut.cancel()
    try:
        fut.result()
    except concurrent.futures.CancelledError:
        print("thread saw cancelled", fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    for bad in (object(), concurrent.futures.ThreadPoolExecutor):
        try:
            loop.set_default_executor(bad)
        except TypeError as e:
            print("TypeError:", e)

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    print(asyncio.wrap_future(wrapped) is wrapped)
    cf.set_result(5)
    print("result", await wrapped)

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    cf.set_exception(ValueError("bad"))
    try:
        await wrapped
    except ValueError as e:
        print("error", e)

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    wrapped.cancel()
    await asyncio.sleep(0)
    print("cancel reaches concurrent:", cf.cancelled())

    cf = concurrent.futures.Future()
    cf.cancel()
    wrapped = asyncio.wrap_future(cf)
    try:
        await wrapped
    except asyncio.CancelledError as e:
        print("cancelled:", type(e).__module__, wrapped.cancelled())

    try:
        asyncio.run_coroutine_threadsafe(double, loop)
    except TypeError as e:
        print("TypeError:", e)

    print(await loop.run_in_executor(None, double, 21))
    await asyncio.to_thread(from_thread, loop)
    print("done at", loop.time())


asyncio.run(main())

other = asyncio.new_event_loop()
other.close()
try:
    other.run_in_executor(None, double, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
