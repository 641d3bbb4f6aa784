import asyncio

async def compute(x):
    await asyncio.sleep(0.5)
    print("computed", x)
    return x * x

async def main():
    print(await asyncio.wait_for(compute(3), timeout=1))
    t = asyncio.create_task(compute(4))
    print(await asyncio.wait_for(t, timeout=2))
    print(t.done())

asyncio.run(main())
