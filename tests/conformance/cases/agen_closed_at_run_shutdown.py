# An async generator dropped suspended just before main() returns: the loop's finalizer hook
# schedules a callback that makes a task of its aclose(), but the loop stops before that task's
# first step, so asyncio.run's shutdown cancels it first. The cancel throws CancelledError into the
# athrow object before it started: 3.11 and 3.12 throw it into the generator and leave the athrow
# in its initial state, so the next send throws GeneratorExit at the await in the finally ("closed"
# never prints); 3.13 marks the athrow as running, the await completes and the CancelledError goes
# on.
import asyncio


async def gen(name):
    try:
        yield 1
        yield 2
    except BaseException as e:
        print(name, "got", type(e).__name__)
        raise
    finally:
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        print(name, "closing")
        try:
            await asyncio.sleep(1)
        except BaseException as e:
            print(name, "sleep raised", type(e).__name__, "after", round(loop.time() - t0, 1))
            raise
        print(name, "closed after", round(loop.time() - t0, 1))


async def user():
    g = gen("g")
    async for x in g:
        print("got", x)
        break
    del g
    print("user done")


async def main():
    await user()
    print("main done, tasks:", len(asyncio.all_tasks()))


asyncio.run(main())
print("after run")
