# atexit and weakref.finalize at interpreter exit: a service registers its cleanups (with
# arguments, as a decorator, from inside a task), unregisters one, and keeps finalizers on
# objects that are still alive when the program ends; they run after the module's last line,
# last registered first, a raising one reported and the rest still run.
import asyncio
import atexit
import logging
import weakref

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("svc")
base = atexit._ncallbacks()


class Pool:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Pool({self.name!r})"


def close(what, *, reason="exit"):
    print(f"closing {what} ({reason})")


pools = [Pool("db"), Pool("cache"), Pool("queue")]
fins = [weakref.finalize(p, close, p.name, reason="finalizer") for p in pools]
fins[1].atexit = False
print(fins[0].alive, fins[2].peek()[1:3])
atexit.register(close, "sockets")
atexit.register(close, "never")
atexit.unregister(close)
atexit.register(close, "files", reason="after unregister")
print("callbacks added:", atexit._ncallbacks() - base)


@atexit.register
def flush_metrics():
    print("metrics flushed")
    log.info("bye from %s", "logging")


def broken():
    print("broken cleanup starts")
    raise RuntimeError("disk gone")


atexit.register(broken)


def late():
    print("late: a finalizer made during exit")
    weakref.finalize(pools[0], print, "late finalizer ran")


atexit.register(late)


async def worker(n):
    await asyncio.sleep(0.1 * n)
    atexit.register(print, f"worker {n} cleanup")
    return n


async def main():
    print(await asyncio.gather(*(worker(n) for n in range(3))))
    fins[0]()
    print("db finalized by hand:", fins[0].alive, fins[0]())
    print("detached:", fins[2].detach()[0])


asyncio.run(main())
print("last line of the module")
