# An async generator freed while suspended is closed at once by the loop's finalizer hook
# (sys.set_asyncgen_hooks): the hook schedules a callback that makes a task of its aclose(), so
# its finally runs among the other tasks' steps exactly where CPython runs it, not at
# shutdown_asyncgens. Freed by del, by a name rebound, by its function returning, by a list
# cleared.
import asyncio


async def ticker(name):
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "closing")
        await asyncio.sleep(0)
        print(name, "closed")


async def other():
    for i in range(6):
        print("other", i)
        await asyncio.sleep(0)


async def local_use():
    g = ticker("local")
    print("local got", await g.__anext__())


async def main():
    t = asyncio.create_task(other())
    g = ticker("deleted")
    print("got", await g.__anext__())
    del g
    print("after del")
    await asyncio.sleep(0)
    print("main 1")
    h = ticker("rebound")
    print("got", await h.__anext__(), await h.__anext__())
    h = None
    print("after rebind")
    await asyncio.sleep(0)
    await local_use()
    print("after local")
    await asyncio.sleep(0)
    gens = [ticker("listed")]
    print("got", await gens[0].__anext__())
    gens.clear()
    print("after clear")
    await asyncio.sleep(0)
    await t
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
print("after run")
