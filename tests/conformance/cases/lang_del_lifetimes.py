# When CPython runs __del__: a rebound name, a deleted name, a function's locals at its return,
# a container emptied, an attribute replaced, a cycle at gc.collect(), and the globals at shutdown.
import gc


class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("del", self.name)


class Bad:
    def __del__(self):
        raise ValueError("cannot close")


a = Res("a1")
a = Res("a2")
print("rebound")

b = Res("b")
del b
print("deleted")


def work():
    tmp = Res("local")
    return len(tmp.name)


n = work()
print("work returned", n)


def make():
    r = Res("made")
    return r


kept = make()
print("kept", kept.name)

items = [Res("i1"), Res("i2"), Res("i3")]
items.remove(items[1])
print("removed")
items.clear()
print("cleared")

table = {"x": Res("tx"), "y": Res("ty")}
del table["x"]
print("del item")


class Holder:
    pass


h = Holder()
h.res = Res("attr1")
del h.res
print("del attr")
h.res = Res("attr2")
h.res = Res("attr3")
print("rebound attr")
h = None
print("holder dropped")


def fails():
    r = Res("in-try")
    raise KeyError("boom")


try:
    fails()
except KeyError:
    print("caught")
print("after except")

Bad()
print("after bad")

p = Res("p")
q = Res("q")
p.other = q
q.other = p
del p, q
print("cycle dropped")
print("collected", gc.collect() > 0)

last = Res("last")
print("end")
