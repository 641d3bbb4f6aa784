# asyncio.Timeout's states and reschedule(): the repr in each state, reschedule before entering
# and after the block, to None and to a time already past, expired(), and when() throughout.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(1)
    print(repr(t), t.expired())
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        print(repr(t), t.when())
        t.reschedule(None)
        print(repr(t), t.when())
        await asyncio.sleep(2)
        t.reschedule(loop.time() + 0.25)
        print(repr(t))
    print(repr(t), t.expired())
    try:
        t.reschedule(10)
    except RuntimeError as e:
        print("RuntimeError:", e)

    late = asyncio.timeout_at(loop.time() + 5)
    try:
        async with late:
            late.reschedule(loop.time() - 1)
            print("past deadline:", repr(late).replace(str(round(late.when(), 3)), "W"))
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__, repr(late), late.expired())
    try:
        late.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        async with asyncio.timeout(0.5) as inner:
            inner.reschedule(loop.time() + 0.1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled earlier fired at", round(loop.time(), 2))


asyncio.run(main())
