"""Tutorial Condition: waiters in wait_for(predicate), a setter that notify_all()s; a timed-out wait and
a notify() on a Condition over a plain Lock."""
import threading, time

cond = threading.Condition()
ready = False
items = []

def waiter(i):
    with cond:
        print(f'waiter {i} waiting')
        cond.wait_for(lambda: ready)
        print(f'{time.monotonic():.1f} waiter {i} woke, items={items}')

def setter():
    global ready
    time.sleep(0.5)
    with cond:
        items.extend([1, 2, 3])
        ready = True
        print('notify_all')
        cond.notify_all()

ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
s = threading.Thread(target=setter); s.start()
for t in ws + [s]: t.join()

c2 = threading.Condition(threading.Lock())
with c2:
    print('timed out wait ->', c2.wait(0.25), round(time.monotonic(), 2))
def one():
    with c2:
        print('one waits', c2.wait(2))
t = threading.Thread(target=one); t.start()
time.sleep(0.1)
with c2:
    c2.notify()
t.join()
print('done', round(time.monotonic(), 2))
