# What leaves an expired asyncio.timeout block when the cancellation is answered by something else:
# a subclass of CancelledError (3.11 and 3.12 let it through, 3.13 turns it into TimeoutError), an
# error raised while cleaning up (3.13 puts a TimeoutError into its context chain, above the
# CancelledError), and a task group's ExceptionGroup of such errors (each member gets one too).
import asyncio


class Stop(asyncio.CancelledError):
    pass


def chain(e):
    names = []
    while e is not None:
        names.append(type(e).__name__)
        e = e.__context__
    return " <- ".join(names)


async def answer(kind):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        if kind == "stop":
            raise Stop("own cancel")
        raise KeyError(kind)


async def main():
    loop = asyncio.get_running_loop()
    for kind in ("stop", "error"):
        try:
            async with asyncio.timeout(0.1):
                await answer(kind)
        except BaseException as e:
            print(kind, "->", chain(e), type(e.__cause__).__name__, round(loop.time(), 2))
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                # One task: a group cancels several in the order of their addresses.
                tg.create_task(answer("member"))
    except BaseException as e:
        print("group ->", chain(e), [chain(m) for m in e.exceptions], round(loop.time(), 2))


asyncio.run(main())
