class Audited:
    def __init__(self):
        self.a = 1
        self.b = 2

    def __delattr__(self, name):
        print("del", name)
        if name == "b":
            raise AttributeError(f"{name} is kept")
        super().__delattr__(name)


o = Audited()
del o.a
print(hasattr(o, "a"))
try:
    del o.b
except AttributeError as e:
    print("refused:", e)
try:
    delattr(o, "b")
except AttributeError as e:
    print("builtin refused:", e)
print(o.b)


class Plain:
    pass


p = Plain()
p.x = 1
object.__delattr__(p, "x")
print(hasattr(p, "x"))
try:
    del p.x
except AttributeError as e:
    print(e)

import threading

box = threading.local()
box.v = 3
del box.v
print(hasattr(box, "v"))

from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int


pt = Point(1)
try:
    del pt.x
except FrozenInstanceError as e:
    print("frozen:", e)
print(pt)
