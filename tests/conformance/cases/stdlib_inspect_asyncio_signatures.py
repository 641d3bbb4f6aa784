# inspect.signature of what asyncio writes in Python, some of which Loopline runs natively: the
# package's functions, the methods of its queues and locks, the event loop's methods (on the class
# and bound to a loop), and the classes themselves; and `_asyncio` is in sys.modules once asyncio is
# imported (CPython's C accelerator; the recorder blocks it with None, which still counts).
import asyncio
import inspect
import sys

print("_asyncio" in sys.modules)


def show(label, obj):
    try:
        sig = inspect.signature(obj)
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__)
        return
    params = [(p.name, p.kind.name, p.default) for p in sig.parameters.values()]
    print(label, sig, params[-1:] if params else [])


for name in ["sleep", "gather", "create_task", "wait_for", "wait", "shield", "as_completed", "to_thread",
             "ensure_future", "run_coroutine_threadsafe", "iscoroutinefunction", "all_tasks", "new_event_loop"]:
    show(name, getattr(asyncio, name))

for cls in [asyncio.Queue, asyncio.PriorityQueue, asyncio.LifoQueue]:
    for name in ["put", "get", "put_nowait", "get_nowait", "qsize", "empty", "full", "task_done", "join"]:
        show(f"{cls.__name__}.{name}", getattr(cls, name))
show("Queue", asyncio.Queue)
show("PriorityQueue", asyncio.PriorityQueue)


async def main():
    loop = asyncio.get_running_loop()
    for name in ["call_soon", "call_later", "call_at", "call_soon_threadsafe", "create_task", "create_future",
                 "run_in_executor", "time", "stop", "is_running", "is_closed", "get_debug", "set_debug",
                 "set_exception_handler", "call_exception_handler", "set_task_factory", "run_until_complete",
                 "shutdown_asyncgens"]:
        show(f"loop.{name}", getattr(loop, name))
        show(f"BaseEventLoop.{name}", getattr(type(loop), name))
    q = asyncio.Queue()
    show("q.put", q.put)
    show("q.get_nowait", q.get_nowait)
    print(inspect.signature(q.put).bind(1).arguments, inspect.signature(loop.call_later).bind(1, "callback", 2).arguments)


asyncio.run(main())
