# A program that awaits loop.shutdown_asyncgens() itself (a server's cleanup, before it closes its
# loop): the async generators still open are closed then, their finally blocks run, and an error
# one raises is reported by the loop's exception handler; asyncio.run finds none left at its end.
import asyncio


async def ticker(name):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print(name, "closed at", round(asyncio.get_running_loop().time(), 1) == 0.5)
        raise ValueError("cleanup failed")


def handler(loop, context):
    print("handler:", context["message"].split(" <")[0], repr(context.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    # One generator: the loop keeps them in a WeakSet, whose order is the objects' addresses'.
    a = ticker("a")
    print(await a.__anext__(), await a.__anext__())
    await asyncio.sleep(0.5)
    print("shutting down")
    await loop.shutdown_asyncgens()
    print("after shutdown_asyncgens")
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    await t
    await loop.shutdown_asyncgens()
    print("second call: nothing left")


asyncio.run(main())
print("end")
