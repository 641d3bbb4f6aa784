# A generator dropped while suspended at a yield is closed as it dies: its finally blocks,
# `except GeneratorExit` and context managers' exits run at that moment, as CPython's generator
# finalizer runs them (a loop's break, del, a rebound name, a function returning).
import sys
from contextlib import contextmanager

sys.stderr = sys.stdout


def numbers(tag):
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup", tag)


def watcher(tag):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit in", tag)
        raise


@contextmanager
def opened(tag):
    print("open", tag)
    yield tag
    print("close", tag)


class Resource:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", self.tag, exc[0].__name__ if exc[0] else None)
        return False


def with_resource(tag):
    with Resource(tag):
        yield "a"
        yield "b"


def plain(tag):
    # No try or with: nothing to run on close.
    yield tag


for n in numbers("break"):
    if n == 2:
        break
print("after break")

g = numbers("del")
next(g)
del g
print("after del")

g = watcher("rebind")
next(g)
g = None
print("after rebind")


def use():
    w = with_resource("return")
    print("got", next(w))
    return "done"


result = use()
print(result)

total = sum(x for x in numbers("genexp") if x < 3)
print("total", total)

p = plain("p")
next(p)
del p
print("plain dropped")


finished = numbers("finished")
for _ in finished:
    pass
del finished
print("after finished")

kept = numbers("kept")
next(kept)
print("end of program")
