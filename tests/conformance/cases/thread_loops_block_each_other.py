"""Two threads each run a loop whose coroutines block their thread: a lock held across a
time.sleep, Queue.get with a timeout, a thread pool's result, an async generator that sleeps,
with the main thread taking the lock and putting an item in between."""
import asyncio, threading, time, queue, concurrent.futures

q = queue.Queue()
lock = threading.Lock()
pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)

def slow(x):
    time.sleep(0.2)
    return x + 1

async def inner(n):
    await asyncio.sleep(0.01)
    with lock:
        print('inner has the lock', n)
        time.sleep(0.05)
    try:
        return q.get(timeout=0.1)
    except queue.Empty:
        print('inner: empty after 0.1 s', n)
        return None

async def ticks():
    for i in range(2):
        time.sleep(0.02)
        yield i

async def worker(name):
    print(name, 'starts in', threading.current_thread().name)
    v = await inner(name)
    print(name, 'inner ->', v)
    f = pool.submit(slow, 1)
    print(name, 'pool result', f.result())
    async for i in ticks():
        print(name, 'tick', i)
    try:
        pool.submit(divmod, 1, 0).result()
    except ZeroDivisionError as e:
        print(name, 'pool error', repr(e))
    return name

def body(name):
    print('thread got', asyncio.run(worker(name)))

ths = [threading.Thread(target=body, args=(f'w{i}',), name=f'T{i}') for i in range(2)]
for t in ths:
    t.start()
time.sleep(0.12)
with lock:
    print('main has the lock')
    q.put('item')
    time.sleep(0.03)
for t in ths:
    t.join()
pool.shutdown()
print('end')
