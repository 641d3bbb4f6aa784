# Where asyncio's functions and methods say they come from: each is defined in one of the
# package's submodules (asyncio.tasks, asyncio.locks, ...), which __module__ names; a decorator
# that logs f"{fn.__module__}.{fn.__qualname__}" prints these.
import asyncio
import sys

names = [
    "sleep", "gather", "wait", "wait_for", "shield", "as_completed", "ensure_future",
    "create_task", "run", "timeout", "timeout_at", "to_thread", "wrap_future", "isfuture",
    "new_event_loop", "set_event_loop", "open_connection", "start_server",
    "run_coroutine_threadsafe",
]
if sys.version_info >= (3, 12):
    names.append("create_eager_task_factory")
for name in names:
    fn = getattr(asyncio, name)
    print(f"{name}: {fn.__module__}.{fn.__qualname__}")

methods = [
    asyncio.Lock.acquire, asyncio.Lock.release, asyncio.Event.wait, asyncio.Event.set,
    asyncio.Condition.wait_for, asyncio.Semaphore.acquire, asyncio.BoundedSemaphore.release,
    asyncio.Barrier.wait, asyncio.TaskGroup.create_task, asyncio.Timeout.reschedule,
    asyncio.Runner.run,
]
for m in methods:
    print(f"{m.__qualname__}: {m.__module__}")


def traced(fn):
    where = f"{fn.__module__}.{fn.__qualname__}"

    async def wrapper(*args):
        print("calling", where)
        return await fn(*args)

    return wrapper


async def main():
    await traced(asyncio.sleep)(0.1)
    print(await traced(asyncio.wait_for)(traced(asyncio.sleep)(0.1, "done"), 1))


asyncio.run(main())
