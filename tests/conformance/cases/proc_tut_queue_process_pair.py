"""Tutorial multiprocessing: a producer and a consumer process joined by a Queue with a None
sentinel, the total sent back on another Queue."""
import multiprocessing as mp
import time

def producer(q, n):
    for i in range(n):
        time.sleep(0.1)
        q.put(i * i)
    q.put(None)

def consumer(q, out):
    total = 0
    while (v := q.get()) is not None:
        total += v
    out.put(total)

if __name__ == '__main__':
    q, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=producer, args=(q, 5), name='prod')
    c = mp.Process(target=consumer, args=(q, out), name='cons')
    p.start(); c.start()
    print('total', out.get())
    p.join(); c.join()
    print(p.exitcode, c.exitcode, p.name, c.is_alive())
    lock = mp.Lock()
    with lock:
        print('locked')
    print(f'{time.monotonic():.1f}')
