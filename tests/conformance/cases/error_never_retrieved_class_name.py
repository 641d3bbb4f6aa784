# "... exception was never retrieved" names the future's own class: a gather's _GatheringFuture,
# a Future or Task subclass of the program's.
import asyncio
import gc


class JobFuture(asyncio.Future):
    pass


class TracedTask(asyncio.Task):
    pass


async def fail():
    await asyncio.sleep(0.01)
    raise LookupError("missing")


async def main():
    loop = asyncio.get_running_loop()
    child = asyncio.create_task(fail())
    g = asyncio.gather(child)
    await asyncio.sleep(0.02)
    print("gather done:", g.done(), type(g).__name__)
    del g
    gc.collect()
    print("gather dropped")

    f = JobFuture()
    f.set_exception(ValueError("bad job"))
    del f
    gc.collect()
    print("job future dropped")

    t = TracedTask(fail(), loop=loop)
    await asyncio.sleep(0.02)
    del t
    gc.collect()
    print("traced task dropped")

    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append(ctx["message"]))
    f = JobFuture()
    f.set_exception(KeyError("k"))
    del f
    gc.collect()
    await asyncio.sleep(0)
    print(seen)


asyncio.run(main())
