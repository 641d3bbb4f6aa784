# Objects with __del__ and weak references in tasks: a coroutine's locals die when its task's
# coroutine finishes, gather's results outlive them, and a weakly referenced object dies at del.
import asyncio
import gc
import weakref


class Conn:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


async def worker(name, delay):
    c = Conn(name)
    await asyncio.sleep(delay)
    print("done", name)
    return name


async def main():
    t1 = asyncio.create_task(worker("a", 0.2))
    t2 = asyncio.create_task(worker("b", 0.1))
    keep = Conn("kept")
    r = weakref.ref(keep, lambda ref: print("kept gone"))
    results = await asyncio.gather(t1, t2)
    print(results)
    del keep
    print("main end", r())
    ring = [Conn("ring")]
    ring.append(ring)
    del ring
    print("ring collected", gc.collect() > 0)


asyncio.run(main())
print("after run")
