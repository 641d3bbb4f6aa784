"""object's own methods as CPython has them: the orderings that answer NotImplemented,
__ne__ as the inverse of __eq__, __getstate__ (dict and slots), object.__new__ refusing the
builtin types, the builtin types' own __new__ reached through super(), and a class renamed
through __name__ / __qualname__."""
import collections
import copy

o = object()
for name in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__"):
    print(name, getattr(o, name)(o), getattr(o, name)(1))
print(object.__lt__, object.__ne__, object.__getstate__)


class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("  __eq__", self.n, getattr(other, "n", other))
        return isinstance(other, Version) and self.n == other.n

    __hash__ = None


print(Version(1) != Version(1), Version(1).__ne__(Version(2)), Version(1) != 3)


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class Both:
    __slots__ = ("a", "__dict__")


p = Plain()
print(p.__getstate__())
p.x = 1
print(p.__getstate__(), object().__getstate__(), (5).__getstate__())
s = Slotted()
s.a = 1
print(s.__getstate__())
bo = Both()
bo.a = 1
bo.z = 2
print(bo.__getstate__())
s2 = copy.copy(s)
print(s2.a, hasattr(s2, "b"), copy.deepcopy(bo).__getstate__())


class Small(int):
    pass


class Custom(Small):
    def __new__(cls):
        return super().__new__(cls, 7)


class Err(Exception):
    pass


for t in (int, str, list, dict, collections.deque, Small, Custom, ValueError, Err, type, Plain):
    try:
        print(type(object.__new__(t)).__name__)
    except TypeError as e:
        print("TypeError:", e)
print(Custom(), type(Custom()).__name__)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)


class Bag(list):
    def __new__(cls, *args):
        print("  Bag.__new__", args)
        return super().__new__(cls)


class Failure(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, *args)
        e.note = "made"
        return e


pr = Pair(1, 2)
print(pr, pr.first, type(pr).__name__, len(pr), pr + (3,))
fz = Frozen(3, 1)
print(sorted(fz), type(fz).__name__, 1 in fz)
print(Bag([1, 2]), type(Bag()).__name__)
f = Failure("x", 2)
print(repr(f), f.args, f.note)
print(tuple.__new__(Pair, [5, 6]), list.__new__(Bag), type(dict.__new__(dict)).__name__)
for bad in (lambda: tuple.__new__(list), lambda: list.__new__(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Renamed:
    pass


Renamed.__name__ = "Shown"
Renamed.__qualname__ = "Outer.Shown"
Renamed.__module__ = "pkg"
print(Renamed, repr(Renamed()).split(" at ")[0], Renamed.__name__, "__name__" in Renamed.__dict__, Renamed.__dict__["__module__"])
try:
    Renamed.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
