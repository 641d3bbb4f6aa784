"""A background loop's coroutine blocks its thread on run_coroutine_threadsafe(...).result()
towards the main thread's loop (which must run the coroutine meanwhile), then on time.sleep while
the main loop's ticker keeps running."""
import asyncio, threading, time

main_loop = None
bg = asyncio.new_event_loop()

async def on_main(x):
    print('on main', x, threading.current_thread().name, f'{main_loop.time():.2f}')
    await asyncio.sleep(0.1)
    return x * 2

async def bg_job():
    print('bg job starts', threading.current_thread().name)
    fut = asyncio.run_coroutine_threadsafe(on_main(21), main_loop)
    print('bg got', fut.result())
    time.sleep(0.15)
    print('bg slept')
    return 'bg ok'

async def ticker():
    for i in range(5):
        print('tick', i, f'{asyncio.get_running_loop().time():.2f}')
        await asyncio.sleep(0.05)

async def main():
    global main_loop
    main_loop = asyncio.get_running_loop()
    th = threading.Thread(target=bg.run_forever, name='bg')
    th.start()
    t = asyncio.create_task(ticker())
    cf = asyncio.run_coroutine_threadsafe(bg_job(), bg)
    print('main awaits', await asyncio.wrap_future(cf))
    await t
    bg.call_soon_threadsafe(bg.stop)
    await asyncio.to_thread(th.join)

asyncio.run(main())
bg.close()
