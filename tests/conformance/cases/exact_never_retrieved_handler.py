"""A loop exception handler receives "Task exception was never retrieved" when a failed task
nobody awaited is dropped: its context holds the message, the exception and the task."""
import asyncio


def handler(loop, context):
    print("handler:", sorted(context))
    print("   ", context["message"], "|", repr(context["exception"]))
    fut = context["future"]
    print("   ", type(fut).__name__, fut.get_name(), fut.done())


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"boom {n}")


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    t = asyncio.create_task(fail(1), name="dropped-early")
    await asyncio.sleep(0.05)
    print("dropping the task")
    del t
    await asyncio.sleep(0.01)
    print("after the drop")
    KEPT.append(asyncio.create_task(fail(2), name="kept-to-the-end"))
    await asyncio.sleep(0.05)
    print("main returns")


KEPT = []


asyncio.run(main())
print("done")
