import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled())
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e.__class__.__name__)
    print("cancel done future:", fut.cancel())
    f2 = loop.create_future()
    f2.cancel()
    try:
        f2.result()
    except asyncio.CancelledError:
        print("cancelled future raises CancelledError")
    try:
        f2.set_exception(StopIteration())
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__)
    f3 = loop.create_future()
    try:
        f3.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
