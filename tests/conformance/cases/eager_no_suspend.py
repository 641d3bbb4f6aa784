# An eager task whose coroutine never suspends: it runs to the end inside create_task and is
# never scheduled; current_task() is the new task during that part, the creator's again after.
import asyncio


async def quick(n):
    me = asyncio.current_task()
    print("quick", n, "runs as", me.get_name(), "tasks:", len(asyncio.all_tasks()))
    return n * 10


async def main():
    loop = asyncio.get_running_loop()
    print("factory before:", loop.get_task_factory())
    loop.set_task_factory(asyncio.eager_task_factory)
    print("factory set:", loop.get_task_factory() is asyncio.eager_task_factory)
    t = asyncio.create_task(quick(1))
    print("after create_task: done", t.done(), "result", t.result())
    print("current task:", asyncio.current_task().get_name())
    print("all tasks:", sorted(x.get_name() for x in asyncio.all_tasks()))
    t2 = loop.create_task(quick(2), name="second")
    print("second:", t2.get_name(), t2.done(), t2.result())
    await asyncio.sleep(0.1)
    loop.set_task_factory(None)
    t3 = asyncio.create_task(quick(3))
    print("without factory: done", t3.done())
    print("awaited:", await t3)


asyncio.run(main())
