# Process, Queue and Pool calls (CPython 3.13 prints the same but for time.time(), pids, and
# the order of active_children(), a set).
import multiprocessing as mp
import os, time

counter = 0
items = []

def add(n):
    global counter
    counter += n
    items.append(n)
    print("child sees", counter, items, os.getpid(), os.getppid())

class Worker(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q
        self.hits = 0
    def run(self):
        self.hits += 1
        self.q.put({"name": self.name, "hits": self.hits})

def producer(q):
    for i in range(3):
        time.sleep(0.1)
        q.put(i)
    q.put(None)

if __name__ == "__main__":
    p = mp.Process(target=add, args=(5,))
    p.start(); p.join()
    print("parent sees", counter, items, os.getpid())
    q = mp.Queue()
    w = Worker(q); w.start(); w.join()
    print(q.get(), w.hits, w.exitcode)
    q2 = mp.Queue()
    pr = mp.Process(target=producer, args=(q2,))
    pr.start()
    while (x := q2.get()) is not None:
        print(f"{time.time():.1f} got {x}")
    pr.join()
    pool = mp.Pool(2)
    print(pool.apply(pow, (2, 10)))
    print(list(pool.imap(abs, [-1, -2, -3])))
    print(pool.starmap(pow, [(2, 3), (3, 2)]))
    r = pool.map_async(abs, [-5, 6])
    print(r.get(), r.ready(), r.successful())
    print(mp.active_children())
