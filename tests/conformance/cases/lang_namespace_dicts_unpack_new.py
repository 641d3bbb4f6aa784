# Namespace dicts keep their identity, unpacking a non-iterable names it, and a class body's
# __new__ becomes a static method, as type.__new__ makes it.
import __main__
import sys
import math

counter = 1
print("vars(__main__) is globals():", vars(__main__) is globals())
print("__main__.__dict__ is globals():", __main__.__dict__ is globals())
print("sys.modules['__main__'] is __main__:", sys.modules["__main__"] is __main__)
print("vars(math) is math.__dict__:", vars(math) is math.__dict__)
globals()["counter"] += 1
print("counter after globals() write:", counter)


class Point:
    def __init__(self):
        self.x = 1


p = Point()
print("p.__dict__ is p.__dict__:", p.__dict__ is p.__dict__)
print("vars(p) is p.__dict__:", vars(p) is p.__dict__)
vars(p)["y"] = 2
print("p.y:", p.y)

for value in (5, None, 3.5, Point()):
    try:
        a, b = value
    except TypeError as e:
        print("unpack:", e)
try:
    first, *rest = 7
except TypeError as e:
    print("starred unpack:", e)


class Broken:
    def __iter__(self):
        raise TypeError("my own iterator is broken")


try:
    a, b = Broken()
except TypeError as e:
    print("own __iter__:", e)


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


a, b = Seq()
print("sequence protocol:", a, b)


class Tracked:
    def __new__(cls, *args):
        print("__new__ got", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


print("kind in the class dict:", type(Tracked.__dict__["__new__"]).__name__)
print("Tracked.__new__ is a function:", type(Tracked.__new__).__name__)
t = Tracked(1, 2)
print("args:", t.args)
u = Tracked.__new__(Tracked)
print("explicit __new__ made:", type(u).__name__)


def make(cls):
    return object.__new__(cls)


Made = type("Made", (), {"__new__": make})
print("type() namespace __new__:", type(Made.__dict__["__new__"]).__name__, type(Made()).__name__)
