# Tasks still pending at the end are destroyed as CPython destroys them, and their coroutines are
# closed (their finally blocks run): a task only its own future holds goes at the collection after
# the program's code; tasks the globals hold, directly or through the future they wait on, go at
# shutdown; a task that never started warns that its coroutine was never awaited, at loop.close()
# when nothing else holds it (close empties the ready queue that held its first step).
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(3600)
    finally:
        print("cleanup", n)


async def waiter(fut, n):
    try:
        await fut
    finally:
        print("cleanup", n)


async def never():
    print("never runs")


async def main():
    global kept, lone
    asyncio.ensure_future(worker("dropped 1"))
    kept = asyncio.ensure_future(worker("kept"))
    asyncio.ensure_future(waiter(future, "on a global future"))
    asyncio.ensure_future(worker("dropped 2"))
    await asyncio.sleep(0)
    lone = asyncio.ensure_future(never())


loop = asyncio.new_event_loop()
future = loop.create_future()
loop.run_until_complete(main())
late = loop.create_task(never())
loop.create_task(never(), name="lost")
loop.close()
print("end")
