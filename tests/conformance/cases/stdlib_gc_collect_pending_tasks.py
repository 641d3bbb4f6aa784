# gc.collect() destroys a pending task that only the cycle between it and the future it waits on
# holds: its coroutine is closed (its finally runs) and asyncio logs "Task was destroyed but it is
# pending!" during the collection. Tasks a local, a global, a timer or a held future keeps are left.
import asyncio
import gc

kept_future = None


async def orphan(name):
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        print(name, "finally")


async def on_kept_future():
    await kept_future
    print("kept future done")


async def sleeper():
    await asyncio.sleep(1)
    print("sleeper done")


async def main():
    global kept_future
    kept_future = asyncio.get_running_loop().create_future()
    asyncio.create_task(orphan("lost"))
    local = asyncio.create_task(orphan("local"))
    asyncio.create_task(on_kept_future())
    asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("collecting")
    print("found some", gc.collect() > 0)
    print("again", gc.collect())
    kept_future.set_result(None)
    await asyncio.sleep(2)
    local.cancel()
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
print("after run")
