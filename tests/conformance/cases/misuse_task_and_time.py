# Calls a careless program makes with the wrong object or value get CPython's exceptions:
# a Task refuses set_result/set_exception (its coroutine decides), time refuses NaN.
import asyncio
import time


async def job():
    await asyncio.sleep(0.1)
    return "real result"


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    t = asyncio.create_task(job())
    attempt("set_result", lambda: t.set_result(42))
    attempt("set_exception", lambda: t.set_exception(ValueError("no")))
    attempt("localtime", lambda: time.localtime(float("nan")))
    attempt("gmtime", lambda: time.gmtime(float("nan")))
    print(await t)
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    attempt("future twice", lambda: fut.set_result(2))


asyncio.run(main())
