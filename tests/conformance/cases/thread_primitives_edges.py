# threading's primitives at their edges: RLock depth, Condition timeouts and wait_for, Semaphore
# and BoundedSemaphore errors, Event, Timer, Barrier (action, timeout, reset, abort), Thread's
# errors, names, daemon flag, a Thread subclass using _target, threading.local.
import threading, time

t0 = time.monotonic()
def now():
    return round(time.monotonic() - t0, 2)

r = threading.RLock()
with r:
    with r:
        print(r._count if hasattr(r, '_count') else '', "nested ok")
try:
    r.release()
except RuntimeError as e:
    print(e)
print(r.acquire(blocking=False)); r.release()
print(hasattr(r, 'locked'))  # RLock.locked() is new in 3.14

c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print(e)
try:
    c.notify()
except RuntimeError as e:
    print(e)
with c:
    print(c.wait(0.3), now())
    print(c.wait_for(lambda: False, timeout=0.2), now())
    print(c.wait_for(lambda: 5), c.wait(0))

items = []
def producer():
    for i in range(3):
        time.sleep(0.1)
        with c:
            items.append(i)
            c.notify()
def consumer(name):
    with c:
        got = c.wait_for(lambda: items, timeout=0.15)
        print(name, "got", got and items.pop(0), now())
ts = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(3)]
p = threading.Thread(target=producer, name="prod")
for t in ts + [p]: t.start()
for t in ts + [p]: t.join()

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.1), now())
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)
s.release(2)
print(repr(s).split(': ')[1])
try:
    s.release(0)
except ValueError as e:
    print(e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
b = threading.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)

e = threading.Event()
print(repr(e).split(': ')[1], e.wait(0.1), now())
threading.Timer(0.2, e.set).start()
print(e.wait(), e.is_set(), now())
e.clear(); print(e.is_set())
tm = threading.Timer(1, print, args=["never"]); tm.start(); tm.cancel(); tm.join()
print("timer cancelled", now())

bar = threading.Barrier(3, action=lambda: print("action", now()))
def party(i):
    time.sleep(i / 10)
    idx = bar.wait()
    print("party", i, "index", idx, now())
ps = [threading.Thread(target=party, args=(i,), name=f"P{i}") for i in range(3)]
for t in ps: t.start()
for t in ps: t.join()
print(bar.parties, bar.n_waiting, bar.broken)
def late():
    try:
        bar.wait(timeout=0.2)
    except threading.BrokenBarrierError:
        print("broken after timeout", now())
tl = threading.Thread(target=late); tl.start(); tl.join()
print(bar.broken); bar.reset(); print(bar.broken)
def aborter():
    time.sleep(0.1); bar.abort()
threading.Thread(target=aborter).start()
try:
    bar.wait()
except threading.BrokenBarrierError:
    print("aborted", now())

def boom():
    raise ValueError("in thread")
t = threading.Thread(target=boom)
print(repr(t).split(',')[1])
t.start(); t.join()
print(t.is_alive(), repr(t).split(',')[1].split()[0])
try:
    t.start()
except RuntimeError as e:
    print(e)
def nap():
    time.sleep(0.5)
u = threading.Thread(target=nap, daemon=True)
try:
    u.join()
except RuntimeError as e:
    print(e)
u.start()
try:
    u.daemon = False
except RuntimeError as e:
    print(e)
u.join(0.1); print(u.is_alive(), now())
try:
    threading.current_thread().join()
except RuntimeError as e:
    print(e)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
print([x.name for x in threading.enumerate()])

class Worker(threading.Thread):
    def run(self):
        self.result = self._target(*self._args, **self._kwargs)
w = Worker(target=pow, args=(2, 10)); w.start(); w.join(); print(w.result, w.name)
loc = threading.local()
loc.x = 1
def look():
    print(hasattr(loc, 'x'))
    loc.x = 2
    print(loc.x)
tt = threading.Thread(target=look); tt.start(); tt.join()
print(loc.x)
print(threading.Thread(name=5).name, threading.Thread().name)
print("end", now())
