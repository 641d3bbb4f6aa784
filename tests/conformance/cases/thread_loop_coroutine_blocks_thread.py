"""A coroutine of a loop run in a thread blocks its thread (Event.wait, Queue.get, time.sleep, a
concurrent future's result) while the main thread, sleeping, must run first to release it."""
import asyncio, threading, time, queue, concurrent.futures

ev = threading.Event()
q = queue.Queue()
cf = concurrent.futures.Future()
t0 = time.monotonic()

def now():
    return f'{time.monotonic() - t0:.2f}'

async def ticker():
    for i in range(3):
        print('tick', i, now())
        await asyncio.sleep(0.1)

async def worker():
    print('worker starts in', threading.current_thread().name)
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    ev.wait()  # blocks the loop: the ticker's timer falls due meanwhile
    print('event seen', now())
    item = q.get()
    print('got', item, now())
    time.sleep(0.1)
    print('slept', now())
    print('future result', cf.result(), now())
    await t
    return 'done'

def body():
    print('asyncio.run returned', asyncio.run(worker()))

th = threading.Thread(target=body, name='bg')
th.start()
time.sleep(0.2)
print('main sets the event', now())
ev.set()
time.sleep(0.3)
print('main puts', now())
q.put(42)
time.sleep(0.05)
print('main sets the result', now())
cf.set_result('ok')
th.join()
print('end', now())
