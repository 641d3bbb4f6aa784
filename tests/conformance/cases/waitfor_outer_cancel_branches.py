# wait_for's ways out once it has waited (3.11 has its own waiter and timer, 3.12 on uses
# asyncio.timeout): the waiting task cancelled from outside (the inner task is cancelled and its
# cleanup awaited first), cancelled in the step the inner result arrives, and the timeout reached
# by an inner task that swallows the cancellation and returns, or that fails while cleaning up.
import asyncio


async def worker(name, delay, on_cancel=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled at {asyncio.get_running_loop().time():.2f}")
        if on_cancel == "cleanup":
            await asyncio.sleep(0.1)
            print(f"{name} cleaned up")
            raise
        if on_cancel == "swallow":
            return f"{name} gave up quietly"
        if on_cancel == "fail":
            raise ValueError(f"{name} failed to stop")
        raise
    return f"{name} done"


async def waiting(inner, timeout):
    try:
        return await asyncio.wait_for(inner, timeout)
    except BaseException as e:
        print("waiting ended with", type(e).__name__, e)
        raise


async def main():
    loop = asyncio.get_running_loop()
    outer = asyncio.create_task(waiting(worker("a", 5, "cleanup"), 10))
    loop.call_later(0.2, outer.cancel)
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled at", round(loop.time(), 2))

    inner = asyncio.create_task(worker("b", 0.5))
    outer = asyncio.create_task(waiting(inner, 10))
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        print("same step:", await outer)
    except asyncio.CancelledError:
        print("same step: cancelled", inner.done(), inner.cancelled())

    print(await waiting(worker("c", 5, "swallow"), 0.3), round(loop.time(), 2))
    try:
        await waiting(worker("d", 5, "fail"), 0.3)
    except ValueError as e:
        print("ValueError:", e, type(e.__context__).__name__, round(loop.time(), 2))


asyncio.run(main())
