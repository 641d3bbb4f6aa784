# What the loop's default exception handler writes: a failed task dropped unread, and a callback
# that raises (its traceback goes through asyncio's Handle._run, which python3 shows).
import asyncio


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    raise ConnectionError(f'host {n} unreachable')


def on_tick(count):
    raise KeyError(f'tick {count}')


async def main():
    job = asyncio.create_task(fetch(1))
    await asyncio.sleep(0.5)
    del job
    asyncio.get_running_loop().call_soon(on_tick, 3)
    await asyncio.sleep(0)
    print('done')


asyncio.run(main())
