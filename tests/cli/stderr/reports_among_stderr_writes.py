# Reports that python3 writes when an object is freed (a failed task nobody asked, a coroutine
# never awaited) come out among the program's own writes to stderr, where the object was freed.
import asyncio
import sys


async def boom(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f'bad {n}')


async def ping():
    await asyncio.sleep(0)


async def main():
    first = asyncio.create_task(boom(1))
    second = asyncio.create_task(boom(2))
    await asyncio.sleep(0.5)
    print('checking tasks', file=sys.stderr)
    del first
    print('first dropped', file=sys.stderr)
    ping()
    print('ping made', file=sys.stderr)
    second = None
    sys.stderr.write('second dropped\n')
    await asyncio.sleep(0)
    print('bye', file=sys.stderr)


asyncio.run(main())
