"""Tutorial asyncio with threads: to_thread waiting on a threading.Event another thread sets,
run_in_executor futures in as_completed, wait_for around to_thread, wrap_future."""
import asyncio, threading, time, concurrent.futures as cf
def blocking(n):
    time.sleep(n)
    return n
async def main():
    loop = asyncio.get_running_loop()
    ev = threading.Event()
    def setter():
        time.sleep(0.3)
        ev.set()
    threading.Thread(target=setter).start()
    ok = await asyncio.to_thread(ev.wait, 1)
    print('event', ok, round(loop.time(), 2))
    tasks = [loop.run_in_executor(None, blocking, n) for n in (0.2, 0.1)]
    for coro in asyncio.as_completed(tasks):
        print('done', await coro, round(loop.time(), 2))
    try:
        await asyncio.wait_for(asyncio.to_thread(blocking, 0.5), timeout=0.2)
    except TimeoutError:
        print('timeout', round(loop.time(), 2))
    with cf.ThreadPoolExecutor(1) as pool:
        fut = pool.submit(blocking, 0.1)
        print(await asyncio.wrap_future(fut), round(loop.time(), 2))
asyncio.run(main())
print('end', round(time.monotonic(), 2))
