# A TaskGroup with an eager factory: tasks that finish in create_task, one that waits, and
# one that fails eagerly (the group cancels the waiting one).
import asyncio


async def quick(n):
    print("quick", n)
    return n


async def slow(n):
    print("slow starts", n)
    await asyncio.sleep(1)
    print("slow ends", n)
    return n


async def bad():
    print("bad raises")
    raise RuntimeError("eager failure")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(quick(1))
        b = tg.create_task(slow(2))
        print("in group:", a.done(), b.done())
    print("results:", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(slow(3))
            tg.create_task(bad())
            print("after bad:", c.done())
    except* RuntimeError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
    print("c cancelled:", c.cancelled())


asyncio.run(main())
