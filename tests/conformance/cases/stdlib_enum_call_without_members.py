# Calling an enum class that has no members with a value (a base class meant for mixins, a
# placeholder a config loader looks values up in) is a TypeError, not "not a valid" ValueError;
# 3.11 words it differently. Names (or names=()) still make a new enum with the functional API.
import enum


class Tag(str, enum.Enum):
    """Values are filled in by subclasses."""


class Bits(enum.Flag):
    pass


class Base(enum.Enum):
    def describe(self):
        return f"{self.name}={self.value}"


class Color(Base):
    RED = 1
    BLUE = 2


for cls, value in ((Tag, "t"), (Bits, 1), (Bits, 0), (Base, 1), (enum.Enum, "x"), (enum.IntEnum, 3), (enum.Flag, 2)):
    try:
        print(cls(value))
    except (TypeError, ValueError) as e:
        print(f"{cls.__name__}({value!r}): {type(e).__name__}: {e}")

print(Color(2).describe(), Color["RED"], [c.name for c in Color])
Empty = enum.Enum("Empty", names=())
print(list(Empty), len(Empty))
Status = enum.Enum("Status", "OPEN CLOSED")
print(Status.CLOSED, Status(1), Status["OPEN"].value)
Level = enum.IntEnum("Level", [("LOW", 10), ("HIGH", 20)])
print(Level(20), Level.LOW + 1)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
