"""Printing tasks and futures: state, name, where the coroutine is, what it waits for, callbacks, results.

A task's repr names its coroutine's file; the program prints it with the base name only.
"""
import asyncio
import os


def shown(obj):
    return repr(obj).replace(__file__, os.path.basename(__file__))


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return {"id": n, "rows": list(range(n * 3)), "tag": "x" * 40}


async def fails():
    await asyncio.sleep(0.05)
    raise ValueError("no route")


class Collector:
    def __init__(self):
        self.seen = []

    def on_done(self, task):
        self.seen.append(task.get_name())


def log_done(task):
    print("done:", shown(task))


async def main():
    col = Collector()
    t1 = asyncio.create_task(fetch(1), name="fetch-1")
    t1.add_done_callback(col.on_done)
    print(shown(t1))
    await asyncio.sleep(0)
    print(shown(t1))
    t1.add_done_callback(log_done)
    t1.add_done_callback(lambda t: None)
    print(shown(t1))
    print(shown(await t1))
    print(shown(t1))
    bad = asyncio.create_task(fails(), name="bad")
    await asyncio.sleep(0.1)
    print(shown(bad))
    bad.exception()
    slow = asyncio.create_task(fetch(5))
    await asyncio.sleep(0)
    slow.cancel("enough")
    print(shown(slow))
    await asyncio.sleep(0)
    print(shown(slow), col.seen)
    fut = asyncio.get_running_loop().create_future()
    waiter = asyncio.create_task(asyncio.wait_for(fut, 1), name="waiter")
    fut.add_done_callback(col.on_done)  # a plain future has no get_name: the loop reports the error
    print(shown(fut))
    fut.set_result(["a" * 50, 12345678901234567890123456789012345678901234567890, (1,), {3, 1, 2}])
    print(shown(fut))
    await waiter
    for n, value in enumerate([None, True, 2.5, "short", list(range(10)), {"b": 1, "a": [1, [2, [3, [4, [5, [6, [7]]]]]]], "c": 2, "d": 3, "e": 4}, frozenset()]):
        f = asyncio.get_running_loop().create_future()
        f.set_result(value)
        print(n, shown(f))
    async with asyncio.TaskGroup() as tg:
        child = tg.create_task(fetch(1), name="child")
        await asyncio.sleep(0)
        print(shown(child))
    print(shown(child))


asyncio.run(main())
