"""Tutorial run_coroutine_threadsafe: a thread submits coroutines to the running loop and waits on
the concurrent futures; call_soon_threadsafe from the thread."""
import asyncio, threading, time

async def compute(x):
    await asyncio.sleep(0.2)
    return x * 2

def thread_body(loop, results):
    for i in range(3):
        fut = asyncio.run_coroutine_threadsafe(compute(i), loop)
        results.append(fut.result(timeout=1))
        print(f'thread got {results[-1]} at {time.monotonic():.1f}')
    loop.call_soon_threadsafe(print, 'callback from thread')

async def main():
    loop = asyncio.get_running_loop()
    results = []
    t = threading.Thread(target=thread_body, args=(loop, results))
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.1)
    await asyncio.sleep(0)
    print('results', results, f'{loop.time():.1f}')
    t.join()

asyncio.run(main())
