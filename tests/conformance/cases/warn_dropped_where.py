import asyncio

async def f(n):
    return n

def local_only():
    c = f(1)
    print("local_only made", type(c).__name__)
    return 1

async def worker(d):
    c = f(2)
    await asyncio.sleep(d)
    print("worker done")

async def fail(d):
    await asyncio.sleep(d)
    raise ValueError(f"boom {d}")

kept = f(3)

async def main():
    x = f(4)
    await asyncio.sleep(0.5)
    x = f(5)
    print("rebound at", asyncio.get_running_loop().time())
    await asyncio.sleep(0.5)
    del x
    local_only()
    print(str(f(6))[:16])
    coros = [f(7), f(8)]
    await asyncio.sleep(0.25)
    coros = None
    await worker(0.25)
    t = asyncio.create_task(fail(0.1))
    await asyncio.sleep(0.5)
    print("main ends holding a failed task")

asyncio.run(main())
await_later = f(9)
