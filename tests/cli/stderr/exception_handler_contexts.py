# What the loop's default exception handler writes for each context: a callback and a done
# callback that raise, contexts with extra keys (sorted), an exception, none, a handler that raises,
# a handler deferring to the default one, and a task destroyed pending when its loop closes.
import asyncio
def bad(x):
    raise RuntimeError(f"callback {x}")
def bad_done(fut):
    raise KeyError("done")
def handler(loop, context):
    raise ZeroDivisionError("in handler")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad, 1)
    await asyncio.sleep(1)
    f = loop.create_future()
    f.add_done_callback(bad_done)
    f.set_result(3)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom", "z": 1, "extra": [1, 2]})
    loop.call_exception_handler({"message": "with exc", "exception": OSError(5, "io")})
    loop.call_exception_handler({})
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "to handler"})
    loop.set_exception_handler(lambda loop, context: loop.default_exception_handler(context))
    loop.call_exception_handler({"message": "deferred", "a": "b"})
asyncio.run(main())
loop = asyncio.new_event_loop()
async def forever():
    await asyncio.sleep(100)
left = loop.create_task(forever(), name="left")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
