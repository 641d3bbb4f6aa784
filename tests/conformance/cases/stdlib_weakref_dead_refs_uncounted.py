# A weak reference that dies before its object (deleted, rebound, its finalize called or
# detached) is no longer one of the object's references: getweakrefcount/getweakrefs stop
# counting it, and its callback never runs when the object dies later. (Loopline sees a death
# as the next statement starts, so each count is read in a statement of its own.)
import gc
import weakref


class Conn:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Conn({self.name})"


c = Conn("db")
r1 = weakref.ref(c, lambda r: print("r1 callback"))
r2 = weakref.ref(c, lambda r: print("r2 callback"))
plain = weakref.ref(c)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)))
del r1
print("after del r1:", weakref.getweakrefcount(c))
r2 = None
print("after rebinding r2:", weakref.getweakrefcount(c), weakref.getweakrefs(c) == [plain])

f = weakref.finalize(c, print, "finalizer ran")
print("with finalize:", weakref.getweakrefcount(c), f.alive)
f()
print("after calling it:", weakref.getweakrefcount(c), f.alive, f.peek(), f.detach())
g = weakref.finalize(c, print, "never")
print("detached:", g.detach()[2:])
print("after detaching:", weakref.getweakrefcount(c), repr(g).endswith("; dead>"))
refs = [weakref.ref(c, lambda r, i=i: print("list callback", i)) for i in range(3)]
refs.pop()
print("list of refs:", weakref.getweakrefcount(c))
del plain
print("before the object dies:", weakref.getweakrefcount(c))
del c
gc.collect()
print("refs now:", [r() for r in refs])
