# A custom task factory: called as CPython calls it (up to 3.13 (loop, coro[, context=]) and the
# name set by create_task afterwards; 3.14 hands it create_task's keywords).
import asyncio
import contextvars

made = []


def naming_factory(loop, coro, **kwargs):
    print("factory got", sorted(kwargs))
    made.append(coro.__name__)
    name = kwargs.pop("name", None) or f"job-{len(made)}"
    task = asyncio.Task(coro, loop=loop, name=name, **kwargs)
    print("factory made", task.get_name())
    return task


async def job(n):
    print("job", n, "runs as", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(naming_factory)
    print(loop.get_task_factory() is naming_factory)
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2), name="explicit")
    t3 = loop.create_task(job(3), context=contextvars.copy_context())
    print("names:", t1.get_name(), t2.get_name(), t3.get_name())
    print(await asyncio.gather(t1, t2, t3))
    print("made:", made)


asyncio.run(main())
