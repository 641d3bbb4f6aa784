# The loop set as the current one lives in a thread-local CPython never finalizes: what its
# queues hold (the sleepers) is never destroyed; tasks waiting on an unreachable event are.
import asyncio


async def waiter(n, ev):
    try:
        await ev.wait()
    finally:
        print("waiter cleanup", n)


async def sleeper(n):
    try:
        await asyncio.sleep(100 + n)
    finally:
        print("sleeper cleanup", n)


async def main():
    ev = asyncio.Event()
    for i in range(2):
        asyncio.ensure_future(waiter(i, ev))
    asyncio.ensure_future(sleeper(0))
    await asyncio.sleep(1)
    print("main done")


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main())
print("end of program")
