# threading's other primitives: a Condition between a producer and consumers, a Semaphore that
# lets two threads in at a time, a Barrier with an action, an RLock taken twice, a Timer (one
# cancelled), and threading.local keeping each thread's value.
import threading
import time

cond = threading.Condition()
stock = []


def consumer(i):
    with cond:
        cond.wait_for(lambda: stock)
        print(f"consumer {i} takes {stock.pop(0)} at {time.monotonic():.1f}")


def producer():
    for item in ["apple", "pear", "plum"]:
        time.sleep(0.4)
        with cond:
            stock.append(item)
            cond.notify()


consumers = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in consumers:
    t.start()
threading.Thread(target=producer).start()
for t in consumers:
    t.join()

gate = threading.BoundedSemaphore(2)


def visitor(i):
    with gate:
        print(f"visitor {i} in at {time.monotonic():.1f}")
        time.sleep(0.5 + i * 0.1)
    print(f"visitor {i} out at {time.monotonic():.1f}")


visitors = [threading.Thread(target=visitor, args=(i,)) for i in range(4)]
for t in visitors:
    t.start()
for t in visitors:
    t.join()
try:
    gate.release()
except ValueError as e:
    print("ValueError:", e)

barrier = threading.Barrier(3, action=lambda: print("all arrived at", round(time.monotonic(), 1)))
local = threading.local()
rlock = threading.RLock()


def runner(i):
    local.name = f"runner-{i}"
    time.sleep(i * 0.3)
    print(local.name, "waits, index", barrier.wait())
    with rlock:
        with rlock:
            print(local.name, "holds the rlock twice")


runners = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in runners:
    t.start()
local.name = "main"
for t in runners:
    t.join()
print("main keeps", local.name, barrier.broken, barrier.n_waiting)

fired = threading.Timer(0.5, print, args=("timer fired", 42))
fired.start()
never = threading.Timer(0.2, print, args=("never printed",))
never.start()
never.cancel()
fired.join()
print("end at", round(time.monotonic(), 2), threading.active_count())
