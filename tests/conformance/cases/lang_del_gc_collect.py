# gc.collect() frees reference cycles holding objects with __del__, and returns how many objects it freed.
import gc
class Res:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Plain: pass
gc.collect()
a = Res(1); b = Res(2); a.o = b; b.o = a
del a, b
print("collected", gc.collect())
c = Plain(); c.me = c; c.r = Res(3); c.items = [1, 2, {"k": Res(4)}]
del c
print("collected", gc.collect())
print("nothing", gc.collect())
