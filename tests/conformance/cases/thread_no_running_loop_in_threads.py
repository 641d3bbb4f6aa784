"""A thread that asyncio.to_thread or run_in_executor runs has no running loop of its own (it is the
main thread's): get_running_loop() and current_task() raise there, get_event_loop() names the
thread, and logging's %(taskName)s is None for lines the thread logs."""
import asyncio
import logging
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

fmt = "%(threadName)s %(taskName)s %(message)s" if sys.version_info >= (3, 12) else "%(threadName)s %(message)s"
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter(fmt))
log = logging.getLogger("svc")
log.addHandler(handler)
log.setLevel(logging.INFO)


def probe(label):
    log.info("%s in a thread", label)
    out = [label, threading.current_thread().name]
    for fn in (asyncio.get_running_loop, asyncio.current_task, asyncio.get_event_loop):
        try:
            out.append(repr(fn()))
        except RuntimeError as e:
            out.append(f"RuntimeError({e})")
    out.append(repr(asyncio._get_running_loop()))
    return out


async def main():
    log.info("in the loop")
    print(await asyncio.to_thread(probe, "to_thread"))
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
        print(await loop.run_in_executor(ex, probe, "executor"))
    t = threading.Thread(target=lambda: print(probe("thread")), name="plain")
    t.start()
    t.join()
    print(asyncio.current_task().get_name(), asyncio.get_running_loop() is loop)


asyncio.run(main())
