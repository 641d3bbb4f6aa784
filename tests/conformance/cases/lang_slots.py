# __slots__: instances of a slotted class have no __dict__, so a misspelt attribute is an
# AttributeError (not a silent new attribute); each slot is a member descriptor on the class.
# Also property's __doc__/fget/__get__, dataclass(slots=True), and enum members that cannot be
# reassigned or deleted.
from dataclasses import dataclass
from enum import Enum


class Temperature:
    __slots__ = ("_c", "__secret")

    def __init__(self, c):
        self._c = c
        self._Temperature__secret = "s"

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = v


t = Temperature(21.5)
t.celsius = 30
print(t.celsius, t._Temperature__secret)
for attempt in (
    lambda: setattr(t, "celcius", 1),
    lambda: t.__dict__,
    lambda: vars(t),
    lambda: Temperature._c.__get__(3, int),
):
    try:
        print(attempt())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
del t._c
for attempt in (lambda: t._c, lambda: delattr(t, "_c")):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e)
print(Temperature._c, Temperature._Temperature__secret, type(Temperature._c).__name__)
print(Temperature.__slots__, Temperature.celsius.__doc__, Temperature.celsius.fget.__name__)
print(Temperature.celsius.__get__(t), Temperature.celsius.__get__(None, Temperature) is Temperature.celsius)


class Child(Temperature):
    pass


class SlottedChild(Temperature):
    __slots__ = ("extra",)


c = Child(1)
c.anything = 2
print(c.__dict__)
s = SlottedChild(1)
s.extra = 3
try:
    s.anything = 2
except AttributeError as e:
    print("AttributeError", e)


class Point(tuple):
    __slots__ = ()


try:
    Point().x = 1
except AttributeError as e:
    print("AttributeError", e)

for body in ({"__slots__": ("x",), "x": 1}, {"__slots__": (1,)}):
    try:
        type("Bad", (), body)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


@dataclass(slots=True, frozen=True)
class Version:
    major: int
    minor: int = 0


v = Version(1)
print(v, Version.__slots__, hasattr(v, "__dict__"))
try:
    v.major = 2
except AttributeError as e:
    print(type(e).__name__, e)


class Color(Enum):
    RED = 1


for attempt in (lambda: setattr(Color, "RED", 5), lambda: delattr(Color, "RED")):
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError", e)
Color.note = "ok"
print(Color.note, Color.RED)
