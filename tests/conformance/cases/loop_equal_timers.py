import asyncio

async def sleeper(i, delay):
    await asyncio.sleep(delay)
    print(f"sleeper {i} woke after {delay}")

async def main():
    tasks = [asyncio.create_task(sleeper(i, 1)) for i in range(7)]
    tasks += [asyncio.create_task(sleeper(i, 0.5)) for i in range(7, 10)]
    await asyncio.gather(*tasks)
    print("all awake at", asyncio.get_running_loop().time())

asyncio.run(main())
