# An eager task that suspends: its first part runs inside create_task, then it is scheduled
# from where it suspended, like any task.
import asyncio


async def worker(name, delay):
    print(name, "starts as", asyncio.current_task().get_name())
    await asyncio.sleep(delay)
    print(name, "resumes after", delay)
    await asyncio.sleep(0)
    print(name, "ends")
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    a = asyncio.create_task(worker("a", 0.2))
    print("a created, done:", a.done(), "tasks:", len(asyncio.all_tasks()))
    b = asyncio.create_task(worker("b", 0.1))
    print("b created, done:", b.done())
    c = asyncio.create_task(worker("c", 0))
    print("main goes on")
    print(await a, await b, await c)
    t = asyncio.Task(worker("d", 0.05), loop=loop, eager_start=True)
    print("Task(eager_start=True) done:", t.done())
    print(await t)


asyncio.run(main())
