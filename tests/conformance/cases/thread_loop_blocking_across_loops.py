"""Two loops, one blocked on the other: the main loop's task blocks on a concurrent future of a
background loop (its ticker's timer falls due meanwhile, and runs when the step ends, before
the background thread gets the GIL), then awaits one through wrap_future while the ticker runs."""
import asyncio, threading, time

bg = asyncio.new_event_loop()
th = threading.Thread(target=bg.run_forever, name='bg', daemon=True)
th.start()

async def on_bg(n):
    print('bg step', n, threading.current_thread().name)
    await asyncio.sleep(0.2)
    if n == 1:
        time.sleep(0.1)  # blocks the bg loop (the main thread waits on the result anyway)
    print('bg done', n)
    return n

async def ticker():
    for i in range(3):
        print('tick', i, f'{asyncio.get_running_loop().time():.2f}')
        await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    # Blocking the main loop on the other loop's result: the ticker waits meanwhile.
    print('blocking result', asyncio.run_coroutine_threadsafe(on_bg(1), bg).result())
    print('awaited result', await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(on_bg(2), bg)))
    await t
    bg.call_soon_threadsafe(bg.stop)
    await asyncio.to_thread(th.join)

asyncio.run(main())
bg.close()
