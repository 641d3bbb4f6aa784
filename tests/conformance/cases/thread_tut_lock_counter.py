"""Tutorial Lock-protected counter (read, sleep, write under the lock), a reentrant RLock in recursion,
acquire(timeout=...) failing while another thread holds the lock."""
import threading, time

class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()
    def increment(self):
        with self._lock:
            v = self.value
            time.sleep(0.001)
            self.value = v + 1

c = Counter()
def work(n):
    for _ in range(n):
        c.increment()

ts = [threading.Thread(target=work, args=(50,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print('counter', c.value, round(time.monotonic(), 3))

rl = threading.RLock()
def nested(depth):
    with rl:
        if depth:
            return nested(depth - 1) + 1
        return 0
print(nested(5), type(rl).__name__ in ("RLock", "_RLock"))
print(threading.Lock().acquire(timeout=0.1), threading.current_thread().name)
lk = threading.Lock(); lk.acquire()
def try_it():
    print('got?', lk.acquire(timeout=0.3), round(time.monotonic(), 3))
t = threading.Thread(target=try_it); t.start(); t.join()
print(lk.locked())
