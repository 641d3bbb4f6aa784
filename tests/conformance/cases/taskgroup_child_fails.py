import asyncio

async def ok(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError("child failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok("quick", 0.5))
            tg.create_task(fail(1))
            tg.create_task(ok("slow", 2))
            print("body done")
    except ExceptionGroup as eg:
        print("caught:", eg)
        print("sub:", [repr(e) for e in eg.exceptions])

asyncio.run(main())
