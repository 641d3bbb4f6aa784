# Flag boundaries: STRICT (Flag's: the error shows the given and allowed bits), CONFORM, EJECT, KEEP
# (IntFlag's), given as a class keyword or to the functional API; ~ of a flag; negative values.
import enum
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class P(Flag):
    R = auto(); W = auto()
class M(IntFlag):
    X = 1
class S(Flag, boundary=STRICT):
    A = 1; B = 2
class C(Flag, boundary=CONFORM):
    A = 1; B = 2
class E(Flag, boundary=EJECT):
    A = 1; B = 2
class K(Flag, boundary=KEEP):
    A = 1; B = 2
print(P._boundary_, M._boundary_, repr(P._boundary_), FlagBoundary.STRICT, list(FlagBoundary))
for cls in (S, C, E, K, P, M):
    for v in (3, 7, 8):
        try:
            r = cls(v)
            print(cls.__name__, v, repr(r), type(r).__name__)
        except ValueError as e:
            print(cls.__name__, v, "ValueError:", e)
print(repr(~C.A), repr(~K.A), repr(E(9) if False else None))
class F(Flag):
    A = 1
    B = 2
    C = 6
print(repr(~F.A), repr(~F.B), F._singles_mask_ if hasattr(F, "_singles_mask_") else None, repr(F(7)) if False else "")
from enum import Enum
class Plain(Enum):
    X = 1
print(hasattr(Plain, "_boundary_"), hasattr(F, "_boundary_"), M(-1), repr(~M.X), repr(M(-9)))
G = Flag("G", "ONE TWO", boundary=CONFORM)
print(repr(G(7)), G._boundary_)
for v in (7, 8, -1, -4, 3, -5, 16):
    try:
        print(v, repr(P(v)), repr(K(v)))
    except ValueError as e:
        print(v, "ValueError:", e)
