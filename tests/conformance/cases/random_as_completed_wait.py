import asyncio
import random

random.seed(2024)

async def fetch(i):
    delay = round(random.uniform(0.1, 1.0), 2)
    await asyncio.sleep(delay)
    return i, delay

async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(5)]
    for coro in asyncio.as_completed(tasks):
        i, d = await coro
        print(f"task {i} finished after {d}")
    done, pending = await asyncio.wait([asyncio.create_task(fetch(9)), asyncio.create_task(asyncio.sleep(5))], timeout=1.5)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    nums = [random.randint(1, 100) for _ in range(8)]
    random.shuffle(nums)
    print(nums, random.choice(nums), sorted(nums, reverse=True)[:3])
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))

asyncio.run(main())
