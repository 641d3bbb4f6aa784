# An exception caught by an except clause and handed on (set on a future, given to the loop's
# exception handler) keeps the catching frame in its traceback: asyncio's log shows that frame's
# line above the frames the exception came out of.
import asyncio
import gc


def parse(text):
    return int(text)


def load(fut, text):
    try:
        parse(text)
    except ValueError as e:
        fut.set_exception(e)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    load(fut, "x")
    del fut
    gc.collect()
    print("future dropped")
    try:
        parse("y")
    except ValueError as e:
        loop.call_exception_handler({"message": "parse failed", "exception": e})
    print("handler called")


asyncio.run(main())
