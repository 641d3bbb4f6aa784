# A member's name and value cannot be assigned or deleted: CPython's refusal is an
# AttributeError that names Enum (where both are defined), for Enum, Flag and IntEnum members
# alike; other attributes can still be set on a member.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Perm(enum.Flag):
    R = 4
    W = 2


class Level(enum.IntEnum):
    LOW = 10


for member in (Color.RED, Perm.R | Perm.W, Level.LOW):
    for attr in ("value", "name"):
        try:
            setattr(member, attr, 99)
        except AttributeError as e:
            print(type(member).__name__, "set:", e)
        try:
            delattr(member, attr)
        except AttributeError as e:
            print(type(member).__name__, "del:", e)
    print(member.name, member.value)
Color.GREEN.label = "go"
print(Color.GREEN.label, Color.GREEN._value_, Color.GREEN.value)
