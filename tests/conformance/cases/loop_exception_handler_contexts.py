# What the loop's exception handler is given: a done callback's error names its handle too; a
# handler that defers to loop.default_exception_handler is not called again; an error in the
# handler goes to the default handler.
import asyncio
import os


def bad_done(fut):
    raise KeyError("done")


def bad(x):
    raise RuntimeError(f"callback {x}")


def message(context):
    # A callback's message names the program's file: printed with its base name only.
    return context["message"].replace(__file__, os.path.basename(__file__))


def show(loop, context):
    print("handler:", sorted(context), message(context))
    if "handle" in context:
        print("  handle:", type(context["handle"]).__name__, context["handle"].cancelled())


def deferring(loop, context):
    print("deferring:", message(context))
    loop.default_exception_handler(context)


def broken(loop, context):
    raise ZeroDivisionError("in handler")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(show)
    f = loop.create_future()
    f.add_done_callback(bad_done)
    f.set_result(3)
    loop.call_soon(bad, 1)
    await asyncio.sleep(0)
    loop.set_exception_handler(deferring)
    loop.call_soon(bad, 2)
    loop.call_exception_handler({"message": "custom", "n": 1})
    await asyncio.sleep(0)
    loop.set_exception_handler(broken)
    loop.call_exception_handler({"message": "to broken"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": ""})
    print("end")


asyncio.run(main())
