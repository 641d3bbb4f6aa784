# What the loop holds, as tutorials print it: the ready queue (loop._ready) and the timer heap
# (loop._scheduled) after each kind of scheduling, with the loop's other private state.
import asyncio
import os

# asyncio's folder differs between installations: shown as LIB.
LIB = os.path.dirname(os.path.dirname(asyncio.__file__))

async def child(i, delay):
    await asyncio.sleep(delay)
    return i


def show(label, items):
    print(f"{label}: {len(items)}")
    for h in items:
        print("   ", repr(h).replace(LIB, "LIB").replace(__file__, os.path.basename(__file__)))


async def main():
    loop = asyncio.get_running_loop()
    print(type(loop._ready).__name__, type(loop._scheduled).__name__)
    print(loop._stopping, loop._closed, loop._debug, loop._clock_resolution)
    print(loop._timer_cancelled_count, loop._task_factory, loop._exception_handler)

    # create_task: the new task's first step waits in the ready queue.
    t = asyncio.create_task(child(1, 0))
    show("after create_task", loop._ready)
    await asyncio.sleep(0)

    # gather: each child's first step, then (once they finish) gather's done callbacks.
    g = asyncio.gather(child(2, 0), child(3, 1.5))
    show("after gather", loop._ready)
    await asyncio.sleep(0)
    show("timers while they sleep", loop._scheduled)
    await asyncio.sleep(0)
    show("gather's callback", loop._ready)

    # call_soon / call_later / call_at, and a cancelled timer left in the heap.
    fut = loop.create_future()
    h1 = loop.call_later(3, fut.set_result, "late")
    h2 = loop.call_at(loop.time() + 2, print, "at", 2)
    h3 = loop.call_soon(print, "soon")
    h1.cancel()
    show("after call_soon/later/at", loop._ready)
    show("heap with a cancelled timer", loop._scheduled)
    print("cancelled count", loop._timer_cancelled_count)
    h3.cancel()
    show("a cancelled handle stays queued", loop._ready)

    # A future the task waits for: its completion queues the task's wakeup.
    waiter_fut = loop.create_future()

    async def waiter():
        return await waiter_fut

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    waiter_fut.set_result(42)
    show("wakeup", loop._ready)

    # Done callbacks of the program's own, with the future as argument.
    def on_done(f):
        print("done callback saw", f.result())

    f2 = loop.create_future()
    f2.add_done_callback(on_done)
    f2.set_result("x")
    show("done callback", loop._ready)

    # asyncio.timeout's timer and a TaskGroup's callback.
    async with asyncio.timeout(5):
        show("timeout timer", [h for h in loop._scheduled if "Timeout" in repr(h)])
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(4, 0))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        show("taskgroup", loop._ready)

    # shield: the inner future's callbacks.
    s = asyncio.shield(child(5, 0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    show("shield", loop._ready)
    print(await s, await w, await t, await g)
    print("same objects:", loop._ready is loop._ready, loop._scheduled is loop._scheduled)
    await asyncio.sleep(3)
    print(len(loop._ready), len(loop._scheduled), loop._timer_cancelled_count)


asyncio.run(main())
