"""A generator pipeline in a thread (a generator reading with time.sleep, a filtering generator over
it) feeding a queue the main thread drains; a generator holding a Lock across its blocking yields."""
import threading, queue, time
def read_lines(n):
    for i in range(n):
        time.sleep(0.05)
        yield f'line {i}'
def grep(lines, word):
    for line in lines:
        if word in line:
            yield line.upper()
def worker(out):
    for hit in grep(read_lines(6), '1'):
        out.put(hit)
    out.put(None)
out = queue.Queue()
t = threading.Thread(target=worker, args=(out,), daemon=True)
t.start()
while (item := out.get()) is not None:
    print(f'{time.monotonic():.2f}', item)
lock = threading.Lock()
def locked_gen():
    with lock:
        for i in range(2):
            time.sleep(0.1)
            yield i
def other():
    with lock:
        print('other got the lock at', round(time.monotonic(), 2))
t1 = threading.Thread(target=lambda: print(list(locked_gen()), round(time.monotonic(), 2)))
t2 = threading.Thread(target=other)
t1.start(); t2.start(); t1.join(); t2.join()
