"""Tutorial Event to stop workers that poll with stop.wait(timeout); a BoundedSemaphore(2) limiting
five threads, released once too often."""
import threading, time

stop = threading.Event()
def worker(i):
    n = 0
    while not stop.is_set():
        n += 1
        stop.wait(0.1 * (i + 1))
    print(f'worker {i} stopped after {n} rounds at {time.monotonic():.2f}')

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
time.sleep(0.55)
stop.set()
for t in ts: t.join()
print(stop.is_set(), stop.wait(), round(time.monotonic(), 2))
sem = threading.BoundedSemaphore(2)
def limited(i):
    with sem:
        print(f'{time.monotonic():.1f} {i} in')
        time.sleep(0.3)
ts = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
try:
    sem.release()
except ValueError as e:
    print('ValueError', e)
