# Coroutines made and never awaited, freed at different moments: when a plain function returns
# (the caller's line), when an awaited coroutine returns, and when a task's coroutine returns
# while its task still holds it (CPython clears the frame then: the warning names asyncio's
# events.py, the loop callback running the task's step).
import asyncio


async def fetch(url):
    await asyncio.sleep(0.1)
    return url


def plan():
    pending = fetch('plan')
    print('planned')


async def helper():
    forgotten = fetch('helper')
    print('helper done')


async def worker(n):
    again = fetch(f'worker {n}')
    await asyncio.sleep(0.2)
    print('worker', n, 'done')


async def main():
    plan()
    await helper()
    tasks = [asyncio.create_task(worker(n)) for n in range(2)]
    await asyncio.gather(*tasks)
    print('all done', [t.done() for t in tasks])


asyncio.run(main())
print('end')
