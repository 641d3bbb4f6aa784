"""Tutorial pipeline: two stages connected by queues with None sentinels; PriorityQueue, LifoQueue and a
get(timeout=...) raising Empty."""
import threading, queue, time

def stage(name, inq, outq, delay):
    while (item := inq.get()) is not None:
        time.sleep(delay)
        outq.put(f'{item}>{name}')
    outq.put(None)

q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
threads = [threading.Thread(target=stage, args=('parse', q1, q2, 0.1)),
           threading.Thread(target=stage, args=('render', q2, q3, 0.3))]
for t in threads: t.start()
for i in range(4):
    q1.put(f'doc{i}')
q1.put(None)
while (out := q3.get()) is not None:
    print(f'{time.monotonic():.1f} {out}')
for t in threads: t.join()
pq = queue.PriorityQueue()
for p in [(3, 'low'), (1, 'high'), (2, 'mid')]:
    pq.put(p)
print([pq.get_nowait() for _ in range(3)])
try:
    queue.Queue().get(timeout=0.2)
except queue.Empty:
    print('empty after', round(time.monotonic(), 1))
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]
print(lq.get(), lq.qsize(), lq.full(), lq.empty())
