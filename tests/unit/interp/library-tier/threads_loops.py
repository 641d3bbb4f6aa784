import queue
import threading

lock = threading.Lock()
cond = threading.Condition()
q = queue.Queue()
total = 0


def worker(n):
    global total
    for i in range(n):
        with lock:
            total += i
        q.put(i)
    with cond:
        cond.notify_all()


threads = [threading.Thread(target=worker, args=(80,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = []
while not q.empty():
    items.append(q.get())
print(total, len(items), sum(items))
