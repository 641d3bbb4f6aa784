# enum.global_enum on the program's own enums: the members become globals of __main__ (through
# sys.modules), their repr names the module (`__main__.RED`, a flag's `__main__.R|__main__.W`),
# their str is the bare name except for IntEnum and IntFlag, which keep int's. On 3.11 and 3.12
# the repr of a plain Flag's member fails, as CPython's global_flag_repr subtracts from the member.
import enum
import sys
from enum import Enum, Flag, IntEnum, IntFlag, global_enum


@global_enum
class Color(Enum):
    RED = 1
    GREEN = 2


@global_enum
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


@global_enum
class Num(IntEnum):
    ONE = 1
    TWO = 2


@global_enum
class Bits(Flag):
    A = 1
    B = 2


print(repr(RED), str(RED), RED, format(RED), f"{RED!r:>14}|")
print(repr(Color.GREEN), Color.GREEN.name, Color(1), list(Color), RED is Color.RED)
print(repr(R), str(R), repr(R | W), str(R | W), repr(Perm(0)), repr(Perm(7)), format(R))
print(repr(ONE), str(ONE), format(ONE), ONE + 1, TWO)
print(str(A), str(A | B), str(Bits(0)))
for value in (A, A | B, Bits(0)):
    try:
        print(repr(value))
    except TypeError as e:
        print("TypeError:", e)
print(Color.__repr__ is enum.global_enum_repr, Perm.__repr__ is enum.global_flag_repr)
print(Color.__str__ is enum.global_str, Num.__str__ is enum.global_str, Num.__repr__ is enum.global_enum_repr)
print(sys.modules["__main__"].RED, "GREEN" in globals(), sorted(k for k in globals() if k.isupper()))
print(enum.global_enum_repr(Color.GREEN), enum.global_str(GREEN), enum.global_flag_repr(W | X))


@global_enum
class Mode(Enum):
    ON = "on"


print(ON, repr(ON), {ON: 1})
