# weakref.ref, callbacks, WeakMethod, finalize, WeakValueDictionary, WeakKeyDictionary and
# WeakSet as objects die: at del, at a function's return, at a container's clear, at gc.collect().
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"

    def hello(self):
        return "hello " + self.name


n = Node("n")
r1 = weakref.ref(n)
r2 = weakref.ref(n, lambda ref: print("callback 2, dead:", ref() is None))
r3 = weakref.ref(n, lambda ref: print("callback 3"))
print(r1() is n, r1 is weakref.ref(n), weakref.getweakrefcount(n))
print(r2.__callback__ is not None)
del n
print("after del", r1(), r2(), r2.__callback__)

m = Node("m")
wm = weakref.WeakMethod(m.hello, lambda ref: print("method gone"))
print(wm()())
m = None
print("method", wm())

values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()


def fill():
    a, b = Node("a"), Node("b")
    values["a"] = a
    values["b"] = b
    keys[a] = 1
    members.add(a)
    members.add(b)
    print("inside", sorted(values), len(keys), len(members))
    return b


survivor = fill()
print("after fill", sorted(values), len(keys), len(members), "b" in values)
survivor = None
print("after drop", sorted(values), len(members))

group = [Node("g1"), Node("g2")]
for g in group:
    members.add(g)
    weakref.finalize(g, print, "finalized", g.name)
group.clear()
print("group cleared", len(members))

x = Node("x")
y = Node("y")
x.peer = y
y.peer = x
rx = weakref.ref(x, lambda ref: print("x collected"))
del x, y
print("cycle alive", rx() is not None)
gc.collect()
print("cycle after collect", rx())

f = Node("f")
fin = weakref.finalize(f, print, "finalize f")
print(fin.alive, fin.peek()[0])
del f
print(fin.alive, fin.peek())
keep = Node("keep")
weakref.finalize(keep, print, "finalize keep at exit")
print("end")
