# queue at its edges: Full/Empty with and without timeouts, task_done/join, LIFO and priority
# order, shutdown (plain and immediate) waking blocked threads, SimpleQueue.
import queue, threading, time

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize(), q.empty())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
t0 = time.monotonic()
try:
    q.put(3, timeout=0.5)
except queue.Full:
    print("Full after", round(time.monotonic() - t0, 2))
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print("VE", e)
print(q.get(), q.get_nowait())
try:
    q.get(block=False)
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.25)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("VE", e)
q.task_done(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("VE", e)

lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]:
    lq.put(x); pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], lq.queue, pq.queue)

work = queue.Queue()
def worker(n):
    while True:
        try:
            item = work.get()
        except queue.ShutDown:
            print("worker", n, "sees shutdown")
            return
        time.sleep(0.1)
        print("worker", n, "did", item)
        work.task_done()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
for t in ts: t.start()
for i in range(5): work.put(i)
work.join()
print("joined at", round(time.monotonic() - t0, 2))
work.shutdown()
for t in ts: t.join()
try:
    work.put(1)
except queue.ShutDown:
    print("put after shutdown")

bq = queue.Queue(1)
bq.put("x")
def blocked_put():
    try:
        bq.put("y")
    except queue.ShutDown:
        print("putter shut down")
t = threading.Thread(target=blocked_put); t.start()
time.sleep(0.1)
bq.shutdown(immediate=True)
t.join()
print(bq.qsize(), bq.unfinished_tasks)

sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.2)
except queue.Empty:
    print("simple empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("VE", e)
def later():
    time.sleep(0.3); sq.put("late")
threading.Thread(target=later).start()
print(sq.get(), round(time.monotonic() - t0, 2))
