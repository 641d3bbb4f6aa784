# concurrent.futures at its edges: Future states, reprs, timeouts and callbacks, wait() modes,
# as_completed, map's errors and timeout, shutdown(cancel_futures=True), a failing initializer.
import time, threading, traceback
import concurrent.futures as cf

def work(n):
    time.sleep(n / 10)
    if n == 4:
        raise KeyError(n)
    return n

t0 = time.monotonic()
def now():
    return round(time.monotonic() - t0, 2)

f = cf.Future()
print(repr(f).split(' at ')[0], f.running(), f.done(), f.cancelled())
try:
    f.result(timeout=0.2)
except cf.TimeoutError:
    print("timeout", now())
print(f.cancel(), f.cancelled(), f.done(), repr(f).split('state=')[1])
try:
    f.result()
except cf.CancelledError as e:
    print("cancelled", type(e).__name__)
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("ISE", str(e).split(':')[0])
g = cf.Future()
g.add_done_callback(lambda x: print("cb", x.result()))
print(g.set_running_or_notify_cancel(), g.running())
g.set_result([1])
print(repr(g).split('state=')[1])
g.add_done_callback(lambda x: print("late cb", x.done()))
h = cf.Future(); h.set_exception(ValueError("v"))
print(repr(h).split('state=')[1], h.exception())
try:
    h.result()
except ValueError:
    traceback.print_exc()
    print("tb printed")

with cf.ThreadPoolExecutor(max_workers=2, thread_name_prefix="px") as ex:
    fs = [ex.submit(work, n) for n in [3, 4, 1, 2]]
    d, nd = cf.wait(fs, return_when=cf.FIRST_EXCEPTION)
    print(sorted(x.result() for x in d if not x.exception()), len(nd), now())
    try:
        cf.wait(fs, return_when="bogus")
    except ValueError as e:
        print(e)
    print(len(cf.wait([], return_when="bogus").done))
    d, nd = cf.wait(fs, timeout=0.05)
    print(len(d), len(nd))
    for x in cf.as_completed([ex.submit(work, 3), ex.submit(work, 1)], timeout=5):
        print('got', x.result(), now())
    try:
        print(list(ex.map(work, [1, 4, 2])))
    except KeyError as e:
        print("map raised", e, now())
    try:
        print(list(ex.map(work, [5, 1], timeout=0.2)))
    except cf.TimeoutError:
        print("map timeout", now())
print("pool closed", now())

ex = cf.ThreadPoolExecutor(max_workers=1)
a = ex.submit(work, 5); b = ex.submit(work, 1); c = ex.submit(work, 2)
ex.shutdown(wait=True, cancel_futures=True)
print(a.done(), b.cancelled(), c.cancelled(), now())
try:
    ex.submit(work, 1)
except RuntimeError as e:
    print(e)

def bad_init():
    raise OSError("nope")
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init)
x = ex.submit(work, 1)
try:
    x.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(work, 1)
except cf.BrokenExecutor as e:
    print("again", type(e).__name__)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print(e)
print([t.name for t in threading.enumerate()])
left = cf.ThreadPoolExecutor(1)
left.submit(work, 3)
print("end", now())
