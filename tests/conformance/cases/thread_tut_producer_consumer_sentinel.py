"""Tutorial producer-consumer: two producers, two consumers on a bounded queue.Queue, one sentinel per
consumer, task_done/join, a Lock around the shared results."""
import queue, threading, time

SENTINEL = object()
q = queue.Queue(maxsize=3)
results = []
lock = threading.Lock()

def producer(name, n):
    for i in range(n):
        time.sleep(0.1)
        q.put(f'{name}-{i}')
        print(f'{time.monotonic():.2f} {name} put {name}-{i} (size {q.qsize()})')
    print(f'{name} done')

def consumer(cid):
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            print(f'consumer {cid} got sentinel')
            break
        time.sleep(0.25)
        with lock:
            results.append((cid, item))
        print(f'{time.monotonic():.2f} consumer {cid} handled {item}')
        q.task_done()

producers = [threading.Thread(target=producer, args=(n, 4)) for n in 'AB']
consumers = [threading.Thread(target=consumer, args=(i,), name=f'cons{i}') for i in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(SENTINEL)
q.join()
for t in consumers:
    t.join()
print(len(results), sorted(item for _, item in results))
print(f'end {time.monotonic():.2f}', threading.active_count())
