"""Tutorial bounded buffer: put waits while full, get wait_for()s an item, both notify_all(); one
producer, two consumers at different paces."""
import threading, time, collections
class BoundedBuffer:
    def __init__(self, size):
        self.items = collections.deque()
        self.size = size
        self.cond = threading.Condition()
    def put(self, x):
        with self.cond:
            while len(self.items) >= self.size:
                self.cond.wait()
            self.items.append(x)
            self.cond.notify_all()
    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            x = self.items.popleft()
            self.cond.notify_all()
            return x
buf = BoundedBuffer(2)
def prod():
    for i in range(6):
        buf.put(i)
        print(f'{time.monotonic():.1f} put {i}')
def cons(name, delay):
    for _ in range(3):
        time.sleep(delay)
        print(f'{time.monotonic():.1f} {name} got {buf.get()}')
ts = [threading.Thread(target=prod), threading.Thread(target=cons, args=('A', 0.3)), threading.Thread(target=cons, args=('B', 0.5))]
for t in ts: t.start()
for t in ts: t.join()
print([t.is_alive() for t in ts], threading.active_count())
