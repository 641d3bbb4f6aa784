# When a memoryview stops holding its bytearray: when released, or when the program no longer
# reaches it (CPython frees it with its last reference): a function's local, a deleted or rebound
# name, a temporary, an attribute or list item let go, a finished generator or task, a thread's
# local while the thread waits and after it ends. Until then the bytearray cannot change size.
import asyncio
import threading
import time


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except BufferError as e:
        print(label, "BufferError:", e)


b = bytearray(b"hello")


def peek(buf):
    view = memoryview(buf)
    return view[0]


peek(b)
attempt("after a function's local", lambda: b.append(1))
m = memoryview(b)
attempt("named view", lambda: b.append(1))
del m
attempt("after del", lambda: b.append(2))
x = bytes(memoryview(b)[1:3])
attempt("after a temporary", lambda: b.append(3))
v = memoryview(b)[1:]
v2 = v[1:]
del v
attempt("a slice outlives its parent", lambda: b.append(4))
v2.release()
attempt("slice released", lambda: b.append(4))
with memoryview(b) as m2:
    attempt("inside with", lambda: b.append(5))
attempt("after with", lambda: b.append(5))


class Holder:
    pass


h = Holder()
h.view = memoryview(b)
attempt("held by an attribute", lambda: b.append(6))
h = None
attempt("holder dropped", lambda: b.append(6))
views = [memoryview(b)]
attempt("held by a list", lambda: b.append(7))
views.clear()
attempt("list cleared", lambda: b.append(7))
attempt("a view as the argument", lambda: b.extend(memoryview(b)))


def gen(buf):
    view = memoryview(buf)
    yield view[0]
    yield view[1]


g = gen(b)
next(g)
attempt("suspended generator", lambda: b.append(8))
list(g)
attempt("finished generator", lambda: b.append(8))
m = memoryview(b)
m = None
attempt("rebound name", lambda: b.append(9))
cast = memoryview(b).cast("c")
attempt("a cast of a temporary", lambda: b.append(9))
del cast
attempt("cast dropped", lambda: b.append(9))


async def holder(buf, ev):
    view = memoryview(buf)
    await ev.wait()
    return view[0]


async def main():
    ev = asyncio.Event()
    task = asyncio.create_task(holder(b, ev))
    await asyncio.sleep(0.5)
    attempt("a waiting task's local", lambda: b.append(10))
    ev.set()
    print("task gave", await task)
    attempt("task done", lambda: b.append(10))


asyncio.run(main())


def worker():
    view = memoryview(b)
    time.sleep(1)
    print("worker read", view[0])


t = threading.Thread(target=worker)
t.start()
time.sleep(0.5)
attempt("a sleeping thread's local", lambda: b.append(11))
t.join()
attempt("thread ended", lambda: b.append(11))
print(len(b), bytes(b[-4:]))
