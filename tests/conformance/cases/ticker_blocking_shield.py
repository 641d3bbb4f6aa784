import asyncio
import time

async def ticker(name, n, delay):
    for i in range(n):
        print(f"{time.perf_counter():.2f} {name} tick {i}")
        await asyncio.sleep(delay)
    return f"{name} finished"

async def main():
    t1 = asyncio.create_task(ticker("A", 3, 0.3))
    t2 = asyncio.create_task(ticker("B", 2, 0.5))
    await asyncio.sleep(0.4)
    time.sleep(0.5)
    print("after blocking", f"{time.perf_counter():.2f}")
    print(await t1, await t2)
    try:
        await asyncio.wait_for(ticker("C", 5, 1), timeout=1.5)
    except TimeoutError:
        print("C timed out at", f"{time.perf_counter():.2f}")
    shielded = asyncio.create_task(ticker("D", 2, 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 0.1)
    except TimeoutError:
        print("shield kept D alive:", not shielded.done())
    print(await shielded)

asyncio.run(main())
