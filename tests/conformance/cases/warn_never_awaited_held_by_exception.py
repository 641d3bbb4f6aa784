# A coroutine handed to a call that raises stays alive while the exception lives (its traceback
# holds the call's frame): "never awaited" is reported where the except clause that caught it ends.
import asyncio


async def fetch(url):
    await asyncio.sleep(0.1)
    return url


def submit_all(jobs):
    if not all(isinstance(j, asyncio.Task) for j in jobs):
        raise TypeError("expected tasks")
    return jobs


async def main():
    try:
        await asyncio.wait([fetch("a")])
    except TypeError:
        print("wait refused coroutines")
        print("handled")
    try:
        submit_all([fetch("b")])
    except TypeError as e:
        print("submit_all:", e)
    try:
        try:
            submit_all([fetch("c")])
        except TypeError:
            print("re-raising")
            raise
    except TypeError:
        pass
    print("done")


asyncio.run(main())
