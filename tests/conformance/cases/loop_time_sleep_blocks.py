import asyncio
import time

async def ticker():
    for i in range(4):
        print(f"tick {i} at {time.monotonic():.1f}")
        await asyncio.sleep(0.5)

async def blocker():
    await asyncio.sleep(0.6)
    print("blocking for 2s at", time.strftime("%X"))
    time.sleep(2)
    print("unblocked at", time.strftime("%X"))

async def main():
    start = time.perf_counter()
    await asyncio.gather(ticker(), blocker())
    print(f"total {time.perf_counter() - start:.1f}s")

asyncio.run(main())
