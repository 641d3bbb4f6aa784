# An eager task that raises in its first part: create_task returns it already failed;
# one that raises after suspending fails later, as usual.
import asyncio


async def fails_at_once():
    print("about to fail")
    raise ValueError("at once")


async def fails_later():
    await asyncio.sleep(0.1)
    raise KeyError("later")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(fails_at_once())
    print("created:", t.done(), repr(t.exception()))
    u = asyncio.create_task(fails_later())
    print("created:", u.done())
    try:
        await u
    except KeyError as e:
        print("caught", repr(e))
    try:
        await t
    except ValueError as e:
        print("caught", repr(e))
    try:
        loop.set_task_factory(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
