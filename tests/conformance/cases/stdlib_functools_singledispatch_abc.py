# functools.singledispatch picks an implementation registered for an abstract base class
# (collections.abc, numbers, an ABC of the program's own with register() or __subclasshook__)
# by CPython's composed MRO, refuses an ambiguous choice, caches its answers until a
# register() (its own or an ABC's) makes them stale, and shows its registry read-only.
import collections.abc as cabc
import numbers
from abc import ABC, abstractmethod
from functools import singledispatch


@singledispatch
def kind(x):
    return "object"


@kind.register(int)
def _(x):
    return "int"


@kind.register(cabc.Sequence)
def _(x):
    return "sequence"


@kind.register(cabc.Mapping)
def _(x):
    return "mapping"


@kind.register(cabc.Iterable)
def _(x):
    return "iterable"


@kind.register(numbers.Real)
def _(x):
    return "real"


samples = [1, 2.5, "s", [1], (1,), {"a": 1}, {1}, frozenset(), iter([]), None, True, 3j, range(3), b"x",
           bytearray(b"y"), {}.keys(), (x for x in ())]
print([kind(v) for v in samples])
print(type(kind.registry).__name__, len(kind.registry), kind.dispatch(bool) is kind.registry[int])
print(kind.dispatch(frozenset) is kind.registry[cabc.Iterable], kind.dispatch(complex) is kind.registry[object])


class Sized2(cabc.Sized, cabc.Container):
    pass


@singledispatch
def size(x):
    return "plain"


size.register(cabc.Sized, lambda x: "sized")
size.register(cabc.Container, lambda x: "container")


class Both:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False


class OnlyLen:
    def __len__(self):
        return 1


try:
    print(size(Both()))
except RuntimeError as e:
    print("RuntimeError:", e)
print(size(OnlyLen()), size(3), Sized2.__mro__[1].__name__)
try:
    size([])
except RuntimeError as e:
    print("RuntimeError:", e)
size.register(Both, lambda x: "both")
print(size(Both()))


class Shape(ABC):
    @abstractmethod
    def area(self): ...


class Plugin(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return True if hasattr(other, "activate") else NotImplemented


class Square:
    def area(self):
        return 4


class Gear:
    def activate(self):
        return "on"


@singledispatch
def describe(x):
    return "unknown"


describe.register(Shape, lambda x: f"shape {x.area()}")
describe.register(Plugin, lambda x: f"plugin {x.activate()}")
print(describe(Square()), describe(Gear()), describe(3))
Shape.register(Square)
print(describe(Square()), describe(Gear()))


class Base:
    pass


class Child(Base):
    pass


@singledispatch
def tier(x):
    return "other"


tier.register(Base, lambda x: "base")
print(tier(Child()))
tier.register(Child, lambda x: "child")
print(tier(Child()), tier(Base()))
tier._clear_cache()
print(tier(Child()))
try:
    tier.registry[int] = None
except TypeError as e:
    print("TypeError:", e)


class Left(ABC):
    pass


class Right(ABC):
    pass


class Joined:
    pass


Left.register(Joined)
Right.register(Joined)


@singledispatch
def side(x):
    return "none"


side.register(Left, lambda x: "left")
side.register(Right, lambda x: "right")
try:
    print(side(Joined()))
except RuntimeError as e:
    print("RuntimeError:", e)


class Explicit(Left):
    pass


class Mixed(Explicit, Right):
    pass


print(side(Explicit()), side(Mixed()))
