"""An event loop in a background thread: loop.run_forever as a daemon thread's target; the main
thread submits coroutines with run_coroutine_threadsafe and waits on the concurrent futures,
then stops the loop with call_soon_threadsafe, joins the thread and closes the loop."""
import asyncio, threading, time


async def work(n):
    print(f'work {n} starts in {threading.current_thread().name} at {time.monotonic():.1f}')
    await asyncio.sleep(0.1 * n)
    loop = asyncio.get_running_loop()
    print(f'work {n} ends, loop time {loop.time():.1f}, task {asyncio.current_task().get_name()}')
    return n * 10


async def boom():
    await asyncio.sleep(0.05)
    raise ValueError('boom')


loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, name='loop-thread', daemon=True)
t.start()
print('running?', loop.is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('main thread:', e)

fut = asyncio.run_coroutine_threadsafe(work(2), loop)
print('result', fut.result(timeout=5), f'at {time.monotonic():.1f}')

futs = [asyncio.run_coroutine_threadsafe(work(n), loop) for n in (3, 1)]
for f in futs:
    print('result', f.result(), f'at {time.monotonic():.1f}')

bad = asyncio.run_coroutine_threadsafe(boom(), loop)
try:
    bad.result()
except ValueError as e:
    print('raised', repr(e))

slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(10, 'late'), loop)
try:
    slow.result(timeout=0.5)
except TimeoutError:
    print('timed out at', f'{time.monotonic():.1f}')
slow.cancel()

done = threading.Event()
loop.call_soon_threadsafe(lambda: (print('callback in', threading.current_thread().name), done.set()))
done.wait()
loop.call_soon_threadsafe(loop.stop)
t.join()
print('running?', loop.is_running(), 'alive?', t.is_alive())
loop.close()
print('closed', loop.is_closed(), f'at {time.monotonic():.1f}')
