"""Tutorial asyncio + threads: a ticker coroutine while blocking calls run in a ThreadPoolExecutor
(run_in_executor) and asyncio.to_thread, gathered."""
import asyncio, time
from concurrent.futures import ThreadPoolExecutor

def blocking_io(n):
    time.sleep(0.2 * n)
    return f'io{n}'

async def ticker():
    for i in range(4):
        print(f'{asyncio.get_running_loop().time():.1f} tick {i}')
        await asyncio.sleep(0.15)

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            ticker(),
            loop.run_in_executor(pool, blocking_io, 1),
            loop.run_in_executor(pool, blocking_io, 2),
            loop.run_in_executor(pool, blocking_io, 3),
            asyncio.to_thread(blocking_io, 1),
        )
    print(results, f'{loop.time():.1f}')
    r = await loop.run_in_executor(None, sum, [1, 2, 3])
    print(r)

asyncio.run(main())
