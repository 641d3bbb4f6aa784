# TaskGroup's refusals and states: create_task before entering, entering twice, create_task
# while the group is shutting down (a failed task aborted it) and after it finished, the repr in
# each state, and the parent's cancelling() count when the group is cancelled from outside
# (a task failing as it is cancelled, or not).
import asyncio


async def fail(after, what):
    await asyncio.sleep(after)
    raise ValueError(what)


async def sleeper(label, seconds):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(label, "cancelled")
        raise


async def refusals():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    coro = sleeper("never", 1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    try:
        async with tg:
            print(repr(tg))
            tg.create_task(sleeper("a", 1))
            tg.create_task(fail(0.1, "boom"))
            print(repr(tg))
            try:
                async with tg:
                    pass
            except RuntimeError as e:
                print("RuntimeError:", e)
            await asyncio.sleep(0.5)
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
        print(repr(tg))
    late = sleeper("late", 1)
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print("RuntimeError:", e)
    late.close()


async def shutting_down():
    tg = asyncio.TaskGroup()
    try:
        async with tg:
            tg.create_task(fail(0, "first"))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled;", repr(tg))
                coro = sleeper("refused", 1)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print("RuntimeError:", e)
                coro.close()
                raise
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])


async def fails_when_cancelled():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("failed while cancelled")


async def outside_cancel_with_error():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails_when_cancelled())
            asyncio.get_running_loop().call_later(0.1, me.cancel)
            await asyncio.sleep(1)
    except BaseException as e:
        print("with error ends with", type(e).__name__, me.cancelling())
    try:
        await asyncio.sleep(0)
        print("after: not cancelled", me.cancelling())
    except asyncio.CancelledError:
        print("after: cancelled again", me.cancelling())


async def outside_cancel():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("inner", 1))
            asyncio.get_running_loop().call_later(0.1, me.cancel)
            await asyncio.sleep(1)
    except BaseException as e:
        print("outside cancel ends with", type(e).__name__, me.cancelling())
    try:
        await asyncio.sleep(0)
        print("after: not cancelled", me.cancelling())
    except asyncio.CancelledError:
        print("after: cancelled again", me.cancelling())


async def main():
    await refusals()
    await shutting_down()
    await asyncio.create_task(outside_cancel())
    await asyncio.create_task(outside_cancel_with_error())
    print("end", round(asyncio.get_running_loop().time(), 1))


asyncio.run(main())
