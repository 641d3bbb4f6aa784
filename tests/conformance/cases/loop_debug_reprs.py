# In debug mode every future, task and handle remembers where it was made: its repr ends with
# "created at FILE:LINE" (the program's line, or asyncio's own where asyncio made it: asyncio.run's
# task in runners.py, asyncio.create_task's in tasks.py, loop.create_future's in base_events.py).
# A handle shows its arguments, keeps its repr when cancelled, and call_soon checks its callback.
# PYTHONASYNCIODEBUG turns debug mode on for every new loop; closing one logs at DEBUG.
import asyncio
import contextvars
import logging
import os
import sys

LIB = os.path.dirname(os.path.dirname(asyncio.__file__))


def plain(text):
    return text.replace(LIB, "LIB").replace(__file__, os.path.basename(__file__))


def show(label, obj):
    print(f"{label}: {plain(repr(obj))}")


class Plain(logging.Formatter):
    def format(self, record):
        return plain(super().format(record))


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Plain("%(levelname)s %(funcName)s: %(message)s"))
logging.getLogger("asyncio").addHandler(handler)
logging.getLogger("asyncio").setLevel(logging.DEBUG)


async def work(n):
    await asyncio.sleep(n)
    return n


def note(*args):
    print("note", *args)


async def main():
    loop = asyncio.get_running_loop()
    show("main", asyncio.current_task())
    t1 = loop.create_task(work(0.1))
    t2 = asyncio.create_task(work(0.2))
    t3 = asyncio.create_task(work(0.3), context=contextvars.copy_context())
    t4 = asyncio.ensure_future(work(0.4))
    t5 = asyncio.Task(work(0.5))
    for t in (t1, t2, t3, t4, t5):
        show("task", t)
    await asyncio.sleep(0)
    show("sleeping", t1)
    f1 = asyncio.Future()
    f2 = loop.create_future()
    show("future", f1)
    show("create_future", f2)
    f1.set_result([1, 2])
    show("done", f1)
    f2.cancel()
    show("cancelled", f2)
    h1 = loop.call_soon(note, "soon", [1, 2, 3])
    h2 = loop.call_later(0.05, note, "later")
    h3 = loop.call_at(loop.time() + 0.07, note, "at")
    h4 = loop.call_soon_threadsafe(note, "threadsafe")
    for h in (h1, h2, h3, h4):
        show("handle", h)
    h2.cancel()
    h1.cancel()
    show("cancelled handle", h1)
    show("cancelled timer", h2)
    async with asyncio.TaskGroup() as tg:
        g1 = tg.create_task(work(0.01))
        g2 = tg.create_task(work(0.02), context=contextvars.copy_context())
        show("group task", g1)
        show("group task", g2)
    for bad in (work(1), work, 42):
        for schedule in (loop.call_soon, lambda f: loop.run_in_executor(None, f)):
            try:
                schedule(bad)
            except TypeError as e:
                print("TypeError:", plain(str(e)))
        if asyncio.iscoroutine(bad):
            bad.close()
    try:
        loop.call_later(1, None)
    except TypeError as e:
        print("TypeError:", e)
    print(await asyncio.gather(t1, t2, t3, t4, t5))


asyncio.run(main(), debug=True)

print("--- a loop outside debug mode")
loop = asyncio.new_event_loop()
print(loop.get_debug())
show("handle", loop.call_soon(note, "plain"))
show("future", loop.create_future())
loop.close()

print("--- PYTHONASYNCIODEBUG")
os.environ["PYTHONASYNCIODEBUG"] = "1"
loop = asyncio.new_event_loop()
print(loop.get_debug())
show("handle", loop.call_soon(note, "env"))
loop.run_until_complete(asyncio.sleep(0))
loop.close()
del os.environ["PYTHONASYNCIODEBUG"]
print(asyncio.new_event_loop().get_debug())
