import asyncio

async def worker(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")
    return name

async def main():
    a = asyncio.create_task(worker("A", 3))
    b = asyncio.create_task(worker("B", 2))
    print("main before yield")
    await asyncio.sleep(0)
    print("main after one yield")
    print(await a, await b)

asyncio.run(main())
