"""A done callback that raises is logged through the 'concurrent.futures' logger (logger.exception
in the frame that called it), so a program's logging configuration shows it, with its traceback;
the other callbacks still run. Running asyncio code logs the task; an executor's thread does not."""
import asyncio
import logging
import os
import sys
import traceback
from concurrent.futures import Future, ThreadPoolExecutor


class ShortTracebacks(logging.Formatter):
    def formatException(self, ei):
        frames = traceback.extract_tb(ei[2])
        where = " <- ".join(f"{f.name}:{f.line}" for f in reversed(frames) if os.path.basename(f.filename) == os.path.basename(__file__))
        return f"    {ei[0].__name__}: {ei[1]} at {where}"


handler = logging.StreamHandler(sys.stdout)
task = "/%(taskName)s" if sys.version_info >= (3, 12) else ""
handler.setFormatter(ShortTracebacks(f"%(name)s %(levelname)s [%(threadName)s{task}] %(funcName)s: %(message)s"))
logging.getLogger().addHandler(handler)
seen = []


def bad(fut):
    raise RuntimeError(f"callback saw {fut.result() if not fut.exception() else fut.exception()!r}")


def good(fut):
    seen.append(fut.exception() or fut.result())


f = Future()
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result(42)
g = Future()
g.set_exception(ValueError("boom"))
g.add_done_callback(bad)
print("seen:", seen)


def work(n):
    return n * 2


def note(msg):
    logging.getLogger("app").warning(msg)


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(1, thread_name_prefix="pool") as ex:
        fut = ex.submit(work, 5)
        fut.add_done_callback(bad)
        await asyncio.sleep(0.1)
        fut.add_done_callback(bad)
        r = await loop.run_in_executor(ex, note, "from the pool")
    print("result", fut.result(), r)
    logging.getLogger("app").warning("from the loop")


asyncio.run(main())
